package jp.openkokuho.nhi.api.linkage;

import java.util.List;

/**
 * Outcome of importing a linkage file.
 *
 * @param fileName the file's name
 * @param sha256 hex SHA-256 of its content
 * @param accepted rows stored
 * @param mismatches rows that matched a person but disagreed (不整合), each naming the line and both values
 * @param rejected rows that matched nobody, each naming the line and the reason
 */
public record ImportReport(String fileName, String sha256, int accepted, List<String> mismatches,
        List<String> rejected) {
    /** Copies the lists. */
    public ImportReport {
        mismatches = List.copyOf(mismatches);
        rejected = List.copyOf(rejected);
    }
}
