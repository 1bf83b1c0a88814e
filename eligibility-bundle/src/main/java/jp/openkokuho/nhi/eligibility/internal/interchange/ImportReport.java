package jp.openkokuho.nhi.eligibility.internal.interchange;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of reading one interchange file: the file's identity (SHA-256 of its bytes), how many data rows it had
 * and every problem found, up to the reader's error cap.
 *
 * <p>A file imports all-or-nothing: the caller stores its rows only if {@link #accepted()}; otherwise it stores none
 * and shows the report. The SHA-256 lets a caller recognise a file it has already imported (the same bytes give the
 * same hash); what to do then is the storage's decision.
 *
 * @param fileName the file name the caller gave
 * @param kind the kind the file was read as
 * @param sha256 the SHA-256 of all bytes of the file (byte order mark included), 64 lowercase hex digits; the reader
 *        reads the input to its end even after a fatal error so that this is always the hash of the whole file
 * @param byteCount the number of bytes of the file
 * @param recordCount the number of data records read (header excluded; valid or not); after a fatal error, the
 *        records read before it
 * @param errors the errors found, in file order, at most the reader's error cap (unmodifiable)
 * @param errorCount the number of errors found, listed or not
 * @param complete {@code false} if a fatal check stopped reading before the end of the file, so later lines were not
 *        checked
 */
public record ImportReport(String fileName, InterchangeKind kind, String sha256, long byteCount, long recordCount,
        List<ImportError> errors, long errorCount, boolean complete) {

    /**
     * Checks the arguments.
     *
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if {@code errorCount} is less than the number of listed errors
     */
    public ImportReport {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sha256, "sha256");
        errors = List.copyOf(errors);
        if (errorCount < errors.size()) {
            throw new IllegalArgumentException("errorCount " + errorCount + " < listed errors " + errors.size());
        }
    }

    /** @return {@code true} if no error was found: the whole file may be stored */
    public boolean accepted() {
        return errorCount == 0;
    }

    /** @return the number of errors found but not listed because of the error cap */
    public long suppressedErrorCount() {
        return errorCount - errors.size();
    }

    /**
     * The report as text, one error per line in the form of {@link ImportError#toString()}, preceded by a summary
     * line and followed, when errors were left out, by a line saying how many. Lines end with {@code \n}.
     *
     * <pre>
     * q.csv 資格異動ファイル sha256=… bytes=1234 records=10 errors=2 REJECTED
     * q.csv:3: 宛名番号: DIGITS_REQUIRED: 宛名番号 is not 1–15 ASCII digits
     * q.csv:5: -: COLUMN_COUNT: expected 48 columns, found 47
     * </pre>
     *
     * @return the text; it contains no cell value
     */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append(fileName).append(' ').append(kind.japaneseName()).append(" sha256=").append(sha256)
            .append(" bytes=").append(byteCount).append(" records=").append(recordCount).append(" errors=")
            .append(errorCount).append(accepted() ? " ACCEPTED" : " REJECTED")
            .append(complete ? "" : " (reading stopped at the first fatal error)").append('\n');
        for (ImportError error : errors) {
            out.append(error).append('\n');
        }
        if (suppressedErrorCount() > 0) {
            out.append("... and ").append(suppressedErrorCount()).append(" more errors not listed (cap ")
                .append(errors.size()).append(")\n");
        }
        return out.toString();
    }
}
