package jp.openkokuho.nhi.transfer.support;

import java.util.List;

import jp.openkokuho.nhi.api.transfer.EligibilityChange;

/**
 * A destination's record: the CSV a destination system reads for one change. Each destination bundle defines its
 * own; {@link CsvDelivery} does the rest (schema check, encoding, naming, channel).
 */
public interface RecordFormat {

    /** @return the items the record reads, exactly those of the destination's {@code @Destination(items)} */
    DeclaredItems items();

    /** @return the header row (Japanese column names) */
    List<String> header();

    /**
     * @param change a change of the schema version this platform produces
     * @return the data rows for the change, each as long as the header
     * @throws UnrepresentableChangeException if the change cannot be represented
     */
    List<List<String>> rows(EligibilityChange change);
}
