package jp.openkokuho.nhi.api.income;

import java.util.List;

/**
 * What an import of an income file came to.
 *
 * @param fileName the file's name (without directories)
 * @param sha256 SHA-256 of the file's bytes; the same file imported twice is recognised by it
 * @param records data rows read
 * @param accepted {@code true} if the file has no error at all (all-or-nothing: a rejected file stores nothing)
 * @param alreadyImported {@code true} if the same file was imported before; nothing changed
 * @param stored rows stored by this call
 * @param report one line per problem, {@code file:line: item: check: message}; never a cell value
 */
public record IncomeImportResult(String fileName, String sha256, long records, boolean accepted,
        boolean alreadyImported, long stored, List<String> report) {
    /** Copies the report. */
    public IncomeImportResult {
        report = List.copyOf(report);
    }
}
