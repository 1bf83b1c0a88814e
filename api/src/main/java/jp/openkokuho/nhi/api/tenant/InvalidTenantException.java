package jp.openkokuho.nhi.api.tenant;

import jp.openkokuho.nhi.api.NhiException;

/** A tenant configuration or identifier breaks a rule (bad code, bad insurer number, missing name). */
public class InvalidTenantException extends NhiException {
    private static final long serialVersionUID = 1L;

    /** @param message one line naming the offending value and the rule */
    public InvalidTenantException(String message) {
        super("TENANT_INVALID", message);
    }
}
