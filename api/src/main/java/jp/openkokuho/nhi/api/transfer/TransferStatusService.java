package jp.openkokuho.nhi.api.transfer;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import jp.openkokuho.nhi.api.tenant.UnknownTenantException;

/**
 * Delivery state per tenant and destination, and the administrator's retry of dead letters. Thread safe.
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
}
