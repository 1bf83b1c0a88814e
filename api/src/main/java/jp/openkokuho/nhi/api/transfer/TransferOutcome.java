package jp.openkokuho.nhi.api.transfer;

/** What one delivery attempt to a destination came to, as a transfer record (移転記録) states it. */
public enum TransferOutcome {
    /** The destination applied the change. */
    DELIVERED,
    /** The attempt failed (error, exception or timeout); it will be retried. */
    FAILED,
    /** The last attempt failed, or the destination cancelled: the change is a dead letter. */
    DEAD
}
