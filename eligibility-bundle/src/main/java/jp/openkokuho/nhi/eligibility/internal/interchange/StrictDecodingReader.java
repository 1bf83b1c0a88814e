package jp.openkokuho.nhi.eligibility.internal.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes strictly ({@link CodingErrorAction#REPORT}: nothing is ever replaced) and knows where it is.
 *
 * <ul>
 * <li>On a malformed or unmappable byte sequence, or a decoded noncharacter U+FFFE/U+FFFF (Commons CSV uses U+FFFE
 * internally as "no escape character", so it must not reach the parser), it first hands out every character decoded
 * before the bad bytes and then throws {@link DecodingFailure} with the physical line and byte offset of the bad
 * bytes. The decoder's own read-ahead therefore never shifts the reported line.</li>
 * <li>It counts physical lines (LF, CRLF and a lone CR each end one) and remembers the last character of the input,
 * so the caller can tell whether the file ends with a line break.</li>
 * <li>It bounds one record: the caller marks record boundaries with {@link #markRecordBoundary()}, and when more than
 * {@code maxRecordChars} characters are read after the last mark, {@link RecordTooLongException} is thrown. Memory
 * for a single huge field (a 2 GB line) is thus bounded by the limit plus the parser's buffer.</li>
 * </ul>
 *
 * <p>Not thread safe; one instance reads one file.
 */
final class StrictDecodingReader extends Reader {
    private static final int BUFFER = 8192;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final long maxRecordChars;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
    private final CharBuffer chars = CharBuffer.allocate(BUFFER);

    /** Bytes taken from the stream so far, plus the bytes skipped before this reader started (the BOM). */
    private long bytesRead;
    private boolean endOfInput;
    private boolean finished;
    private DecodingFailure pending;

    private long lineBreaks;
    private boolean lastWasCr;
    private int lastChar = -1;
    private long recordChars;

    /**
     * @param in the bytes, positioned after any byte order mark
     * @param charset the charset
     * @param initialOffset the number of bytes already skipped (for byte offsets in failures)
     * @param maxRecordChars the most characters one record may take
     */
    StrictDecodingReader(InputStream in, Charset charset, long initialOffset, long maxRecordChars) {
        this.in = in;
        this.decoder = charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.bytesRead = initialOffset;
        this.maxRecordChars = maxRecordChars;
        bytes.flip();
        chars.flip();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (pending != null) {
                throw pending;
            }
            if (finished) {
                return -1;
            }
            fill();
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        recordChars += n;
        if (recordChars > maxRecordChars) {
            throw new RecordTooLongException();
        }
        return n;
    }

    /** Starts counting the characters of the next record from zero. */
    void markRecordBoundary() {
        recordChars = 0;
    }

    /** @return {@code true} if the input so far is non-empty and its last character is CR or LF */
    boolean endsWithLineBreak() {
        return lastChar == '\n' || lastChar == '\r';
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Decodes the next characters into {@link #chars}, or sets {@link #pending} / {@link #finished}. */
    private void fill() throws IOException {
        chars.clear();
        long badOffset = -1;
        while (true) {
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (result.isError()) {
                badOffset = bytesRead - bytes.remaining();
                break;
            }
            if (result.isOverflow()) {
                break;
            }
            if (endOfInput) {
                decoder.flush(chars);
                finished = true;
                break;
            }
            if (chars.position() > 0) {
                break;
            }
            readBytes();
        }
        chars.flip();
        scan(badOffset);
    }

    private void readBytes() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
            bytesRead += n;
        }
        bytes.flip();
    }

    /**
     * Counts the line breaks of the freshly decoded characters and stops them at a noncharacter; records a pending
     * failure for a noncharacter or for bad bytes found at {@code badOffset} (-1 for none).
     */
    private void scan(long badOffset) {
        int start = chars.position();
        int end = chars.limit();
        for (int i = start; i < end; i++) {
            char c = chars.get(i);
            if (c == '\uFFFE' || c == '\uFFFF') {
                chars.limit(i);
                pending = new DecodingFailure(lineBreaks + 1, -1,
                    "a Unicode noncharacter (U+" + GaijiMapping.hex(c) + ") is not text");
                return;
            }
            if (c == '\n') {
                if (!lastWasCr) {
                    lineBreaks++;
                }
                lastWasCr = false;
            } else if (c == '\r') {
                lineBreaks++;
                lastWasCr = true;
            } else {
                lastWasCr = false;
            }
            lastChar = c;
        }
        if (badOffset >= 0) {
            pending = new DecodingFailure(lineBreaks + 1, badOffset,
                "bytes at offset " + badOffset + " are not valid " + decoder.charset().name());
            finished = true;
        }
    }

    /** The input is not valid text in the charset. */
    static final class DecodingFailure extends IOException {
        private static final long serialVersionUID = 1L;

        private final long line;
        private final long byteOffset;

        DecodingFailure(long line, long byteOffset, String message) {
            super(message);
            this.line = line;
            this.byteOffset = byteOffset;
        }

        /** @return the physical line (1-based) of the bad bytes */
        long line() {
            return line;
        }

        /** @return the offset of the first bad byte in the file, or -1 for a noncharacter */
        long byteOffset() {
            return byteOffset;
        }
    }

    /** One record exceeds the character limit. */
    static final class RecordTooLongException extends IOException {
        private static final long serialVersionUID = 1L;

        RecordTooLongException() {
            super("record too long");
        }
    }
}
