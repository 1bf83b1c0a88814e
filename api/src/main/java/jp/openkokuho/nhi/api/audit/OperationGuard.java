package jp.openkokuho.nhi.api.audit;

import java.util.function.Supplier;

import org.osgi.annotation.versioning.ProviderType;

import jp.openkokuho.nhi.api.tenant.UnknownTenantException;

/**
 * The platform's access guard for operations of other bundles that keep their own data (e.g. the linkage bundle's
 * database): checks that the authenticated caller (the JAAS subject of the current access control context) may
 * perform the operation for the municipality, runs it, and appends one entry to the municipality's operation log
 * (操作ログ) — {@code OK}, {@code REJECTED} if the operation threw an {@code NhiException} or
 * {@code IllegalArgumentException}, {@code ERROR} otherwise, or {@code DENIED} without running it. The entry is
 * written in a transaction of its own after the operation, since the operation's data is not in the municipality's
 * store. Wrap the whole body of each public service method in one call. Thread safe.
 */
@ProviderType
public interface OperationGuard {

    /**
     * @param <T> result type
     * @param tenantCode 全国地方公共団体コード
     * @param operation the operation
     * @param atenaNo the 宛名番号 of the person concerned (logged as a keyed blind index), or {@code null}
     * @param body the operation itself, run on the calling thread
     * @return what {@code body} returned
     * @throws AccessDeniedException if the caller may not perform the operation for the municipality (logged)
     * @throws UnknownTenantException if the tenant is not provisioned
     * @throws IllegalArgumentException if the action is one of the platform's core operations
     */
    <T> T call(String tenantCode, GuardedOperation operation, String atenaNo, Supplier<T> body);
}
