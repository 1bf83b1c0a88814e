package jp.openkokuho.nhi.eligibility.internal.crypto;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The canonical byte encodings shared by the cipher and the blind index: a sequence of text fields, each as its
 * UTF-8 length (4 bytes, big endian) followed by its UTF-8 bytes. Length prefixes make the encoding unambiguous:
 * no two different field lists give the same bytes, whatever characters the fields contain. Base64 is the URL-safe
 * alphabet of RFC 4648 §5 without padding, and decoding accepts the canonical encoding only.
 */
final class Canonical {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Canonical() {
    }

    /**
     * @param fields the fields, none {@code null}
     * @return their length-prefixed UTF-8 encoding
     */
    static byte[] fields(String... fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String f : fields) {
            byte[] b = f.getBytes(StandardCharsets.UTF_8);
            out.write(b.length >>> 24);
            out.write(b.length >>> 16);
            out.write(b.length >>> 8);
            out.write(b.length);
            out.write(b, 0, b.length);
        }
        return out.toByteArray();
    }

    /** @return URL-safe Base64 without padding */
    static String base64(byte[] bytes) {
        return ENCODER.encodeToString(bytes);
    }

    /**
     * @param text candidate URL-safe Base64 without padding
     * @param length the number of bytes it must decode to
     * @return the bytes, or {@code null} if the text is not the canonical encoding of exactly that many bytes
     */
    static byte[] unbase64(String text, int length) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
                || c == '_';
            if (!ok) {
                return null;
            }
        }
        byte[] bytes;
        try {
            bytes = DECODER.decode(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return bytes.length == length && ENCODER.encodeToString(bytes).equals(text) ? bytes : null;
    }
}
