package jp.openkokuho.nhi.eligibility.internal.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jp.openkokuho.nhi.api.audit.GuardedOperation;
import jp.openkokuho.nhi.api.audit.OperationGuard;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantRegistry;

/**
 * {@link OperationGuard} over the bundle's {@link AccessGuard}: another bundle's operation becomes an
 * {@link Operation} with the same role sets as the core's ({@link Operation#personalRead}, {@link
 * Operation#personalWrite}, or supervisors only), so there is one decision and one log for the whole platform. The
 * entry is written after the body in a transaction of its own ({@link AccessGuard#call} without sealing): the body
 * commits to the other bundle's database, not to the municipality's store.
 */
@Component(service = OperationGuard.class)
public class OperationGuardImpl implements OperationGuard {
    /** The core's action names, which another bundle may not log under. */
    private static final Set<String> CORE_ACTIONS = Stream.of(Operation.CORE, Operation.REGISTERS,
        Operation.REQUESTS).flatMap(List::stream).map(Operation::action).collect(Collectors.toUnmodifiableSet());

    private final TenantRegistry tenants;
    private final AccessGuard guard;
    private final Map<GuardedOperation, Operation> operations = new ConcurrentHashMap<>();

    /**
     * @param tenants the open tenant stores
     * @param guard the bundle's guard
     */
    @Activate
    public OperationGuardImpl(@Reference TenantRegistry tenants, @Reference AccessGuard guard) {
        this.tenants = tenants;
        this.guard = guard;
    }

    @Override
    public <T> T call(String tenantCode, GuardedOperation operation, String atenaNo, Supplier<T> body) {
        Operation op = operations.computeIfAbsent(operation, OperationGuardImpl::toOperation);
        tenants.store(tenantCode); // an unknown tenant has no log: refuse before the body can commit anything
        return guard.call(tenantCode, op, atenaNo, body);
    }

    static Operation toOperation(GuardedOperation g) {
        if (CORE_ACTIONS.contains(g.action())) {
            throw new IllegalArgumentException(g.action() + " is an operation of the core; log under a name of your own");
        }
        return switch (g.access()) {
            case READ -> Operation.personalRead(g.action(), g.purpose(), g.items());
            case WRITE -> Operation.personalWrite(g.action(), g.purpose(), g.items());
            case SUPERVISOR -> new Operation(g.action(), Operation.Kind.PERSONAL_WRITE, g.purpose(), g.items(),
                EnumSet.of(Role.SUPERVISOR));
        };
    }
}
