package jp.openkokuho.nhi.api.audit;

import java.time.Instant;
import java.util.List;

/**
 * One entry of an operation log as stored. It holds no personal data: the person concerned appears only as a keyed
 * blind index, and items by name, never by value.
 *
 * @param seq the gapless per-tenant sequence number
 * @param tenantCode the tenant
 * @param occurredAt when the operation was logged (UTC)
 * @param staffId the authenticated staff member, or {@code system:<name>} for the platform's own work
 * @param role the role acted in ({@code clerk}, {@code supervisor}, {@code auditor}, {@code admin}, {@code system}),
 *        or {@code none} for a caller without any role of the tenant
 * @param action the operation, e.g. {@code eligibility.acquire}
 * @param purpose purpose of use or legal basis
 * @param subjectIndex blind index of the person concerned, or empty
 * @param items names of the items read or written
 * @param outcome {@code OK}, {@code DENIED}, {@code REJECTED} or {@code ERROR}
 * @param requestId ties the entry to the same request in other logs
 */
public record AuditEntry(long seq, String tenantCode, Instant occurredAt, String staffId, String role, String action,
        String purpose, String subjectIndex, List<String> items, String outcome, String requestId) {
}
