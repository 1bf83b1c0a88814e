package jp.openkokuho.nhi.eligibility.internal.audit;

import java.security.InvalidKeyException;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * One version of a tenant's operation-log key. The id (for example {@code audit-2}) is written into every entry and
 * checkpoint made with the key, so old entries stay verifiable after a rotation. {@link #toString()} never shows the
 * key material.
 */
public final class TenantKey {
    private final String tenant;
    private final String id;
    private final SecretKey key;

    /**
     * @param tenant the tenant code the key belongs to
     * @param id the key id, as recorded in entries
     * @param material the key bytes (at least 32); copied
     * @throws IllegalArgumentException if the key is shorter than 32 bytes
     */
    public TenantKey(String tenant, String id, byte[] material) {
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.id = Objects.requireNonNull(id, "id");
        if (material.length < 32) {
            throw new IllegalArgumentException("audit key " + id + " of tenant " + tenant
                + " is shorter than 32 bytes");
        }
        this.key = new SecretKeySpec(material.clone(), "HmacSHA256");
    }

    /** @return the tenant code */
    public String tenant() {
        return tenant;
    }

    /** @return the key id recorded in entries and checkpoints */
    public String id() {
        return id;
    }

    /** @return the HMAC-SHA256 key */
    SecretKey secret() {
        return key;
    }

    /** @return a new HMAC-SHA256 instance initialised with this key (not thread safe; one per thread) */
    Mac newMac() {
        Mac m = CanonicalEncoding.newMac();
        try {
            m.init(key);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("unusable audit key " + id, e);
        }
        return m;
    }

    @Override
    public String toString() {
        return "TenantKey[" + tenant + "/" + id + "]";
    }
}
