package jp.openkokuho.nhi.eligibility.internal.audit;

/** A checkpoint record that cannot be read: the checkpoint store is damaged or was edited. */
public class InvalidCheckpointException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long line;

    /**
     * @param tenant the tenant code
     * @param line 1-based line (record) number in the tenant's checkpoint store; 0 for "the most recent"
     * @param reason what is wrong
     */
    public InvalidCheckpointException(String tenant, long line, String reason) {
        super((line > 0 ? "checkpoint " + line : "the most recent checkpoint") + " of tenant " + tenant
            + " is not valid: " + reason);
        this.line = line;
    }

    /** @return the 1-based record number, or 0 for the most recent record */
    public long line() {
        return line;
    }
}
