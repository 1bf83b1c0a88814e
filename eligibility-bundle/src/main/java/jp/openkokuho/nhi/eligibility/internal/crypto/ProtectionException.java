package jp.openkokuho.nhi.eligibility.internal.crypto;

import jp.openkokuho.nhi.api.NhiException;

/**
 * Protection of individual numbers at rest failed: a key file is missing, damaged or too widely readable, or a
 * stored value cannot be decrypted. The message names the tenant, the table and column, the key id and the file
 * concerned; it never contains an individual number, a stored value, a row key or key material, so it may be
 * logged and shown to administrators as it is.
 */
public final class ProtectionException extends NhiException {
    private static final long serialVersionUID = 1L;

    /** A key file or the key directory cannot be read, written or trusted. */
    public static final String KEY_STORE = "KEY_STORE";
    /** A stored value is not in the {@code v1:<key id>:<nonce>:<ciphertext>} form. */
    public static final String CIPHERTEXT_FORMAT = "MY_NUMBER_CIPHERTEXT_FORMAT";
    /** A stored value names a key the tenant does not have (never created, retired, or lost). */
    public static final String UNKNOWN_KEY = "MY_NUMBER_KEY_UNKNOWN";
    /**
     * A stored value does not authenticate: it was written for another tenant, table, column or row, or it was
     * altered.
     */
    public static final String REJECTED = "MY_NUMBER_CIPHERTEXT_REJECTED";

    /**
     * @param code one of the constants of this class
     * @param message one line without personal data, stored values or key material
     */
    public ProtectionException(String code, String message) {
        super(code, message);
    }

    /**
     * @param code one of the constants of this class
     * @param message one line without personal data, stored values or key material
     * @param cause the underlying failure (I/O or JCA), whose message carries no plaintext either
     */
    public ProtectionException(String code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
