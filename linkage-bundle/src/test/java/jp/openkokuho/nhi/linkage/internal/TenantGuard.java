package jp.openkokuho.nhi.linkage.internal;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import jp.openkokuho.nhi.api.audit.AccessDeniedException;
import jp.openkokuho.nhi.api.audit.GuardedOperation;
import jp.openkokuho.nhi.api.audit.OperationGuard;

/**
 * An {@link OperationGuard} for a caller who holds a role in some tenants only: denies (and remembers the denial as
 * the platform's guard logs it in the refused tenant) any call for another tenant, lets the others through.
 */
public final class TenantGuard implements OperationGuard {
    private final Set<String> allowed;
    /** {@code <tenant> <action> OK|DENIED}, in order (an outer call is noted when its body is done). */
    public final List<String> log = new CopyOnWriteArrayList<>();

    /**
     * @param allowed the tenants the caller may act for
     */
    public TenantGuard(String... allowed) {
        this.allowed = Set.of(allowed);
    }

    @Override
    public <T> T call(String tenantCode, GuardedOperation operation, String atenaNo, Supplier<T> body) {
        if (!allowed.contains(tenantCode)) {
            log.add(tenantCode + " " + operation.action() + " DENIED");
            throw new AccessDeniedException("no role of tenant " + tenantCode + " allows " + operation.action());
        }
        T result = body.get();
        log.add(tenantCode + " " + operation.action() + " OK");
        return result;
    }
}
