package jp.openkokuho.nhi.api.transfer;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * SPI of a destination system (移転先). A destination bundle registers one service of this type with the
 * {@link Destination} component properties; the platform then delivers every change of every tenant that uses the
 * destination.
 *
 * <p><b>Lifecycle.</b> Deliveries start when the service is registered and stop when it is unregistered. Changes
 * recorded meanwhile wait in the tenant's outbox and are delivered, oldest first, when a service with the same
 * destination id returns (for example after a hot swap of the bundle).
 *
 * <p><b>Threading.</b> The platform calls {@link #deliver} from its own worker threads, never while holding a lock,
 * at most one call at a time per destination and tenant, and in order per subject. A call that does not return
 * within the configured timeout is abandoned and counted as {@link DeliveryResult#FAILED}; the implementation must
 * tolerate being called again with the same change while an abandoned call may still be running.
 *
 * <p><b>Failures.</b> Returning {@link DeliveryResult#FAILED} or throwing any exception means "retry later";
 * the platform retries with exponential backoff and dead-letters the change after the configured number of
 * attempts. Returning {@link DeliveryResult#CANCEL} dead-letters it at once. Dead letters stop later changes of the
 * same subject for that destination until an administrator retries them ({@code nhi:transfer-retry}), so order is
 * never broken.
 *
 * <p><b>Idempotency.</b> A change may be delivered more than once (after a crash, a timeout or a swap). The
 * implementation must record {@link EligibilityChange#eventId()} together with its effect and return
 * {@link DeliveryResult#OK} without a second effect when it sees an id again.
 */
@ConsumerType
public interface EligibilityChangeConsumer {

    /**
     * Applies one change.
     *
     * @param change the change, already limited to what the destination may receive
     * @return the outcome
     * @throws Exception any failure; treated as {@link DeliveryResult#FAILED} (retried), never as a cancel
     */
    DeliveryResult deliver(EligibilityChange change) throws Exception;
}
