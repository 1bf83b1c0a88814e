package jp.openkokuho.nhi.api.audit;

/**
 * The result of verifying a tenant's operation log.
 *
 * @param tenantCode the tenant
 * @param ok whether the whole log verified
 * @param intactEntries how many entries, from the first, are known to be intact (all of them when OK)
 * @param brokenSeq the entry at which the first problem was detected, or 0 when OK
 * @param reason the kind of problem ({@code HASH_MISMATCH}, {@code SEQUENCE_GAP}, {@code TRUNCATED},
 *        {@code HEAD_MISMATCH}, {@code FOREIGN_TENANT}, {@code UNKNOWN_KEY}, {@code UNSUPPORTED_FORMAT},
 *        {@code CHECKPOINT_INVALID}; see docs/security-audit-log.md), or {@code null} when OK
 * @param summary one line for the auditor, e.g. {@code OK: tenant 112291, 48213 entries, ...}
 */
public record AuditVerification(String tenantCode, boolean ok, long intactEntries, long brokenSeq, String reason,
        String summary) {
}
