package jp.openkokuho.nhi.eligibility.internal.audit;

/**
 * The operation log of a tenant is damaged in a way that stops the requested work: an entry cannot be chained on a
 * missing predecessor, or a checkpoint cannot be sealed over entries that do not verify. The work fails closed
 * (nothing is appended, no checkpoint is written); an auditor runs the verifier to find the first broken entry.
 */
public class AuditIntegrityException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String tenant;
    private final long seq;

    /**
     * @param tenant the tenant code
     * @param seq the entry the problem was found at
     * @param message what is wrong (no personal data)
     */
    public AuditIntegrityException(String tenant, long seq, String message) {
        super("operation log of tenant " + tenant + ": " + message);
        this.tenant = tenant;
        this.seq = seq;
    }

    /** @return the tenant code */
    public String tenant() {
        return tenant;
    }

    /** @return the entry the problem was found at */
    public long seq() {
        return seq;
    }
}
