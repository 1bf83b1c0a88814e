package jp.openkokuho.nhi.linkage.internal.store;

/** Finds the linkage store of a tenant, opening it on first use. */
@FunctionalInterface
public interface LinkageStores {
    /**
     * @param tenantCode a tenant that the caller has already checked exists
     * @return its store
     */
    LinkageStore forTenant(String tenantCode);
}
