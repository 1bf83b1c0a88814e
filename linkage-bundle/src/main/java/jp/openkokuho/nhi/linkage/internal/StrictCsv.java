package jp.openkokuho.nhi.linkage.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import jp.openkokuho.nhi.api.linkage.LinkageException;

/**
 * Strict reading of our linkage CSV layouts: UTF-8 (malformed bytes refuse the file), line 1 exactly the layout's
 * header, every row exactly as many items. Every error is a {@code FILE} {@link LinkageException} naming file, line
 * and item.
 */
public final class StrictCsv {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd")
        .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuuMM")
        .withResolverStyle(ResolverStyle.STRICT);

    /**
     * A data row.
     *
     * @param file file name
     * @param line line number
     * @param values the items
     */
    public record Row(String file, int line, List<String> values) {
        /**
         * @param i index
         * @return the item
         */
        public String get(int i) {
            return values.get(i);
        }

        /**
         * @param item item name for the message
         * @param what what is wrong
         * @return the exception to throw
         */
        public LinkageException bad(String item, String what) {
            return new LinkageException("FILE", file + " line " + line + ": " + item + " " + what);
        }

        /**
         * @param i index
         * @param item item name
         * @return the item as a date (yyyyMMdd)
         */
        public LocalDate date(int i, String item) {
            return parse(i, item, 8, DAY, "must be a calendar date yyyyMMdd", LocalDate::from);
        }

        /**
         * @param i index
         * @param item item name
         * @return the item as a month (yyyyMM)
         */
        public YearMonth month(int i, String item) {
            return parse(i, item, 6, MONTH, "must be yyyyMM", YearMonth::from);
        }

        private <T> T parse(int i, String item, int length, DateTimeFormatter f, String rule,
                java.time.temporal.TemporalQuery<T> query) {
            String v = get(i);
            try {
                if (v.length() != length) {
                    throw bad(item, rule);
                }
                return f.parse(v, query);
            } catch (DateTimeParseException e) {
                throw bad(item, rule);
            }
        }

        /**
         * @param i index
         * @param item item name
         * @param max maximum length
         * @return the item, 1–max ASCII digits
         */
        public String digits(int i, String item, int max) {
            String v = get(i);
            if (v.isEmpty() || v.length() > max || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw bad(item, "must be 1–" + max + " ASCII digits");
            }
            return v;
        }
    }

    private StrictCsv() {
    }

    /**
     * @param fileName for messages
     * @param content the file
     * @param header the layout's header
     * @return the data rows
     */
    public static List<Row> read(String fileName, byte[] content, List<String> header) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new LinkageException("FILE", fileName + ": not UTF-8 text");
        }
        List<Row> rows = new ArrayList<>();
        boolean first = true;
        try (Reader r = new StringReader(text)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).build().parse(r)) {
                int line = (int) rec.getParser().getCurrentLineNumber();
                if (first) {
                    if (!rec.toList().equals(header)) {
                        throw new LinkageException("FILE", fileName + " line " + line + ": header must be "
                            + String.join(",", header));
                    }
                    first = false;
                } else if (rec.size() != header.size()) {
                    throw new LinkageException("FILE", fileName + " line " + line + ": row has " + rec.size()
                        + " items, expected " + header.size());
                } else {
                    rows.add(new Row(fileName, line, rec.toList()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (first) {
            throw new LinkageException("FILE", fileName + " line 1: header is missing (empty file)");
        }
        return rows;
    }
}
