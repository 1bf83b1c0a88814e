package jp.openkokuho.nhi.eligibility.internal.interchange;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes rows of one interchange file kind as CSV that {@link InterchangeReader} reads back to equal rows.
 *
 * <p><b>Format.</b> The header row is exactly {@link InterchangeKind#header()}; then one row per record. Cells are
 * quoted only when needed (comma, quote, line break, a leading character at or below {@code #}, or a trailing space);
 * records end with CRLF, the last one included. Dates are {@code yyyy-MM-dd}, reasons their Japanese labels, flags
 * {@code 0}/{@code 1}, sequences plain decimal; empty values are empty cells. A value that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, TAB or CR (after any apostrophes) gets a leading apostrophe so that spreadsheets
 * do not run it as a formula ({@link FormulaGuard}); the reader removes exactly that apostrophe again.
 *
 * <p><b>Encoding.</b> UTF-8, optionally with a byte order mark (some spreadsheet programs need it to recognise UTF-8),
 * or Windows-31J. Encoding is strict: a character the charset cannot encode (for example 𠮷 or 〜 U+301C in
 * Windows-31J) fails the export with {@link CheckId#ENCODING_UNMAPPABLE}; nothing becomes {@code ?}.
 *
 * <p><b>Checks.</b> Every cell is checked with the reader's own checks before it is written (without a 外字 mapping, so
 * private-use characters are refused); a row that would not import fails the export with
 * {@link InterchangeExportException} naming the row, the item and the check, never the value.
 *
 * <p><b>Failure.</b> {@link #write(OutputStream, Class, Iterable)} leaves a partial file in the stream when it fails;
 * {@link #write(Path, Class, Iterable)} writes to a temporary file beside the target and moves it into place only when
 * complete, so the target is either the whole new file or untouched.
 *
 * <p><b>Threading.</b> Immutable; one instance may serve several threads, each call writing one file on the calling
 * thread. Nothing is logged.
 */
public final class InterchangeWriter {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").build();

    private final Charset charset;
    private final boolean byteOrderMark;
    private final CellCodec codec = new CellCodec(GaijiMapping.none());

    /**
     * @param charset {@link InterchangeCharsets#UTF_8} or {@link InterchangeCharsets#WINDOWS_31J}
     * @param byteOrderMark write a UTF-8 byte order mark first (UTF-8 only)
     * @throws IllegalArgumentException if the charset is not supported, or a byte order mark is asked for Windows-31J
     */
    public InterchangeWriter(Charset charset, boolean byteOrderMark) {
        this.charset = InterchangeCharsets.requireSupported(charset);
        if (byteOrderMark && !charset.equals(InterchangeCharsets.UTF_8)) {
            throw new IllegalArgumentException("a byte order mark is only written for UTF-8");
        }
        this.byteOrderMark = byteOrderMark;
    }

    /** @return a writer for UTF-8 without byte order mark */
    public static InterchangeWriter utf8() {
        return new InterchangeWriter(InterchangeCharsets.UTF_8, false);
    }

    /** @return a writer for UTF-8 with byte order mark */
    public static InterchangeWriter utf8WithByteOrderMark() {
        return new InterchangeWriter(InterchangeCharsets.UTF_8, true);
    }

    /** @return a writer for Windows-31J */
    public static InterchangeWriter windows31j() {
        return new InterchangeWriter(InterchangeCharsets.WINDOWS_31J, false);
    }

    /**
     * Writes a whole file to a stream; the stream is flushed, not closed.
     *
     * @param <R> the record type
     * @param out where the bytes go
     * @param type the record class of the file kind
     * @param rows the rows, iterated once (a database cursor will do)
     * @return the number of rows written
     * @throws InterchangeExportException if a row has a value that would not import or cannot be encoded; the rows
     *         before it have been written
     * @throws IOException if the stream fails
     * @throws IllegalArgumentException if the type is not a record class of this package
     */
    public <R extends InterchangeRecord> long write(OutputStream out, Class<R> type, Iterable<? extends R> rows)
            throws IOException, InterchangeExportException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(rows, "rows");
        InterchangeKind kind = InterchangeKind.of(type);
        if (byteOrderMark) {
            out.write(UTF8_BOM);
        }
        CharsetEncoder check = charset.newEncoder();
        CharsetEncoder encoder = charset.newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        long count = 0;
        try (Writer writer = new BufferedWriter(new OutputStreamWriter(new KeepOpen(out), encoder));
                CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
            printer.printRecord(kind.header());
            String[] cells = new String[kind.items().size()];
            for (R row : rows) {
                count++;
                cells(kind, type.cast(row), count, check, cells);
                printer.printRecord((Object[]) cells);
            }
        }
        out.flush();
        return count;
    }

    /**
     * Writes a whole file atomically: into a temporary file in the target's directory (readable by the owner only,
     * where the file system supports it), forced to disk, then moved over the target.
     *
     * @param <R> the record type
     * @param file the target file; replaced if it exists
     * @param type the record class of the file kind
     * @param rows the rows, iterated once
     * @return the number of rows written
     * @throws InterchangeExportException if a row cannot be exported; the target is untouched
     * @throws IOException if writing or moving fails; the target is untouched
     * @throws IllegalArgumentException if the type is not a record class of this package
     */
    public <R extends InterchangeRecord> long write(Path file, Class<R> type, Iterable<? extends R> rows)
            throws IOException, InterchangeExportException {
        Path target = file.toAbsolutePath();
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
        boolean moved = false;
        try {
            long count;
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(channel);
                count = write(out, type, rows);
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            moved = true;
            return count;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** Fills {@code cells} with the checked cells of one row. */
    private void cells(InterchangeKind kind, InterchangeRecord row, long rowNumber, CharsetEncoder check,
            String[] cells) throws InterchangeExportException {
        List<InterchangeItem> items = kind.items();
        List<Object> values = row.itemValues();
        if (values.size() != items.size()) {
            throw new IllegalStateException(kind + " has " + items.size() + " items but the record has "
                + values.size() + " values");
        }
        for (int i = 0; i < cells.length; i++) {
            InterchangeItem item = items.get(i);
            String cell = FormulaGuard.protect(CellCodec.encode(item, values.get(i)));
            ExportProblem problem = new ExportProblem();
            codec.decode(item, cell, problem);
            if (problem.check != null) {
                throw new InterchangeExportException(rowNumber, item.name(), problem.check, problem.message);
            }
            if (!check.canEncode(cell)) {
                throw new InterchangeExportException(rowNumber, item.name(), CheckId.ENCODING_UNMAPPABLE,
                    item.name() + " has a character" + unencodable(item, cell, check) + " that " + charset.name()
                        + " cannot encode");
            }
            cells[i] = cell;
        }
    }

    /** Names the first character the charset cannot encode, unless the item is personal. */
    private static String unencodable(InterchangeItem item, String cell, CharsetEncoder check) {
        if (item.personal()) {
            return "";
        }
        for (int i = 0; i < cell.length();) {
            int cp = cell.codePointAt(i);
            if (!check.canEncode(new String(Character.toChars(cp)))) {
                return " (U+" + GaijiMapping.hex(cp) + ")";
            }
            i += Character.charCount(cp);
        }
        return "";
    }

    /** Collects the reader's verdict on a cell. */
    private static final class ExportProblem implements CellCodec.Problems {
        private CheckId check;
        private String message;

        @Override
        public void report(InterchangeItem item, CheckId failed, String text) {
            this.check = failed;
            this.message = text;
        }
    }

    /** Lets the printer close its writer chain (flushing the encoder) without closing the caller's stream. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
