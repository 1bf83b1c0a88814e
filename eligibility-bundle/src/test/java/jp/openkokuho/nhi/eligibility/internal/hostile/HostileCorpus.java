package jp.openkokuho.nhi.eligibility.internal.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import jp.openkokuho.nhi.api.interchange.InterchangeFileKind;
import jp.openkokuho.nhi.eligibility.internal.interchange.InterchangeItem;
import jp.openkokuho.nhi.eligibility.internal.interchange.InterchangeKind;
import jp.openkokuho.nhi.eligibility.internal.interchange.ItemType;

/**
 * Generates the hostile-input corpus: malformed or hostile variants of the valid sample file of each of the four
 * interchange kinds ({@code src/test/resources/interchange/<kind>.csv}). Deterministic: the same seed gives the same
 * bytes. Every case names its category and what the import must do with it.
 *
 * <p>No 別添1 file carries a 個人番号, so the check-digit cases live with {@code nhi:mynumber-link}, not here.
 */
final class HostileCorpus {
    /** The seed of the committed corpus. */
    static final long SEED = 20261127L;

    /** What the platform must do with a file. */
    enum Expect {
        /** Rejected with a line-numbered report, or refused with a documented exception; nothing stored. */
        REJECTED,
        /** Valid but without data rows (a month without changes): nothing to store. */
        NOTHING_STORED
    }

    /**
     * One generated file.
     *
     * @param kind the kind it is imported as
     * @param id a stable name
     * @param category the hostile-input category
     * @param file the generated file
     * @param charset the charset it is read with
     * @param expect the required outcome
     */
    record Case(InterchangeFileKind kind, String id, String category, Path file, Charset charset, Expect expect) {
        @Override
        public String toString() {
            return kind.cliName() + "/" + id;
        }
    }

    private static final Charset SJIS = Charset.forName("Windows-31J");
    private static final int MB = 1 << 20;

    private final Path dir;
    private final Random random;
    private final List<Case> cases = new ArrayList<>();

    private HostileCorpus(Path dir, long seed) {
        this.dir = dir;
        this.random = new Random(seed);
    }

    /**
     * @param dir where to write the files (one sub-directory per kind)
     * @param seed the random seed
     * @return the cases, in a fixed order
     */
    static List<Case> generate(Path dir, long seed) {
        HostileCorpus c = new HostileCorpus(dir, seed);
        for (InterchangeFileKind kind : InterchangeFileKind.values()) {
            c.kind(kind);
        }
        return List.copyOf(c.cases);
    }

    /** @return the valid sample file of a kind, as text without BOM */
    static byte[] sample(InterchangeFileKind kind) {
        try (InputStream in = HostileCorpus.class.getResourceAsStream("/interchange/" + kind.cliName() + ".csv")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pieces of one kind's sample file that the cases vary. */
    private final class Base {
        final InterchangeFileKind kind;
        final String nl;
        final String header;
        final String[] cells;
        final String tail;
        final int idColumn;
        final int dateColumn;
        final List<InterchangeItem> items;

        Base(InterchangeFileKind kind) {
            this.kind = kind;
            String text = new String(sample(kind), StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            nl = text.contains("\r\n") ? "\r\n" : "\n";
            int h = text.indexOf(nl);
            header = text.substring(0, h);
            int r = text.indexOf(nl, h + nl.length());
            String row = text.substring(h + nl.length(), r);
            if (row.contains("\"")) {
                throw new IllegalStateException("the first data row of a sample must be unquoted");
            }
            cells = row.split(",", -1);
            tail = text.substring(r + nl.length());
            items = InterchangeKind.valueOf(kind.name()).items();
            idColumn = indexOf(ItemType.IDENTIFIER);
            dateColumn = indexOf(ItemType.DATE);
        }

        private int indexOf(ItemType type) {
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).type() == type) {
                    return i;
                }
            }
            throw new IllegalStateException(kind + " has no " + type + " item");
        }

        String row(int column, String value) {
            String[] c = cells.clone();
            c[column] = value;
            return String.join(",", c);
        }

        String row() {
            return String.join(",", cells);
        }

        String text() {
            return header + nl + row() + nl + tail;
        }

        String withRow(String row) {
            return header + nl + row + nl + tail;
        }

        String withCell(int column, String value) {
            return withRow(row(column, value));
        }

        /** The file with the raw bytes {@code inject} as the value of a cell of the first data row. */
        byte[] withBytes(int column, byte[] inject) {
            String[] c = cells.clone();
            String before = String.join(",", Arrays.copyOfRange(c, 0, column)) + (column == 0 ? "" : ",");
            String after = (column == c.length - 1 ? "" : ",")
                + String.join(",", Arrays.copyOfRange(c, column + 1, c.length));
            return concat(utf8(header + nl + before), inject, utf8(after + nl + tail));
        }
    }

