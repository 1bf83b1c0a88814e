package jp.openkokuho.nhi.api.audit;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import jp.openkokuho.nhi.api.tenant.UnknownTenantException;

/**
 * Verification and search of a tenant's operation log (操作ログ), for the municipality's auditors and supervisors.
 * The caller is the authenticated JAAS subject of the current access control context; it must hold the auditor or
 * supervisor role of the tenant ({@code nhi-auditor@<code>} or {@code nhi-supervisor@<code>}). Every call is itself
 * logged in the tenant's log. Thread safe.
 */
@ProviderType
public interface AuditService {

    /**
     * Recomputes the tenant's whole chain and compares it with the published checkpoints.
     *
     * @param tenantCode 全国地方公共団体コード
     * @return OK with the number of entries, or the first broken entry and why
     * @throws AccessDeniedException if the caller is not an auditor or supervisor of the tenant
     * @throws UnknownTenantException if the tenant is not provisioned
     */
    AuditVerification verify(String tenantCode);

    /**
     * Entries of the tenant's log that match every given criterion, oldest first.
     *
     * @param tenantCode 全国地方公共団体コード
     * @param criteria what to look for; {@link AuditCriteria#all()} for everything (up to the limit)
     * @return the matching entries, at most {@link AuditCriteria#limit()}
     * @throws AccessDeniedException if the caller is not an auditor or supervisor of the tenant
     * @throws UnknownTenantException if the tenant is not provisioned
     * @throws jp.openkokuho.nhi.api.NhiException ({@code INPUT}) if a criterion is malformed
     */
    List<AuditEntry> search(String tenantCode, AuditCriteria criteria);
}
