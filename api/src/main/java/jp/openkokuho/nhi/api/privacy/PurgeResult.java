package jp.openkokuho.nhi.api.privacy;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of one purge of one tenant.
 *
 * @param tenantCode the tenant
 * @param dryRun {@code true} if nothing was deleted and nothing logged (counts say what would be deleted)
 * @param ranAt when the purge ran
 * @param kinds one entry per kind, in {@link RetainedRecordKind} order
 */
public record PurgeResult(String tenantCode, boolean dryRun, Instant ranAt, List<PurgedRecords> kinds) {
    /** Copies the list. */
    public PurgeResult {
        kinds = List.copyOf(kinds);
    }

    /** @return records deleted over all kinds */
    public long total() {
        return kinds.stream().mapToLong(PurgedRecords::count).sum();
    }
}
