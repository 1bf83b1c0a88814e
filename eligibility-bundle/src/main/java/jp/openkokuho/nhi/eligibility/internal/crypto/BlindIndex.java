package jp.openkokuho.nhi.eligibility.internal.crypto;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;

import javax.crypto.Mac;

import jp.openkokuho.nhi.api.privacy.MyNumber;

/**
 * The keyed blind index of individual numbers: finds rows by number without decrypting anything and without
 * storing anything from which the number can be computed without the key.
 *
 * <h2>Value</h2>
 * <pre>&lt;key id&gt;:&lt;HMAC-SHA256, URL-safe Base64 without padding&gt;</pre>
 * for example {@code bik1:} followed by 43 characters (48 in all for {@code bik1}–{@code bik9}, at most 56; a
 * {@code VARCHAR(64)} column holds it). The MAC is computed with the tenant's blind-index key
 * ({@link KeyPurpose#BLIND_INDEX}) over the length-prefixed encoding (as in {@link MyNumberCipher}) of
 * <pre>"jp.openkokuho.nhi/my-number-blind-index", "v1", tenant, 12 ASCII digits</pre>
 * The same number gives the same value within a tenant (so an equality look-up on an indexed column works) and
 * unrelated values in different tenants (each tenant has its own key, and the tenant is part of the input).
 *
 * <h2>Why keyed</h2>
 * There are only 10<sup>11</sup> well-formed individual numbers, so an unkeyed hash of one is reversed by trying
 * them all in minutes. Without the blind-index key the index reveals only equality; with the key, so does
 * enumeration. The blind-index key is therefore kept and backed up like the data-encryption key, outside the
 * database.
 *
 * <h2>Rotation</h2>
 * The key id in the value lets old and new keys live side by side: {@link #compute} uses the current key,
 * {@link #lookupValues} returns the value under every active key so that a look-up during a rotation is
 * {@code WHERE MY_NUMBER_BIDX IN (…)}. Values that cannot be recomputed (the audit log's subjects are immutable)
 * keep their key id, so blind-index keys are normally not retired.
 *
 * <p>Thread safe.
 */
public final class BlindIndex {
    static final String LABEL = "jp.openkokuho.nhi/my-number-blind-index";
    static final String VERSION = "v1";
    private static final String ALGORITHM = "HmacSHA256";

    private final TenantKeyStore keys;

    /** @param keys the tenants' keys */
    public BlindIndex(TenantKeyStore keys) {
        this.keys = keys;
    }

    /**
     * @param tenant the tenant
     * @param number the individual number
     * @return the index value under the tenant's current blind-index key (created on first use)
     * @throws ProtectionException ({@link ProtectionException#KEY_STORE}) if the key cannot be loaded or created
     */
    public String compute(String tenant, MyNumber number) {
        return compute(keys.current(tenant, KeyPurpose.BLIND_INDEX), number);
    }

    /**
     * @param tenant the tenant
     * @param number the individual number
     * @return the index value under every active blind-index key of the tenant, current key first; never empty
     * @throws ProtectionException ({@link ProtectionException#KEY_STORE}) if the keys cannot be loaded
     */
    public List<String> lookupValues(String tenant, MyNumber number) {
        keys.current(tenant, KeyPurpose.BLIND_INDEX);
        List<String> values = new ArrayList<>();
        for (TenantKey key : keys.keys(tenant, KeyPurpose.BLIND_INDEX)) {
            values.add(compute(key, number));
        }
        return values;
    }

    /**
     * @param tenant the tenant
     * @param index a stored index value, or {@code null}
     * @return {@code true} if it is a well-formed value made with the tenant's current blind-index key
     */
    public boolean isCurrent(String tenant, String index) {
        String current = keys.current(tenant, KeyPurpose.BLIND_INDEX).id();
        return index != null && index.startsWith(current + ":")
            && Canonical.unbase64(index.substring(current.length() + 1), 32) != null;
    }

    /** @return the key store, for the other classes of this package */
    TenantKeyStore keys() {
        return keys;
    }

    /** MAC with a given key; package private so that tests can pin known answers. */
    static String compute(TenantKey key, MyNumber number) {
        return keyed(key, LABEL, number.digits());
    }

    /**
     * {@code <key id>:base64url(HMAC-SHA256(key, fields(label, "v1", tenant, value)))}: the value of every keyed index
     * of this package; the label keeps indexes of different kinds of number apart.
     */
    static String keyed(TenantKey key, String label, String value) {
        if (key.purpose() != KeyPurpose.BLIND_INDEX) {
            throw new IllegalArgumentException("a blind index needs a blind-index key");
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key.secret());
            byte[] tag = mac.doFinal(Canonical.fields(label, VERSION, key.tenant(), value));
            return key.id() + ":" + Canonical.base64(tag);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }
}
