package jp.openkokuho.nhi.eligibility.internal.interchange;

import java.util.Objects;

/**
 * A valid row handed to the sink of {@link InterchangeReader}, with the line it starts on so that later checks
 * (duplicates, overlaps, unknown persons) can be reported against the file.
 *
 * @param <R> the record type
 * @param line the physical line (1-based) where the row starts
 * @param record the validated row
 */
public record InterchangeRow<R extends InterchangeRecord>(long line, R record) {

    /**
     * Checks the arguments.
     *
     * @throws NullPointerException if the record is {@code null}
     */
    public InterchangeRow {
        Objects.requireNonNull(record, "record");
    }
}
