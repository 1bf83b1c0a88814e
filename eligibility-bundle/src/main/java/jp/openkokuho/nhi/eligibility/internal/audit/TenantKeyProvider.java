package jp.openkokuho.nhi.eligibility.internal.audit;

import java.util.Optional;

/**
 * The per-tenant keys of the operation log. Keys live outside the tenant database (a database administrator who can
 * rewrite the log must not be able to recompute its chain) and are never logged or returned by any service.
 *
 * <p>Implementations are thread safe. A key once issued under an id never changes, so a verifier can always find the
 * key an old entry names.
 */
public interface TenantKeyProvider {

    /**
     * The key new entries and checkpoints are made with; created on first use.
     *
     * @param tenant the tenant code
     * @return the tenant's current key
     * @throws IllegalArgumentException if the tenant code is not a plain code
     * @throws java.io.UncheckedIOException if the key cannot be read or created
     */
    TenantKey current(String tenant);

    /**
     * A key by the id an entry or checkpoint names.
     *
     * @param tenant the tenant code
     * @param keyId the recorded key id
     * @return the key, or empty if the tenant has no key with that id
     * @throws java.io.UncheckedIOException if an existing key cannot be read
     */
    Optional<TenantKey> find(String tenant, String keyId);

    /**
     * Makes a new key the current one. Entries appended afterwards name the new key; older entries keep theirs.
     *
     * @param tenant the tenant code
     * @return the new current key
     * @throws java.io.UncheckedIOException if the key cannot be created
     */
    TenantKey rotate(String tenant);
}
