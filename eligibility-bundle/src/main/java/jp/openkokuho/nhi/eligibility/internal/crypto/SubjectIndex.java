package jp.openkokuho.nhi.eligibility.internal.crypto;

import java.util.ArrayList;
import java.util.List;

/**
 * The operation log's subject: a keyed blind index of a person's 宛名番号, so an auditor finds every operation on one
 * person without the log holding the number. Same construction and key as {@link BlindIndex} (the tenant's
 * blind-index key, {@link KeyPurpose#BLIND_INDEX}) with its own label, so an index of a 宛名番号 can never equal an
 * index of a My Number:
 * <pre>&lt;key id&gt;:base64url(HMAC-SHA256(key, fields("jp.openkokuho.nhi/atena-subject-index", "v1", tenant, 宛名番号)))</pre>
 * Thread safe.
 */
public final class SubjectIndex {
    static final String LABEL = "jp.openkokuho.nhi/atena-subject-index";

    private final TenantKeyStore keys;

    /** @param keys the tenants' keys */
    public SubjectIndex(TenantKeyStore keys) {
        this.keys = keys;
    }

    /**
     * @param tenant the tenant
     * @param atenaNo the 宛名番号 (1 to 15 ASCII digits)
     * @return the index under the tenant's current blind-index key (created on first use)
     * @throws IllegalArgumentException if {@code atenaNo} is not 1 to 15 digits
     */
    public String compute(String tenant, String atenaNo) {
        return compute(keys.current(tenant, KeyPurpose.BLIND_INDEX), atenaNo);
    }

    /**
     * @param tenant the tenant
     * @param atenaNo the 宛名番号
     * @return the index under every active blind-index key of the tenant, current first (for searches across a
     *         key rotation)
     */
    public List<String> lookupValues(String tenant, String atenaNo) {
        List<String> out = new ArrayList<>();
        out.add(compute(tenant, atenaNo));
        for (TenantKey k : keys.keys(tenant, KeyPurpose.BLIND_INDEX)) {
            String v = compute(k, atenaNo);
            if (!out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    private static String compute(TenantKey key, String atenaNo) {
        if (atenaNo == null || !atenaNo.matches("[0-9]{1,15}")) {
            throw new IllegalArgumentException("a 宛名番号 is 1 to 15 ASCII digits");
        }
        return BlindIndex.keyed(key, LABEL, atenaNo);
    }
}
