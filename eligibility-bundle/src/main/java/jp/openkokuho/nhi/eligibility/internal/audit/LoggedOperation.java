package jp.openkokuho.nhi.eligibility.internal.audit;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One row of the operation log exactly as stored, including its chain fields. Nothing is validated here: the
 * verifier must be able to represent a tampered row as it is found.
 *
 * @param seq the gapless per-tenant sequence number (1, 2, 3 …)
 * @param tenant the tenant code written with the entry
 * @param occurredAt when the entry was appended (UTC)
 * @param staffId the staff member
 * @param role the role the staff member acted in
 * @param action the operation
 * @param purpose purpose of use or legal basis
 * @param subjectIndex blind index of the subject, or empty
 * @param itemNames the item names as stored (sorted, comma separated, empty if none)
 * @param outcome the outcome as stored (normally an {@link OperationOutcome} name)
 * @param requestId the request id
 * @param keyId id of the tenant key the entry's HMAC was computed with
 * @param formatVersion version of the canonical encoding ({@link CanonicalEncoding#FORMAT_VERSION})
 * @param hmac the entry's chain value {@code h_seq}, 64 lower-case hex digits
 */
public record LoggedOperation(long seq, String tenant, Instant occurredAt, String staffId, String role, String action,
        String purpose, String subjectIndex, String itemNames, String outcome, String requestId, String keyId,
        int formatVersion, String hmac) {

    /** @return the item names as a list (empty if none) */
    public List<String> items() {
        return itemNames.isEmpty() ? List.of() : Arrays.asList(itemNames.split(",", -1));
    }

    /**
     * @param newHmac another chain value
     * @return this entry with {@code hmac} replaced
     */
    public LoggedOperation withHmac(String newHmac) {
        return new LoggedOperation(seq, tenant, occurredAt, staffId, role, action, purpose, subjectIndex, itemNames,
            outcome, requestId, keyId, formatVersion, newHmac);
    }
}
