package jp.openkokuho.nhi.api.transfer;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import jp.openkokuho.nhi.api.tenant.UnknownTenantException;

/**
 * Delivery state per tenant and destination, the transfer records (移転記録), the destinations with their policy
 * verdict, and the administrator's retry of dead letters. Thread safe.
 */
@ProviderType
public interface TransferStatusService {

    /**
     * @param tenantCode 全国地方公共団体コード
     * @return one entry per destination the tenant uses or has entries for, ordered by destination id
     * @throws UnknownTenantException if the tenant is not provisioned
     */
    List<DestinationStatus> status(String tenantCode);

    /**
     * Puts the tenant's dead letters of a destination back in the queue with a fresh attempt count.
     *
     * @param tenantCode 全国地方公共団体コード
     * @param destinationId the destination
     * @return how many changes were queued again
     * @throws UnknownTenantException if the tenant is not provisioned
     */
    int retryDeadLetters(String tenantCode, String destinationId);

    /**
     * The transfer records (移転記録) of a tenant, newest first.
     *
     * @param tenantCode 全国地方公共団体コード
     * @param subjectKey a person's 宛名番号 to list only that person's records, or {@code null} for all
     * @param limit the most records to return (≥ 1)
     * @return the records
     * @throws UnknownTenantException if the tenant is not provisioned
     * @since 1.1
     */
    List<TransferRecord> records(String tenantCode, String subjectKey, int limit);

    /**
     * @return the destination services registered now, ordered by id, with their policy verdict
     * @since 1.1
     */
    List<DestinationInfo> destinations();
}
