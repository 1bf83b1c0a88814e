package jp.openkokuho.nhi.api.interchange;

import java.util.List;

/**
 * What a validation or import of one file came to.
 *
 * @param fileName the file's name (without directories)
 * @param kind the file kind
 * @param sha256 SHA-256 of the file's bytes; the same file imported twice is recognised by it
 * @param records data rows read
 * @param accepted {@code true} if the file has no error at all (all-or-nothing: a rejected file stores nothing)
 * @param alreadyImported {@code true} if the same file (same hash and kind) was imported before; nothing changed
 * @param stored rows stored by this call (0 for a validation, a rejected file or a repeated import)
 * @param report the line-numbered report: one line per problem naming file, line, item and check, never a value
 */
public record ImportResult(String fileName, InterchangeFileKind kind, String sha256, long records, boolean accepted,
        boolean alreadyImported, long stored, List<String> report) {
    /** Copies the report. */
    public ImportResult {
        report = List.copyOf(report);
    }
}
