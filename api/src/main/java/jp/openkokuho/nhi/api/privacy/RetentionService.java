package jp.openkokuho.nhi.api.privacy;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * 保管・消去: deletes a tenant's records whose retention period has passed and records each deletion (kind, count,
 * time range) in the tenant's purge log. Retention periods are configured per {@link RetainedRecordKind}; a period
 * shorter than the kind's {@link RetainedRecordKind#minimumYears()} is refused. Every method takes the tenant code
 * first; a purge is an administrator's batch operation.
 */
@ProviderType
public interface RetentionService {
    /**
     * Deletes what is past retention, kind by kind, each kind in one transaction together with its purge-log entry.
     *
     * @param tenantCode 全国地方公共団体コード
     * @param dryRun {@code true} to only count
     * @return what was (or would be) deleted
     */
    PurgeResult purge(String tenantCode, boolean dryRun);

    /**
     * @param tenantCode 全国地方公共団体コード
     * @return the purge log, oldest first (kinds with nothing to delete are not logged)
     */
    List<PurgedRecords> purgeLog(String tenantCode);
}
