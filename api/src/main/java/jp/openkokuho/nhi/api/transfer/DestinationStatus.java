package jp.openkokuho.nhi.api.transfer;

import java.time.Duration;

/**
 * Delivery state of one destination for one tenant at the moment it was read.
 *
 * @param tenantCode the tenant
 * @param destinationId the destination
 * @param bound {@code true} if a consumer service for the destination is registered now
 * @param delivered changes delivered
 * @param pending changes waiting (never attempted or to be retried)
 * @param deadLetters changes given up after their attempts or cancelled
 * @param oldestPendingAge age of the oldest waiting change, or {@code null} if none waits
 */
public record DestinationStatus(String tenantCode, String destinationId, boolean bound, long delivered,
        long pending, long deadLetters, Duration oldestPendingAge) {
}
