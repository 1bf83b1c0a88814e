package jp.openkokuho.nhi.eligibility.internal.audit;

/**
 * How a logged operation ended. Every business operation is logged exactly once, whatever its outcome, so an auditor
 * sees refused attempts as well as completed ones.
 */
public enum OperationOutcome {
    /** The operation was carried out (a read returned data, a change was committed). */
    OK,
    /** The caller was not allowed to perform the operation (role, tenant or purpose check failed). */
    DENIED,
    /** The operation was refused by a business rule or an input check; nothing was changed. */
    REJECTED,
    /** The operation failed for a technical reason; nothing was changed. */
    ERROR
}
