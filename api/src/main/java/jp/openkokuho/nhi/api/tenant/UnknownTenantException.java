package jp.openkokuho.nhi.api.tenant;

import jp.openkokuho.nhi.api.NhiException;

/**
 * A call named a tenant that is not provisioned on this installation (or whose store is not yet open). There is no
 * default tenant to fall back to.
 */
public class UnknownTenantException extends NhiException {
    private static final long serialVersionUID = 1L;

    /** @param code the tenant code that was named */
    public UnknownTenantException(String code) {
        super("TENANT_UNKNOWN", "no tenant '" + code + "' is provisioned (see nhi:tenant-list)");
    }
}
