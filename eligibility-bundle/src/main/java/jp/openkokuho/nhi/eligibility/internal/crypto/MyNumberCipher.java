package jp.openkokuho.nhi.eligibility.internal.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

import jp.openkokuho.nhi.api.privacy.MyNumber;

/**
 * Encrypts individual numbers at rest with the tenant's current data-encryption key: AES-256-GCM, a fresh random
 * 96-bit nonce per encryption, a 128-bit tag, and the place the value is stored for as associated data.
 *
 * <h2>Stored form</h2>
 * <pre>v1:&lt;key id&gt;:&lt;nonce&gt;:&lt;ciphertext and tag&gt;</pre>
 * for example {@code v1:dek2:3q0Kx2JQn6mD1t9a:…} — the format version, the id of the key
 * ({@link KeyPurpose#DATA_ENCRYPTION}, {@code dek<n>}), the 12-byte nonce and the 12 bytes of ciphertext followed
 * by the 16-byte tag, both in URL-safe Base64 without padding (RFC 4648 §5; 16 and 38 characters). The whole value
 * is ASCII, 63 characters for keys dek1–dek9 and at most 71; a {@code VARCHAR(96)} column holds it. The plaintext
 * is the 12 ASCII digits.
 *
 * <h2>Associated data</h2>
 * The length-prefixed encoding (4-byte big-endian UTF-8 length, then the UTF-8 bytes) of the seven fields
 * <pre>"jp.openkokuho.nhi/my-number", "v1", key id, tenant, TABLE, COLUMN, row key</pre>
 * with table and column canonicalised as {@link CipherContext} describes. The label separates this use of the key
 * from any other; binding the format version and the key id authenticates the whole header. A value copied to
 * another row, column, table or tenant, or altered in any byte, fails to decrypt with
 * {@link ProtectionException#REJECTED}.
 *
 * <h2>Limits</h2>
 * With random 96-bit nonces one key should encrypt fewer than 2<sup>32</sup> values (NIST SP 800-38D §8.3); a
 * tenant writes far fewer between rotations. Plaintext passes through a {@link MyNumber} and a short-lived byte
 * array that is zeroed after use; the JVM may still hold copies until garbage collection.
 *
 * <p>Exceptions never contain the individual number, the stored value or the row key. Thread safe.
 */
public final class MyNumberCipher {
    /** Format version, the first field of every stored value. */
    public static final String FORMAT_VERSION = "v1";

    static final String AAD_LABEL = "jp.openkokuho.nhi/my-number";
    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int SEALED_BYTES = MyNumber.LENGTH + TAG_BITS / 8;

    private final TenantKeyStore keys;
    private final SecureRandom random;

    /** @param keys the tenants' keys */
    public MyNumberCipher(TenantKeyStore keys) {
        this(keys, new SecureRandom());
    }

    /**
     * @param keys the tenants' keys
     * @param random the source of nonces
     */
    MyNumberCipher(TenantKeyStore keys, SecureRandom random) {
        this.keys = keys;
        this.random = random;
    }

    /**
     * @param context where the value will be stored
     * @param number the individual number
     * @return the stored form, made with the tenant's current data-encryption key
     * @throws ProtectionException ({@link ProtectionException#KEY_STORE}) if the tenant's key cannot be loaded or
     *         created
     */
    public String encrypt(CipherContext context, MyNumber number) {
        TenantKey key = keys.current(context.tenant(), KeyPurpose.DATA_ENCRYPTION);
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        return seal(key, context, nonce, number);
    }

    /**
     * @param context where the value was read from; must be the place it was written for
     * @param stored the stored form
     * @return the individual number
     * @throws ProtectionException {@link ProtectionException#CIPHERTEXT_FORMAT} if the value is not in the stored
     *         form; {@link ProtectionException#UNKNOWN_KEY} if the tenant does not have the key it names (the
     *         message says whether the key was retired); {@link ProtectionException#REJECTED} if it does not
     *         authenticate for this tenant, table, column and row
     */
    public MyNumber decrypt(CipherContext context, String stored) {
        Parsed parsed = parse(context, stored);
        TenantKey key = keys.find(context.tenant(), parsed.keyId()).orElseThrow(() -> unknownKey(context, parsed));
        return open(key, context, parsed);
    }

    /**
     * @param stored a stored value
     * @return the id of the key it was made with
     * @throws ProtectionException ({@link ProtectionException#CIPHERTEXT_FORMAT}) if it is not in the stored form
     */
    public static String keyIdOf(String stored) {
        return parse(null, stored).keyId();
    }

