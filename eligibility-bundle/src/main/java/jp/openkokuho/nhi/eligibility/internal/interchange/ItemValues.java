package jp.openkokuho.nhi.eligibility.internal.interchange;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import jp.openkokuho.nhi.api.eligibility.AcquisitionReason;
import jp.openkokuho.nhi.api.eligibility.LossReason;

/**
 * The decoded values of one valid row, in header order, as the record factories of {@link InterchangeKind} consume
 * them. Each accessor casts to the Java type of the item's {@link ItemType}; a mismatch between an item list and a
 * record factory is a programming error and fails with {@link ClassCastException} (the tests round-trip every item).
 */
final class ItemValues {
    private final Object[] values;

    ItemValues(Object[] values) {
        this.values = values;
    }

    String text(int index) {
        return (String) values[index];
    }

    Integer integer(int index) {
        return (Integer) values[index];
    }

    /** For required sequences: the reader never builds a row whose required item is empty. */
    int intValue(int index) {
        return (Integer) values[index];
    }

    LocalDate date(int index) {
        return (LocalDate) values[index];
    }

    /** For required flags: the reader never builds a row whose required item is empty. */
    boolean flag(int index) {
        return (Boolean) values[index];
    }

    AcquisitionReason acquisitionReason(int index) {
        return (AcquisitionReason) values[index];
    }

    LossReason lossReason(int index) {
        return (LossReason) values[index];
    }

    /** @return the given values as the unmodifiable, null-tolerant list that {@link InterchangeRecord#itemValues()}
     *          returns */
    static List<Object> listOf(Object... values) {
        return Collections.unmodifiableList(Arrays.asList(values));
    }
}
