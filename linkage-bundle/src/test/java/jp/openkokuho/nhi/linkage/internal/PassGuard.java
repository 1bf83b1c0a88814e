package jp.openkokuho.nhi.linkage.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import jp.openkokuho.nhi.api.audit.GuardedOperation;
import jp.openkokuho.nhi.api.audit.OperationGuard;

/**
 * An {@link OperationGuard} for the linkage services' unit tests: lets every call through and remembers its action,
 * so a test can see that an operation went through the guard (authorisation itself is the core's, tested there).
 */
public final class PassGuard implements OperationGuard {
    /** The actions called, in order. */
    public final List<String> actions = new CopyOnWriteArrayList<>();

    @Override
    public <T> T call(String tenantCode, GuardedOperation operation, String atenaNo, Supplier<T> body) {
        actions.add(operation.action());
        return body.get();
    }
}