    private void kind(InterchangeFileKind kind) {
        Base b = new Base(kind);
        encodings(b);
        truncation(b);
        byteOrderMarks(b);
        controls(b);
        huge(b);
        columns(b);
        dates(b);
        formulas(b);
        identifiers(b);
        headers(b);
        empty(b);
    }

    private void encodings(Base b) {
        String cat = "encoding";
        add(b, "sjis-bytes-in-utf8", cat, b.withBytes(b.idColumn, "試験ﾃｽﾄ".getBytes(SJIS)));
        add(b, "halfwidth-kana-sjis-byte", cat, b.withBytes(b.idColumn, new byte[] {(byte) 0xB1}));
        add(b, "invalid-utf8-c0af", cat, b.withBytes(b.idColumn, bytes(0xC0, 0xAF)));
        add(b, "invalid-utf8-lone-continuation", cat, b.withBytes(b.idColumn, bytes(0x80)));
        add(b, "invalid-utf8-overlong", cat, b.withBytes(b.idColumn, bytes(0xE0, 0x80, 0xAF)));
        add(b, "invalid-utf8-surrogate", cat, b.withBytes(b.idColumn, bytes(0xED, 0xA0, 0x80)));
        add(b, "invalid-utf8-f5", cat, b.withBytes(b.idColumn, bytes(0xF5, 0x80, 0x80, 0x80)));
        add(b, "invalid-utf8-cut-sequence-before-comma", cat, b.withBytes(b.idColumn, bytes(0xE3, 0x81)));
        add(b, "utf16le-bom", cat, concat(bytes(0xFF, 0xFE), b.text().getBytes(StandardCharsets.UTF_16LE)));
        add(b, "utf16be-bom", cat, concat(bytes(0xFE, 0xFF), b.text().getBytes(StandardCharsets.UTF_16BE)));
        add(b, "utf16le-without-bom", cat, b.text().getBytes(StandardCharsets.UTF_16LE));
        add(b, "utf32be-bom", cat, concat(bytes(0, 0, 0xFE, 0xFF), b.text().getBytes(Charset.forName("UTF-32BE"))));
        add(b, "windows31j-file-read-as-utf8", cat, b.text().getBytes(SJIS));
        addAs(b, "utf8-file-read-as-windows31j", cat, utf8(b.text()), SJIS, Expect.REJECTED);
    }

    private void truncation(Base b) {
        String cat = "truncation";
        String text = b.text();
        String trimmed = text.substring(0, text.length() - b.nl.length());
        int lastRow = trimmed.lastIndexOf(b.nl) + b.nl.length();
        add(b, "cut-after-first-comma-of-last-row", cat, utf8(trimmed.substring(0, trimmed.indexOf(',', lastRow) + 1)));
        add(b, "cut-mid-header", cat, utf8(b.header.substring(0, b.header.length() / 2)));
        byte[] all = utf8(text);
        int firstMultibyte = 0;
        while ((all[firstMultibyte] & 0x80) == 0) {
            firstMultibyte++;
        }
        add(b, "cut-mid-multibyte-in-header", cat, Arrays.copyOf(all, firstMultibyte + 1));
        add(b, "cut-mid-multibyte-at-eof", cat, concat(all, bytes(0xE3, 0x81)));
        add(b, "cut-mid-multibyte-in-row", cat, concat(utf8(b.header + b.nl + "12"), bytes(0xE6, 0x97)));
        add(b, "unterminated-quote-at-eof", cat, utf8(b.header + b.nl + b.row(b.cells.length - 1,
            "\"" + b.cells[b.cells.length - 1])));
        add(b, "unterminated-quote-mid-file", cat, utf8(b.withCell(b.idColumn, "\"" + b.cells[b.idColumn])));
        add(b, "cut-after-header-separator-mid-row", cat, utf8(b.header + b.nl + b.cells[0]));
    }

    private void byteOrderMarks(Base b) {
        String cat = "bom";
        add(b, "double-utf8-bom", cat, concat(bytes(0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF), utf8(b.text())));
        addAs(b, "utf8-bom-read-as-windows31j", cat, concat(bytes(0xEF, 0xBB, 0xBF), b.text().getBytes(SJIS)), SJIS,
            Expect.REJECTED);
        add(b, "bom-inside-identifier", cat, utf8(b.withCell(b.idColumn, "\uFEFF" + b.cells[b.idColumn])));
        add(b, "utf8-bom-then-utf16-bom", cat, concat(bytes(0xEF, 0xBB, 0xBF, 0xFF, 0xFE), utf8(b.text())));
        add(b, "bom-at-start-of-data-row", cat, utf8(b.withRow("\uFEFF" + b.row())));
    }

