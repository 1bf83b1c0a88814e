package jp.openkokuho.nhi.eligibility.internal.interchange;

import java.util.Objects;

/**
 * One problem found while reading an interchange file.
 *
 * @param fileName the name of the file (as the caller gave it; no directory)
 * @param line the physical line (1-based) where the record at fault starts; for {@link CheckId#ENCODING_MALFORMED}
 *        the line of the bad byte; a record whose quoted field holds a line break spans several physical lines
 * @param item the Japanese item name (header column) at fault, or {@code null} when the problem concerns the file or
 *        the whole row
 * @param check the check that failed
 * @param message what is wrong, in one line; it never contains a cell value
 */
public record ImportError(String fileName, long line, String item, CheckId check, String message) {

    /**
     * Checks the arguments.
     *
     * @throws NullPointerException if the file name, check or message is {@code null}
     */
    public ImportError {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(message, "message");
    }

    /**
     * @return the report line: {@code file:line: item: CHECK_ID: message}, with {@code -} for a missing item, for
     *         example {@code q.csv:7: 宛名番号: DIGITS_REQUIRED: 宛名番号 is not 1–15 ASCII digits}
     */
    @Override
    public String toString() {
        return fileName + ":" + line + ": " + (item == null ? "-" : item) + ": " + check + ": " + message;
    }
}
