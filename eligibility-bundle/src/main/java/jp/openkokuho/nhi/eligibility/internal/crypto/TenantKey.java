package jp.openkokuho.nhi.eligibility.internal.crypto;

import java.time.Instant;

import javax.crypto.SecretKey;

/**
 * One version of one tenant's key for one purpose, as {@link TenantKeyStore} loaded or created it. The key material
 * is reachable only from this package ({@link #secret()} is package private); {@link #toString()} shows the tenant,
 * the id and the creation time, never the material. Identity is tenant plus id.
 *
 * <p>Immutable and thread safe.
 */
public final class TenantKey {
    private final String tenant;
    private final String id;
    private final KeyPurpose purpose;
    private final int version;
    private final Instant created;
    private final SecretKey secret;

    TenantKey(String tenant, String id, Instant created, SecretKey secret) {
        this.tenant = tenant;
        this.id = id;
        this.purpose = KeyPurpose.ofKeyId(id);
        this.version = KeyPurpose.versionOf(id);
        this.created = created;
        this.secret = secret;
    }

    /** @return the tenant (全国地方公共団体コード) the key belongs to */
    public String tenant() {
        return tenant;
    }

    /** @return the key id, e.g. {@code dek2} */
    public String id() {
        return id;
    }

    /** @return what the key is for */
    public KeyPurpose purpose() {
        return purpose;
    }

    /** @return the version, the number in the id */
    public int version() {
        return version;
    }

    /** @return when the key was created */
    public Instant created() {
        return created;
    }

    /** @return the key material; for this package's cipher and MAC only */
    SecretKey secret() {
        return secret;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TenantKey other && tenant.equals(other.tenant) && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return tenant.hashCode() * 31 + id.hashCode();
    }

    /** @return tenant, id, purpose and creation time; never the key material */
    @Override
    public String toString() {
        return "TenantKey[tenant=" + tenant + ", id=" + id + ", purpose=" + purpose.label() + ", created=" + created
            + "]";
    }
}
