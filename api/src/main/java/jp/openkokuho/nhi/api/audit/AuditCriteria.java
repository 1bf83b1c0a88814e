package jp.openkokuho.nhi.api.audit;

import java.time.Instant;

/**
 * What to search for in an operation log. Every criterion may be {@code null} (not restricted).
 *
 * @param from earliest time, inclusive
 * @param to latest time, exclusive
 * @param staffId exactly this staff member (login name)
 * @param action exactly this operation, e.g. {@code eligibility.read}
 * @param atenaNo the 宛名番号 of one person; the service turns it into the person's blind index (the log never holds
 *        the number itself)
 * @param limit most entries returned, 1 to {@value #MAX_LIMIT}
 */
public record AuditCriteria(Instant from, Instant to, String staffId, String action, String atenaNo, int limit) {
    /** Most entries one search returns. */
    public static final int MAX_LIMIT = 10_000;

    /** @return no restriction, the first {@value #MAX_LIMIT} entries */
    public static AuditCriteria all() {
        return new AuditCriteria(null, null, null, null, null, MAX_LIMIT);
    }
}
