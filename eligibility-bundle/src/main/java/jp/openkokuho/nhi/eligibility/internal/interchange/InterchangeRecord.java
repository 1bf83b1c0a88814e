package jp.openkokuho.nhi.eligibility.internal.interchange;

import java.util.List;

/**
 * One row of one of the four interchange files of 別添1. The implementations are plain data carriers (records):
 * they do not validate themselves. {@link InterchangeReader} only produces rows that passed every check of
 * {@code docs/interchange-files.md}; {@link InterchangeWriter} checks a row again before writing it and refuses rows
 * that would not import.
 *
 * <p>Empty cells are {@code null}; flags and required sequence numbers are primitives. Implementations are immutable
 * and thread safe.
 */
public sealed interface InterchangeRecord
        permits QualificationChangeRecord, MitigationChangeRecord, PrefQualificationDatesRecord, ResidenceStatusRecord {

    /** @return the file kind this row belongs to */
    InterchangeKind kind();

    /**
     * The values of the row in header order, one per {@link InterchangeKind#items() item}, with the Java type that
     * {@link ItemType} names for the item ({@code null} for an empty cell).
     *
     * @return an unmodifiable list of exactly {@code kind().items().size()} values; it may contain {@code null}
     */
    List<Object> itemValues();
}
