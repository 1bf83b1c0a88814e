package jp.openkokuho.nhi.eligibility.internal.interchange;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one interchange file, validates it completely and hands its valid rows to a sink, one at a time.
 *
 * <p><b>Format.</b> RFC 4180 CSV (comma, double quote, doubled quotes inside quoted fields, quoted fields may hold
 * commas and line breaks) with CRLF or LF line ends, in UTF-8 (a byte order mark is optional) or Windows-31J
 * ({@link InterchangeCharsets}). The first record is the header and must be exactly {@link InterchangeKind#header()};
 * every later record is a data row with one cell per item. The last record must end with a line break. Empty lines
 * are rows (and fail {@link CheckId#COLUMN_COUNT}); a header-only file is valid and has no rows.
 *
 * <p><b>Strictness.</b> Bytes are decoded strictly (a {@link java.nio.charset.CharsetDecoder} with
 * {@link java.nio.charset.CodingErrorAction#REPORT}): a bad byte is an error with its line, never a replacement
 * character. Nothing is replaced, trimmed or normalised (never NFKC). The checks and their ids are listed in {@link CheckId} and
 * {@code docs/interchange-files.md}.
 *
 * <p><b>All-or-nothing.</b> The sink receives each valid row with its line as soon as the row is read, but only while
 * the report is still clean: after the first error no further row is delivered, and reading goes on only to report
 * more errors. The caller therefore stages what it receives and stores it only if the returned report is
 * {@link ImportReport#accepted() accepted}.
 *
 * <p><b>Memory.</b> Rows are not kept. The report keeps at most {@link ReaderOptions#maxErrors()} errors and counts
 * the rest. One record may have at most {@link #MAX_RECORD_CHARS} characters ({@link CheckId#RECORD_TOO_LONG}), so a
 * single huge field or line cannot exhaust memory.
 *
 * <p><b>Failures.</b> Problems of the file end up in the report; {@link IOException} is thrown only when the input
 * itself cannot be read (the file is missing, the disk fails). An exception thrown by the sink aborts reading and
 * propagates unchanged. After a fatal error the rest of the input is still read (and discarded) so that the report's
 * SHA-256 covers the whole file.
 *
 * <p><b>Threading.</b> An instance holds only its options and may be shared by threads; each call reads one file on the
 * calling thread. Nothing is logged: reports are the caller's to show, and they contain no cell value.
 */
public final class InterchangeReader {
    /**
     * The most characters one record may occupy, line breaks and quotes included. The longest valid record is about
     * 2,000 code points (4,000 {@code char}s in the worst case); the limit leaves room for quoting and for the
     * parser's read-ahead.
     */
    public static final int MAX_RECORD_CHARS = 65_536;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
        .setIgnoreEmptyLines(false)
        .setIgnoreSurroundingSpaces(false)
        .setTrim(false)
        .build();

    private final ReaderOptions options;
    private final CellCodec codec;

    /** A reader with {@link ReaderOptions#defaults()}. */
    public InterchangeReader() {
        this(ReaderOptions.defaults());
    }

    /**
     * @param options the error cap and 外字 mapping
     * @throws NullPointerException if the options are {@code null}
     */
    public InterchangeReader(ReaderOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.codec = new CellCodec(options.gaijiMapping());
    }

    /**
     * Reads a file.
     *
     * @param <R> the record type
     * @param file the file; its name (without directories, control characters as {@code ?}) appears in the report
     * @param charset {@link InterchangeCharsets#UTF_8} or {@link InterchangeCharsets#WINDOWS_31J}
     * @param type the record class of the file kind (for example {@code QualificationChangeRecord.class})
     * @param sink receives the valid rows while the report is clean (see the class comment)
     * @return the report
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if the charset is not supported or the type is not a record class of this
     *         package
     */
    public <R extends InterchangeRecord> ImportReport read(Path file, Charset charset, Class<R> type,
            Consumer<? super InterchangeRow<R>> sink) throws IOException {
        InterchangeCharsets.requireSupported(charset);
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, reportName(file), charset, type, sink);
        }
    }

    /**
     * Reads a file from a stream. The stream is read to its end but not closed.
     *
     * @param <R> the record type
     * @param in the bytes of the file
     * @param fileName the name shown in the report
     * @param charset {@link InterchangeCharsets#UTF_8} or {@link InterchangeCharsets#WINDOWS_31J}
     * @param type the record class of the file kind
     * @param sink receives the valid rows while the report is clean (see the class comment)
     * @return the report
     * @throws IOException if the stream cannot be read
     * @throws IllegalArgumentException if the charset is not supported or the type is not a record class of this
     *         package
     */
    public <R extends InterchangeRecord> ImportReport read(InputStream in, String fileName, Charset charset,
            Class<R> type, Consumer<? super InterchangeRow<R>> sink) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sink, "sink");
        InterchangeCharsets.requireSupported(charset);
        InterchangeKind kind = InterchangeKind.of(type);
        MessageDigest sha256 = sha256();
        CountingInputStream counted = new CountingInputStream(in);
        BufferedInputStream input = new BufferedInputStream(new DigestInputStream(counted, sha256));
        Run<R> run = new Run<>(kind, fileName, type, sink);
        run.read(input, charset);
        // read to the end so that the hash and size are those of the whole file, also after a fatal error
        input.transferTo(OutputStreamSink.INSTANCE);
        return new ImportReport(fileName, kind, HexFormat.of().formatHex(sha256.digest()), counted.count,
            run.recordCount, run.errors, run.errorCount, run.complete);
    }

    /**
     * @return the file's name without directories, control characters (a line break in a file name would forge
     *         lines of the report and the log) replaced by {@code ?}
     */
    static String reportName(Path file) {
        String name = String.valueOf(file.getFileName());
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) || c == 0x2028 || c == 0x2029
            ? '?' : c));
        return out.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The state of reading one file. */
    private final class Run<R extends InterchangeRecord> {
        private final InterchangeKind kind;
        private final String fileName;
        private final Class<R> type;
        private final Consumer<? super InterchangeRow<R>> sink;
        private final List<ImportError> errors = new ArrayList<>();
        private long errorCount;
        private long recordCount;
        private boolean complete = true;
        /** The line on which the last data record (or the header) started. */
        private long lastRecordStart = 1;

        Run(InterchangeKind kind, String fileName, Class<R> type, Consumer<? super InterchangeRow<R>> sink) {
            this.kind = kind;
            this.fileName = fileName;
            this.type = type;
            this.sink = sink;
        }

        void read(BufferedInputStream input, Charset charset) throws IOException {
            input.mark(3);
            byte[] head = input.readNBytes(3);
            input.reset();
            int skip = 0;
            if (head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
                fatal(1, null, CheckId.ENCODING_BYTE_ORDER_MARK,
                    "the file starts with a UTF-16 byte order mark; only UTF-8 and Windows-31J are accepted");
                return;
            }
            if (head.length == 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF) {
                if (!charset.equals(InterchangeCharsets.UTF_8)) {
                    fatal(1, null, CheckId.ENCODING_BYTE_ORDER_MARK,
                        "the file starts with a UTF-8 byte order mark but was read as " + charset.name());
                    return;
                }
                skip = 3;
                input.readNBytes(3);
            }
            input.mark(1);
            if (input.read() < 0) {
                fatal(1, null, CheckId.FILE_EMPTY, "the file is empty; it must have at least the header row");
                return;
            }
            input.reset();
            StrictDecodingReader decoded = new StrictDecodingReader(input, charset, skip, MAX_RECORD_CHARS);
            parse(decoded);
        }

        private void parse(StrictDecodingReader decoded) throws IOException {
            // not closed: closing would close the caller's stream; the parser holds nothing else
            CSVParser parser = FORMAT.parse(decoded);
            Iterator<CSVRecord> records = parser.iterator();
            long start = 1;
            try {
                if (!records.hasNext()) {
                    fatal(1, null, CheckId.FILE_EMPTY, "the file has no header row");
                    return;
                }
                CSVRecord header = records.next();
                if (!checkHeader(header.toList())) {
                    return;
                }
                decoded.markRecordBoundary();
                start = parser.getCurrentLineNumber() + 1;
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    recordCount++;
                    row(start, record);
                    decoded.markRecordBoundary();
                    start = parser.getCurrentLineNumber() + 1;
                }
                if (!decoded.endsWithLineBreak()) {
                    // start was advanced past the last record: report the line it began on
                    add(lastRecordStart, null, CheckId.NO_FINAL_LINE_BREAK,
                        "the last line does not end with a line break; the file may be truncated");
                }
            } catch (UncheckedIOException e) {
                IOException cause = e.getCause();
                if (cause instanceof StrictDecodingReader.DecodingFailure failure) {
                    fatal(failure.line(), null, CheckId.ENCODING_MALFORMED, failure.getMessage());
                } else if (cause instanceof StrictDecodingReader.RecordTooLongException) {
                    fatal(start, null, CheckId.RECORD_TOO_LONG,
                        "the record is longer than " + MAX_RECORD_CHARS + " characters (a field far over its maximum"
                            + " length, or an unbalanced quote)");
                } else if (cause instanceof CSVException csv) {
                    fatal(start, null, CheckId.CSV_SYNTAX, syntaxMessage(csv));
                } else {
                    throw cause;
                }
            }
        }

        private void row(long line, CSVRecord record) {
            lastRecordStart = line;
            List<InterchangeItem> items = kind.items();
            if (record.size() != items.size()) {
                add(line, null, CheckId.COLUMN_COUNT,
                    "expected " + items.size() + " columns, found " + record.size());
                return;
            }
            Object[] values = new Object[items.size()];
            boolean valid = true;
            for (int i = 0; i < values.length; i++) {
                InterchangeItem item = items.get(i);
                values[i] = codec.decode(item, record.get(i),
                    (bad, check, message) -> add(line, bad.name(), check, message));
                valid &= values[i] != CellCodec.INVALID;
            }
            if (valid && errorCount == 0) {
                sink.accept(new InterchangeRow<>(line, type.cast(kind.create(new ItemValues(values)))));
            }
        }

        /** @return {@code true} if the header is exactly the kind's header */
        private boolean checkHeader(List<String> actual) {
            List<String> expected = kind.header();
            if (actual.equals(expected)) {
                return true;
            }
            complete = false;
            for (InterchangeKind other : InterchangeKind.values()) {
                if (other != kind && actual.equals(other.header())) {
                    add(1, null, CheckId.HEADER_WRONG_KIND, "the header is that of " + other.japaneseName()
                        + ", not " + kind.japaneseName());
                    return false;
                }
            }
            Map<String, Integer> counts = new LinkedHashMap<>();
            actual.forEach(name -> counts.merge(name, 1, Integer::sum));
            Set<String> known = knownItemNames();
            boolean setProblem = false;
            for (int i = 0; i < actual.size(); i++) {
                String name = actual.get(i);
                if (!expected.contains(name)) {
                    setProblem = true;
                    // a name that is no item of any file may be data (a file without header): never echo it
                    String shown = known.contains(name) ? name : null;
                    add(1, shown, CheckId.HEADER_EXTRA_COLUMN, "column " + (i + 1)
                        + (shown == null ? "" : " (" + name + ")") + " is not an item of " + kind.japaneseName());
                }
            }
            for (Map.Entry<String, Integer> entry : counts.entrySet()) {
                if (entry.getValue() > 1 && expected.contains(entry.getKey())) {
                    setProblem = true;
                    add(1, entry.getKey(), CheckId.HEADER_DUPLICATE_COLUMN,
                        entry.getKey() + " appears " + entry.getValue() + " times in the header");
                }
            }
            for (String name : expected) {
                if (!counts.containsKey(name)) {
                    setProblem = true;
                    add(1, name, CheckId.HEADER_MISSING_COLUMN,
                        name + " is missing from the header of " + kind.japaneseName());
                }
            }
            if (!setProblem) {
                for (int i = 0; i < expected.size(); i++) {
                    if (!actual.get(i).equals(expected.get(i))) {
                        add(1, actual.get(i), CheckId.HEADER_COLUMN_ORDER, "column " + (i + 1) + " is "
                            + actual.get(i) + " but " + expected.get(i) + " belongs there");
                        break;
                    }
                }
            }
            return false;
        }

        private void fatal(long line, String item, CheckId check, String message) {
            complete = false;
            add(line, item, check, message);
        }

        private void add(long line, String item, CheckId check, String message) {
            errorCount++;
            if (errors.size() < options.maxErrors()) {
                errors.add(new ImportError(fileName, line, item, check, message));
            }
        }
    }

    private static Set<String> knownItemNames() {
        Set<String> names = new LinkedHashSet<>();
        for (InterchangeKind kind : InterchangeKind.values()) {
            names.addAll(kind.header());
        }
        return names;
    }

    /** Commons CSV messages carry no data, but ours say what it means for an interchange file. */
    private static String syntaxMessage(CSVException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return "a quoted field is not closed before the end of the file (unbalanced quote; truncated file?)";
        }
        if (message.contains("Invalid character between encapsulated token and delimiter")) {
            return "characters follow a closing quote before the next comma or line break";
        }
        return "the CSV syntax is broken";
    }

    /** Counts the bytes of the file. */
    private static final class CountingInputStream extends java.io.FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // DigestInputStream and BufferedInputStream above read rather than skip, so every byte is hashed
            throw new UnsupportedOperationException("skip");
        }

        @Override
        public void close() {
            // the caller owns the stream
        }
    }

    /** Discards bytes. */
    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
            // discard
        }

        @Override
        public void write(byte[] b, int off, int len) {
            // discard
        }
    }
}
