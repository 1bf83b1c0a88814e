package jp.openkokuho.nhi.api.transfer;

import java.time.Instant;
import java.util.List;

/**
 * 移転記録: one delivery attempt of one change to one destination, with the legal basis and the items that were
 * handed over. Written in the same transaction as the delivery state, never changed afterwards, and kept for at
 * least seven years.
 *
 * @param tenantCode the municipality
 * @param destinationId the destination
 * @param legalBasis the legal basis the transfer relied on (from the transfer policy)
 * @param items the item names handed over
 * @param subjectKey the person (宛名番号)
 * @param eventId the change
 * @param sequence the change's outbox sequence
 * @param attemptedAt when the attempt ended
 * @param outcome what it came to
 * @param detail the failure, if any (never personal data)
 */
public record TransferRecord(String tenantCode, String destinationId, String legalBasis, List<String> items,
        String subjectKey, String eventId, long sequence, Instant attemptedAt, TransferOutcome outcome, String detail) {
    /** Copies the item list. */
    public TransferRecord {
        items = List.copyOf(items);
    }
}