    /**
     * @param tenant the tenant the value belongs to
     * @param stored a stored value
     * @return {@code true} if it was made with the tenant's current data-encryption key
     * @throws ProtectionException ({@link ProtectionException#CIPHERTEXT_FORMAT}) if it is not in the stored form
     */
    public boolean isCurrent(String tenant, String stored) {
        return keys.current(tenant, KeyPurpose.DATA_ENCRYPTION).id().equals(keyIdOf(stored));
    }

    /** @return the key store, for the other classes of this package */
    TenantKeyStore keys() {
        return keys;
    }

    /** Encryption with a given key and nonce; package private so that tests can pin known answers. */
    String seal(TenantKey key, CipherContext context, byte[] nonce, MyNumber number) {
        if (key.purpose() != KeyPurpose.DATA_ENCRYPTION || !key.tenant().equals(context.tenant())) {
            throw new IllegalArgumentException("encryption needs a data-encryption key of the context's tenant");
        }
        byte[] plaintext = number.digits().getBytes(StandardCharsets.US_ASCII);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key.secret(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(key.id(), context));
            byte[] sealed = cipher.doFinal(plaintext);
            return FORMAT_VERSION + ":" + key.id() + ":" + Canonical.base64(nonce) + ":" + Canonical.base64(sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    /** Decryption with a given key, which may belong to another tenant in tests of the associated data. */
    MyNumber open(TenantKey key, CipherContext context, Parsed parsed) {
        byte[] plaintext = null;
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key.secret(), new GCMParameterSpec(TAG_BITS, parsed.nonce()));
            cipher.updateAAD(associatedData(parsed.keyId(), context));
            plaintext = cipher.doFinal(parsed.sealed());
        } catch (AEADBadTagException e) {
            throw new ProtectionException(ProtectionException.REJECTED, describe(context) + " does not authenticate "
                + "under key " + parsed.keyId() + ": it was written for another row, column, table or tenant, or "
                + "it was altered", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
        try {
            return MyNumber.of(new String(plaintext, StandardCharsets.US_ASCII));
        } catch (RuntimeException e) {
            // authenticated, so written by something else than this class: report without the content
            throw new ProtectionException(ProtectionException.REJECTED, describe(context)
                + " decrypts to something that is not a valid 個人番号");
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    /**
     * @param keyId the key id in the stored value's header
     * @param context the place
     * @return the associated data as the class description defines it
     */
    static byte[] associatedData(String keyId, CipherContext context) {
        return Canonical.fields(AAD_LABEL, FORMAT_VERSION, keyId, context.tenant(), context.table(),
            context.column(), context.rowKey());
    }

    /** A stored value taken apart. */
    record Parsed(String keyId, byte[] nonce, byte[] sealed) {
        /** @return the key id only: nonce and ciphertext are not for printing */
        @Override
        public String toString() {
            return "Parsed[keyId=" + keyId + "]";
        }
    }

    /** @param context for the message; {@code null} when only the form is checked */
    static Parsed parse(CipherContext context, String stored) {
        if (stored == null) {
            throw new ProtectionException(ProtectionException.CIPHERTEXT_FORMAT, describe(context) + " is missing");
        }
        String[] parts = stored.split(":", -1);
        byte[] nonce = parts.length == 4 ? Canonical.unbase64(parts[2], NONCE_BYTES) : null;
        byte[] sealed = parts.length == 4 ? Canonical.unbase64(parts[3], SEALED_BYTES) : null;
        if (parts.length != 4 || !FORMAT_VERSION.equals(parts[0])
                || KeyPurpose.ofKeyId(parts[1]) != KeyPurpose.DATA_ENCRYPTION || nonce == null || sealed == null) {
            // the value itself stays out of the message: it might be a number stored in clear by mistake
            throw new ProtectionException(ProtectionException.CIPHERTEXT_FORMAT, describe(context)
                + " is not in the form v1:dek<n>:<12-byte nonce>:<28-byte ciphertext and tag> (URL-safe Base64)");
        }
        return new Parsed(parts[1], nonce, sealed);
    }

    private ProtectionException unknownKey(CipherContext context, Parsed parsed) {
        String where = keys.isRetired(context.tenant(), parsed.keyId())
            ? "; the key was retired to " + keys.directory(context.tenant()).resolve(TenantKeyStore.RETIRED)
                + ", move it back to decrypt"
            : "; restore it from the key backup into " + keys.directory(context.tenant());
        return new ProtectionException(ProtectionException.UNKNOWN_KEY, describe(context) + " was encrypted with key "
            + parsed.keyId() + ", which tenant " + context.tenant() + " does not have" + where);
    }

    private static String describe(CipherContext context) {
        return context == null ? "stored 個人番号"
            : "stored 個人番号 in " + context.place() + " of tenant " + context.tenant();
    }
}