    private void controls(Base b) {
        String cat = "control";
        String id = b.cells[b.idColumn];
        String[][] chars = {{"nul", "\u0000"}, {"bell", "\u0007"}, {"backspace", "\b"}, {"vertical-tab", "\u000B"},
            {"form-feed", "\f"}, {"escape", "\u001B"}, {"delete", "\u007F"}, {"c1-csi", "\u009B"},
            {"next-line", "\u0085"}, {"line-separator", "\u2028"}, {"rtl-override", "\u202E"},
            {"zero-width-space", "\u200B"}};
        for (String[] c : chars) {
            add(b, c[0] + "-in-identifier", cat, utf8(b.withCell(b.idColumn, id.substring(0, 1) + c[1]
                + id.substring(1))));
        }
        add(b, "nul-in-header", cat, utf8(b.header.replaceFirst(",", "\u0000,") + b.nl + b.row() + b.nl + b.tail));
        add(b, "nul-bytes-only", cat, new byte[100]);
        for (int i = 1; i <= 5; i++) {
            byte[] garbage = new byte[1024 * i];
            random.nextBytes(garbage);
            add(b, "random-binary-" + i, cat, garbage);
            byte[] tailGarbage = new byte[64 * i];
            random.nextBytes(tailGarbage);
            add(b, "valid-header-then-random-binary-" + i, cat, concat(utf8(b.header + b.nl), tailGarbage));
        }
    }

    private void huge(Base b) {
        String cat = "huge";
        add(b, "identifier-cell-1mb", cat, utf8(b.withCell(b.idColumn, "1".repeat(MB))));
        add(b, "quoted-cell-1mb-with-separators", cat, utf8(b.withCell(b.idColumn,
            "\"" + "あ,\r\n".repeat(MB / 4) + "\"")));
        add(b, "line-2mb-without-newline", cat, utf8(b.header + b.nl + "x".repeat(2 * MB)));
        add(b, "line-of-300000-columns", cat, utf8(b.header + b.nl + ",".repeat(300_000) + b.nl));
        add(b, "header-line-1mb", cat, utf8(b.header + "," + "項".repeat(MB / 3) + b.nl + b.row() + b.nl));
    }

    private void columns(Base b) {
        String cat = "columns";
        String row = b.row();
        add(b, "missing-last-column", cat, utf8(b.withRow(row.substring(0, row.lastIndexOf(',')))));
        add(b, "extra-column", cat, utf8(b.withRow(row + ",extra")));
        add(b, "extra-empty-column", cat, utf8(b.withRow(row + ",")));
        add(b, "leading-comma-shifts-row", cat, utf8(b.withRow("," + row)));
        add(b, "extra-trailing-comma-in-header", cat, utf8(b.header + "," + b.nl + row + b.nl + b.tail));
        add(b, "missing-header-column", cat, utf8(b.header.substring(0, b.header.lastIndexOf(',')) + b.nl + row
            + b.nl + b.tail));
        add(b, "quoted-comma-in-identifier", cat, utf8(b.withCell(b.idColumn, "\"00,0123\"")));
        add(b, "quote-inside-unquoted-identifier", cat, utf8(b.withCell(b.idColumn, "00\"0123")));
        add(b, "garbage-after-closing-quote", cat, utf8(b.withCell(b.idColumn, "\"000123\"x")));
        add(b, "row-of-commas-only", cat, utf8(b.withRow(",".repeat(b.cells.length - 1))));
        add(b, "row-of-spaces", cat, utf8(b.withRow("   ")));
        add(b, "tab-separated-row", cat, utf8(b.withRow(row.replace(',', '\t'))));
        add(b, "semicolon-separated-row", cat, utf8(b.withRow(row.replace(',', ';'))));
    }

    private void dates(Base b) {
        String cat = "dates";
        String[][] dates = {{"feb-30", "2021-02-30"}, {"month-13", "2021-13-01"}, {"day-0", "2021-09-00"},
            {"non-leap-feb-29", "2019-02-29"}, {"year-0000", "0000-01-01"}, {"as-float", "20210901.0"},
            {"excel-serial", "44440"}, {"with-time", "2021-09-01T00:00"}, {"slashes-us-order", "09/01/2021"},
            {"reiwa-gannen-april-30", "令和元年4月30日"}, {"heisei-31-may-1", "平成31年5月1日"},
            {"heisei-31-may-1-short", "H31.05.01"}, {"reiwa-1-april-30-short", "R01.04.30"},
            {"reiwa-0", "令和0年5月1日"}, {"showa-65", "昭和65年1月1日"}, {"heisei-gannen-jan-7", "平成元年1月7日"},
            {"unknown-era", "光文1年1月1日"}, {"negative-year", "-2021-09-01"}};
        for (String[] d : dates) {
            add(b, "date-" + d[0], cat, utf8(b.withCell(b.dateColumn, d[1])));
        }
    }

