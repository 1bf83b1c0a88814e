package jp.openkokuho.nhi.eligibility.internal.interchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the income file (地方税関係情報, docs/interchange-files.md): a CSV with the header
 * {@code 宛名番号,年度,課税所得,旧ただし書所得,収入,給与所得}, in UTF-8 (with or without byte order mark) or Windows-31J,
 * with the same strict decoding, RFC 4180 syntax and error report format as the 別添1 files
 * ({@code file:line: item: CHECK: message}, never a cell value). It checks the format of every cell; the rules that
 * need the tenant's data (registered persons) are the importing service's.
 *
 * <p>The file is held in memory (six short items per person). Thread safe: one instance may read several files.
 */
public final class IncomeFileReader {
    /** The exact header row. */
    public static final List<String> HEADER = List.of("宛名番号", "年度", "課税所得", "旧ただし書所得", "収入", "給与所得");
    /** Largest amount accepted: 13 digits (just under ten trillion yen). */
    static final int AMOUNT_DIGITS = 13;
    /** Earliest 年度 accepted (the NHI data the platform holds starts long after). */
    static final int FIRST_YEAR = 2000;
    /** Latest 年度 accepted. */
    static final int LAST_YEAR = 2100;
    private static final int MAX_ERRORS = 1_000;
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false)
        .setIgnoreSurroundingSpaces(false).setTrim(false).build();

    /**
     * One valid row.
     *
     * @param line the line the row starts on
     * @param atenaNo 宛名番号
     * @param fiscalYear 年度
     * @param taxableIncome 課税所得
     * @param oldProvisoIncome 旧ただし書所得
     * @param revenue 収入
     * @param salaryIncome 給与所得
     */
    public record Row(long line, String atenaNo, int fiscalYear, long taxableIncome, long oldProvisoIncome,
            long revenue, long salaryIncome) {
    }

    /**
     * What reading the file came to.
     *
     * @param fileName the file's name
     * @param sha256 SHA-256 of its bytes
     * @param records data rows read
     * @param rows the valid rows (all of them only if {@code errors} is empty)
     * @param errors report lines
     */
    public record Result(String fileName, String sha256, long records, List<Row> rows, List<String> errors) {
        /** @return {@code true} if the file has no format error */
        public boolean accepted() {
            return errors.isEmpty();
        }
    }

    /**
     * @param file the file
     * @param charset UTF-8 or Windows-31J
     * @return the rows and the report
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if the charset is not supported
     */
    public Result read(Path file, Charset charset) throws IOException {
        InterchangeCharsets.requireSupported(charset);
        byte[] bytes = Files.readAllBytes(file);
        String name = String.valueOf(file.getFileName());
        Run run = new Run(name);
        run.read(bytes, charset);
        return new Result(name, sha256(bytes), run.records, run.rows, run.errors);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The state of reading one file. */
    private static final class Run {
        private final String fileName;
        private final List<Row> rows = new ArrayList<>();
        private final List<String> errors = new ArrayList<>();
        private long records;

        Run(String fileName) {
            this.fileName = fileName;
        }

        void read(byte[] bytes, Charset charset) throws IOException {
            if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
                || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
                add(1, null, CheckId.ENCODING_BYTE_ORDER_MARK, "the file starts with a UTF-16 byte order mark; only"
                    + " UTF-8 and Windows-31J are accepted");
                return;
            }
            int skip = 0;
            if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
                if (!charset.equals(InterchangeCharsets.UTF_8)) {
                    add(1, null, CheckId.ENCODING_BYTE_ORDER_MARK, "the file starts with a UTF-8 byte order mark but"
                        + " was read as " + charset.name());
                    return;
                }
                skip = 3;
            }
            if (bytes.length == skip) {
                add(1, null, CheckId.FILE_EMPTY, "the file is empty; it must have at least the header row");
                return;
            }
            ByteArrayInputStream in = new ByteArrayInputStream(bytes, skip, bytes.length - skip);
            StrictDecodingReader decoded = new StrictDecodingReader(in, charset, skip,
                InterchangeReader.MAX_RECORD_CHARS);
            CSVParser parser = FORMAT.parse(decoded);
            long start = 1;
            try {
                Iterator<CSVRecord> it = parser.iterator();
                if (!it.hasNext() || !header(it.next().toList())) {
                    return;
                }
                decoded.markRecordBoundary();
                start = parser.getCurrentLineNumber() + 1;
                long last = start;
                while (it.hasNext()) {
                    CSVRecord record = it.next();
                    records++;
                    last = start;
                    row(start, record);
                    decoded.markRecordBoundary();
                    start = parser.getCurrentLineNumber() + 1;
                }
                if (records > 0 && !decoded.endsWithLineBreak()) {
                    add(last, null, CheckId.NO_FINAL_LINE_BREAK,
                        "the last line does not end with a line break; the file may be truncated");
                }
            } catch (UncheckedIOException e) {
                IOException cause = e.getCause();
                if (cause instanceof StrictDecodingReader.DecodingFailure failure) {
                    add(failure.line(), null, CheckId.ENCODING_MALFORMED, failure.getMessage());
                } else if (cause instanceof StrictDecodingReader.RecordTooLongException) {
                    add(start, null, CheckId.RECORD_TOO_LONG, "the record is longer than "
                        + InterchangeReader.MAX_RECORD_CHARS + " characters (an unbalanced quote?)");
                } else if (cause instanceof CSVException) {
                    add(start, null, CheckId.CSV_SYNTAX, "the CSV syntax is broken (an unbalanced quote?)");
                } else {
                    throw cause;
                }
            }
        }

        private boolean header(List<String> actual) {
            if (actual.equals(HEADER)) {
                return true;
            }
            boolean setProblem = false;
            for (int i = 0; i < actual.size(); i++) {
                if (!HEADER.contains(actual.get(i))) {
                    setProblem = true;
                    add(1, null, CheckId.HEADER_EXTRA_COLUMN, "column " + (i + 1) + " is not an item of the income"
                        + " file (" + String.join(",", HEADER) + ")");
                }
            }
            for (String name : HEADER) {
                if (!actual.contains(name)) {
                    setProblem = true;
                    add(1, name, CheckId.HEADER_MISSING_COLUMN, name + " is missing from the header");
                }
            }
            if (!setProblem) {
                add(1, null, CheckId.HEADER_COLUMN_ORDER, "the header must be exactly " + String.join(",", HEADER));
            }
            return false;
        }

        private void row(long line, CSVRecord record) {
            if (record.size() != HEADER.size()) {
                add(line, null, CheckId.COLUMN_COUNT, "expected " + HEADER.size() + " columns, found "
                    + record.size());
                return;
            }
            int before = errors.size();
            String atenaNo = digits(line, 0, record.get(0), 15);
            String year = digits(line, 1, record.get(1), 4);
            long[] amounts = new long[4];
            for (int i = 0; i < amounts.length; i++) {
                String v = digits(line, i + 2, record.get(i + 2), AMOUNT_DIGITS);
                amounts[i] = v == null ? -1 : Long.parseLong(v);
            }
            int fiscalYear = year == null ? 0 : Integer.parseInt(year);
            if (year != null && (fiscalYear < FIRST_YEAR || fiscalYear > LAST_YEAR)) {
                add(line, HEADER.get(1), CheckId.DATE_INVALID, "年度 must be a year from " + FIRST_YEAR + " to "
                    + LAST_YEAR);
            }
            if (errors.size() == before && atenaNo != null) {
                rows.add(new Row(line, atenaNo, fiscalYear, amounts[0], amounts[1], amounts[2], amounts[3]));
            }
        }

        /** @return the cell if it is 1 to {@code max} ASCII digits, else {@code null} after reporting */
        private String digits(long line, int column, String cell, int max) {
            String item = HEADER.get(column);
            if (cell.isEmpty()) {
                add(line, item, CheckId.REQUIRED_MISSING, item + " is empty");
                return null;
            }
            if (cell.chars().anyMatch(c -> c >= '０' && c <= '９')) {
                add(line, item, CheckId.FULLWIDTH_DIGITS, item + " contains full-width digits");
                return null;
            }
            if (!cell.chars().allMatch(c -> c >= '0' && c <= '9') || cell.length() > max) {
                add(line, item, CheckId.DIGITS_REQUIRED, item + " is not 1–" + max + " ASCII digits");
                return null;
            }
            return cell;
        }

        private void add(long line, String item, CheckId check, String message) {
            if (errors.size() < MAX_ERRORS) {
                errors.add(new ImportError(fileName, line, item, check, message).toString());
            }
        }
    }
}
