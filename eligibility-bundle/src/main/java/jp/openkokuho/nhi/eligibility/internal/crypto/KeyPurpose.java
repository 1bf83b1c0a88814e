package jp.openkokuho.nhi.eligibility.internal.crypto;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a tenant key is for. Each purpose has its own keys, its own versions and its own current key; a key is never
 * used for the other purpose.
 *
 * <p>A key id is the purpose's prefix followed by the key's version, a decimal number from 1 without leading zeros:
 * {@code dek1}, {@code dek2}, … for data-encryption keys, {@code bik1}, … for blind-index keys.
 */
public enum KeyPurpose {
    /** AES-256 key that encrypts individual numbers at rest ({@link MyNumberCipher}). */
    DATA_ENCRYPTION("dek", "data-encryption", "AES"),
    /** HMAC-SHA256 key of the keyed blind index used for look-ups ({@link BlindIndex}). */
    BLIND_INDEX("bik", "blind-index", "HmacSHA256");

    private static final Pattern KEY_ID = Pattern.compile("(dek|bik)([1-9][0-9]{0,8})");

    private final String prefix;
    private final String label;
    private final String algorithm;

    KeyPurpose(String prefix, String label, String algorithm) {
        this.prefix = prefix;
        this.label = label;
        this.algorithm = algorithm;
    }

    /** @return the key id prefix, {@code dek} or {@code bik} */
    public String prefix() {
        return prefix;
    }

    /** @return the name written into key files, {@code data-encryption} or {@code blind-index} */
    public String label() {
        return label;
    }

    /** @return the JCA algorithm name of the key, {@code AES} or {@code HmacSHA256} */
    public String algorithm() {
        return algorithm;
    }

    /**
     * @param version a key version, at least 1
     * @return the key id of that version, e.g. {@code dek3}
     */
    public String keyId(int version) {
        if (version < 1) {
            throw new IllegalArgumentException("key versions start at 1");
        }
        return prefix + version;
    }

    /**
     * @param keyId a candidate key id
     * @return its purpose, or {@code null} if it is not a well-formed key id
     */
    public static KeyPurpose ofKeyId(String keyId) {
        Matcher m = keyId == null ? null : KEY_ID.matcher(keyId);
        if (m == null || !m.matches()) {
            return null;
        }
        return "dek".equals(m.group(1)) ? DATA_ENCRYPTION : BLIND_INDEX;
    }

    /**
     * @param keyId a well-formed key id
     * @return its version
     * @throws IllegalArgumentException if the key id is not well formed
     */
    public static int versionOf(String keyId) {
        if (ofKeyId(keyId) == null) {
            throw new IllegalArgumentException("not a key id: expected dek<n> or bik<n>");
        }
        return Integer.parseInt(keyId.substring(3));
    }
}