    private void formulas(Base b) {
        String cat = "formula";
        String[][] f = {{"equals", "=1+2"}, {"plus", "+81312345678"}, {"minus", "-1"}, {"at", "@SUM(A1)"},
            {"hyperlink-quoted", "\"=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\")\""},
            {"tab-leading", "\t000123"}, {"cr-leading-quoted", "\"\r000123\""}};
        for (String[] x : f) {
            add(b, "formula-" + x[0] + "-in-identifier", cat, utf8(b.withCell(b.idColumn, x[1])));
        }
    }

    private void identifiers(Base b) {
        String cat = "identifier";
        add(b, "fullwidth-digits", cat, utf8(b.withCell(b.idColumn, "０００１２３")));
        add(b, "as-float", cat, utf8(b.withCell(b.idColumn, "123.0")));
        add(b, "exponent", cat, utf8(b.withCell(b.idColumn, "1.23E+5")));
        add(b, "sixteen-digits", cat, utf8(b.withCell(b.idColumn, "1234567890123456")));
        add(b, "negative", cat, utf8(b.withCell(b.idColumn, "-123")));
        add(b, "sql-injection", cat, utf8(b.withCell(b.idColumn, "1'; DROP TABLE NHI_IMPORT_LOG;--")));
        add(b, "path-traversal-value", cat, utf8(b.withCell(b.idColumn, "../../etc/passwd")));
    }

    private void headers(Base b) {
        String cat = "header";
        List<String> names = new ArrayList<>(List.of(b.header.split(",", -1)));
        String english = String.join(",", b.items.stream().map(InterchangeItem::identifier).toList());
        add(b, "english-header", cat, utf8(english + b.nl + b.row() + b.nl + b.tail));
        List<String> swapped = new ArrayList<>(names);
        java.util.Collections.swap(swapped, 0, 1);
        add(b, "reordered-header", cat, utf8(String.join(",", swapped) + b.nl + b.row() + b.nl + b.tail));
        String[] swappedCells = b.cells.clone();
        swappedCells[0] = b.cells[1];
        swappedCells[1] = b.cells[0];
        add(b, "reordered-header-and-data", cat, utf8(String.join(",", swapped) + b.nl + String.join(",", swappedCells)
            + b.nl));
        List<String> dup = new ArrayList<>(names);
        dup.set(1, names.get(0));
        add(b, "duplicated-header-column", cat, utf8(String.join(",", dup) + b.nl + b.row() + b.nl + b.tail));
        add(b, "header-trailing-space", cat, utf8(b.header.replaceFirst(",", " ,") + b.nl + b.row() + b.nl));
        add(b, "header-ideographic-space", cat, utf8(b.header.replaceFirst(",", "\u3000,") + b.nl + b.row() + b.nl));
        add(b, "header-quoted-names-with-newline", cat, utf8("\"" + names.get(0) + "\r\n\"," + String.join(",",
            names.subList(1, names.size())) + b.nl + b.row() + b.nl));
        add(b, "header-repeated-as-data", cat, utf8(b.header + b.nl + b.header + b.nl + b.row() + b.nl));
        add(b, "no-header-data-only", cat, utf8(b.row() + b.nl + b.tail));
        add(b, "halfwidth-katakana-header", cat, utf8(b.header.replace("番号", "ﾊﾞﾝｺﾞｳ") + b.nl + b.row() + b.nl));
    }

    private void empty(Base b) {
        String cat = "empty";
        add(b, "empty-file", cat, new byte[0]);
        add(b, "bom-only", cat, bytes(0xEF, 0xBB, 0xBF));
        add(b, "newline-only", cat, utf8("\r\n"));
        add(b, "whitespace-only", cat, utf8("  \t \r\n"));
        addAs(b, "header-only", cat, utf8(b.header + b.nl), StandardCharsets.UTF_8, Expect.NOTHING_STORED);
        addAs(b, "header-only-without-newline", cat, utf8(b.header), StandardCharsets.UTF_8, Expect.NOTHING_STORED);
    }

    private void add(Base b, String id, String category, byte[] content) {
        addAs(b, id, category, content, StandardCharsets.UTF_8, Expect.REJECTED);
    }

    private void addAs(Base b, String id, String category, byte[] content, Charset charset, Expect expect) {
        Path file = dir.resolve(b.kind.cliName()).resolve(category + "--" + id + ".csv");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cases.add(new Case(b.kind, id, category, file, charset, expect));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
