package jp.openkokuho.nhi.eligibility.internal.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.SecretKey;

/**
 * The bytes that are chained, and the chain link itself. Format version 1 (the only one):
 *
 * <pre>
 * u32(n)  = n as 4 bytes, big-endian          u64(n) = n as 8 bytes, big-endian
 * str(s)  = u32(length of UTF-8(s) in bytes) || UTF-8(s)
 *
 * canonical_v1(e) = str("nhi-operation-log") || u32(1)
 *                || str(tenant) || u64(seq) || str(time) || str(staffId) || str(role) || str(action)
 *                || str(purpose) || str(subjectIndex) || str(itemNames) || str(outcome) || str(requestId)
 *                || str(keyId)
 * time            = UTC, "uuuu-MM-dd'T'HH:mm:ss.nnnnnnnnn'Z'" (always nine fraction digits)
 *
 * h_0 = 32 zero bytes
 * h_i = HMAC-SHA256(K[keyId_i], h_(i-1) || canonical_v1(e_i))     stored as 64 lower-case hex digits
 * </pre>
 *
 * Every field is length-prefixed, so no two different entries have the same bytes (moving a character from one field
 * to the next changes a length). The format version and the key id are inside the MAC, so neither can be swapped
 * without detection. Text is encoded strictly: a string that is not well-formed Unicode cannot be encoded (it would
 * otherwise be replaced and become ambiguous), which the verifier reports as a broken entry.
 *
 * <p>Stateless and thread safe.
 */
public final class CanonicalEncoding {
    /** The only encoding version so far. A new version gets a new number; old entries keep theirs. */
    public static final int FORMAT_VERSION = 1;
    /** Domain tag of an entry (distinct from the checkpoint tag, so the two can never be confused). */
    static final String ENTRY_TAG = "nhi-operation-log";
    /** The chain value before the first entry. */
    static final byte[] GENESIS = new byte[32];
    /** Hex of {@link #GENESIS}. */
    public static final String GENESIS_HEX = HexFormat.of().formatHex(GENESIS);
    private static final DateTimeFormatter TIME =
        DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.nnnnnnnnn'Z'").withZone(ZoneOffset.UTC);
    private static final HexFormat HEX = HexFormat.of();

    private CanonicalEncoding() {
    }

    /**
     * @param e a stored entry (its {@code hmac} is not part of the bytes)
     * @return {@code canonical_v1(e)}
     * @throws IllegalArgumentException if {@code e.formatVersion()} is not {@link #FORMAT_VERSION} or a text field is
     *         not well-formed Unicode
     */
    public static byte[] encode(LoggedOperation e) {
        if (e.formatVersion() != FORMAT_VERSION) {
            throw new IllegalArgumentException("unsupported format version " + e.formatVersion());
        }
        Writer w = new Writer();
        w.str(ENTRY_TAG);
        w.u32(FORMAT_VERSION);
        w.str(e.tenant());
        w.u64(e.seq());
        w.str(time(e.occurredAt()));
        w.str(e.staffId());
        w.str(e.role());
        w.str(e.action());
        w.str(e.purpose());
        w.str(e.subjectIndex());
        w.str(e.itemNames());
        w.str(e.outcome());
        w.str(e.requestId());
        w.str(e.keyId());
        return w.bytes();
    }

    /**
     * @param instant a time
     * @return its canonical text: UTC with nine fraction digits
     */
    public static String time(Instant instant) {
        return TIME.format(instant);
    }

    /**
     * One chain link.
     *
     * @param mac a fresh or reused {@code HmacSHA256} instance (not shared between threads)
     * @param key the tenant key the entry names
     * @param previous {@code h_(i-1)} (32 bytes)
     * @param canonical {@code canonical_v1(e_i)}
     * @return {@code h_i}
     */
    static byte[] link(Mac mac, SecretKey key, byte[] previous, byte[] canonical) {
        try {
            mac.init(key);
        } catch (InvalidKeyException ex) {
            throw new IllegalStateException("unusable audit key", ex);
        }
        return link(mac, previous, canonical);
    }

    /**
     * One chain link with a MAC already initialised with the entry's key (faster when many entries share a key).
     *
     * @param keyed an {@code HmacSHA256} instance initialised with the key; reset afterwards
     * @param previous {@code h_(i-1)} (32 bytes)
     * @param canonical {@code canonical_v1(e_i)}
     * @return {@code h_i}
     */
    static byte[] link(Mac keyed, byte[] previous, byte[] canonical) {
        keyed.update(previous);
        keyed.update(canonical);
        return keyed.doFinal();
    }

    /** @return a new HMAC-SHA256 instance */
    static Mac newMac() {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /**
     * Compares two hex chain values in constant time.
     *
     * @param a hex
     * @param b hex
     * @return whether they are equal
     */
    static boolean sameHex(String a, String b) {
        return a != null && b != null
            && MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * @param hex a stored chain value
     * @return its 32 bytes, or {@code null} if it is not 64 hex digits
     */
    static byte[] parseHead(String hex) {
        if (hex == null || hex.length() != 64) {
            return null;
        }
        try {
            return HEX.parseHex(hex);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** @return lower-case hex */
    static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    /** Length-prefixed writer. */
    static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);

        void u32(int n) {
            out.writeBytes(ByteBuffer.allocate(4).putInt(n).array());
        }

        void u64(long n) {
            out.writeBytes(ByteBuffer.allocate(8).putLong(n).array());
        }

        void str(String s) {
            byte[] b = utf8(s);
            u32(b.length);
            out.writeBytes(b);
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }

    /** Strict UTF-8: a lone surrogate would otherwise silently become '?' and make two strings encode alike. */
    private static byte[] utf8(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException("a text field is not well-formed Unicode");
            }
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
