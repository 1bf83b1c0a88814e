package jp.openkokuho.nhi.eligibility.internal.delivery;

/** Told after a transaction that wrote outbox events has committed, so delivery need not wait for the next poll. */
public interface OutboxSignal {
    /**
     * Must return at once; must not call destination code on the caller's thread.
     *
     * @param tenantCode the tenant whose outbox grew
     */
    void changesCommitted(String tenantCode);
}
