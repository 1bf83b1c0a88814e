package jp.openkokuho.nhi.api.disclosure;

import java.time.Instant;

/**
 * One step taken under a request; steps are only ever appended.
 *
 * @param actionId identifier within the tenant, increasing
 * @param requestReference the request
 * @param kind what was done
 * @param detail what it concerned (a file name and digest, a history version, a note); never a My Number
 * @param staffId who did it
 * @param recordedAt when
 */
public record PrivacyRequestAction(long actionId, String requestReference, PrivacyRequestActionKind kind,
        String detail, String staffId, Instant recordedAt) {
}
