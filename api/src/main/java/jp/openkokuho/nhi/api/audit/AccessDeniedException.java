package jp.openkokuho.nhi.api.audit;

import jp.openkokuho.nhi.api.NhiException;

/**
 * The authenticated caller may not perform the operation: no authenticated subject, no role of the tenant that
 * allows it, a role of another tenant, or a platform administrator asking for personal data. The attempt is logged
 * as {@code DENIED} in the targeted tenant's operation log. The message names the operation and the tenant, never
 * the person concerned. Code {@value #CODE}.
 */
public class AccessDeniedException extends NhiException {
    private static final long serialVersionUID = 1L;
    /** The stable code. */
    public static final String CODE = "ACCESS_DENIED";

    /** @param message one line for the caller; no personal data */
    public AccessDeniedException(String message) {
        super(CODE, message);
    }
}
