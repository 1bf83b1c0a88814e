package jp.openkokuho.nhi.api.interchange;

/**
 * What an export of one file came to.
 *
 * @param fileName the written file's name (without directories)
 * @param kind the file kind
 * @param charset the name of the charset the file is written in
 * @param rows data rows written (the header row not counted)
 * @param bytes the size of the written file
 * @param sha256 SHA-256 of the written file's bytes, 64 lowercase hex digits
 */
public record ExportResult(String fileName, InterchangeFileKind kind, String charset, long rows, long bytes,
        String sha256) {
}
