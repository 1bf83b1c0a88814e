package jp.openkokuho.nhi.eligibility.internal.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

import jp.openkokuho.nhi.eligibility.internal.audit.Checkpointer;
import jp.openkokuho.nhi.eligibility.internal.audit.FileCheckpointStore;
import jp.openkokuho.nhi.eligibility.internal.audit.FileTenantKeyProvider;
import jp.openkokuho.nhi.eligibility.internal.audit.OperationLogService;
import jp.openkokuho.nhi.eligibility.internal.crypto.SubjectIndex;
import jp.openkokuho.nhi.eligibility.internal.crypto.TenantKeyStore;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantRegistry;

/** Test subjects as Karaf's JAAS realm makes them, and a real access guard over real tenant stores. */
public final class Staff {
    private Staff() {
    }

    /** A functional body that may throw anything. */
    @FunctionalInterface
    public interface Work<T> {
        /** @return the result */
        T run() throws Throwable;
    }

    /**
     * @param user login name
     * @param roles JAAS role names
     * @return a subject like the one the karaf realm's PropertiesLoginModule makes
     */
    public static Subject subject(String user, String... roles) {
        Set<java.security.Principal> p = new HashSet<>();
        p.add(new UserPrincipal(user));
        for (String r : roles) {
            p.add(new RolePrincipal(r));
        }
        return new Subject(true, p, Set.of(), Set.of());
    }

    /**
     * @param tenant tenant code
     * @return a clerk of that tenant
     */
    public static Subject clerk(String tenant) {
        return subject("clerk-" + tenant, Role.CLERK.roleName(tenant));
    }

    /**
     * Runs {@code work} as {@code subject} ({@code null}: without any subject), rethrowing what it throws.
     *
     * @param <T> result type
     * @param subject the subject
     * @param work the work
     * @return its result
     * @throws Throwable what {@code work} threw
     */
    @SuppressWarnings("removal")
    public static <T> T call(Subject subject, Work<T> work) throws Throwable {
        if (subject == null) {
            return work.run();
        }
        try {
            return Subject.doAs(subject, (PrivilegedExceptionAction<T>) () -> {
                try {
                    return work.run();
                } catch (Exception e) {
                    throw e;
                } catch (Throwable t) {
                    throw new WrappedThrowable(t);
                }
            });
        } catch (PrivilegedActionException e) {
            throw e.getException();
        } catch (WrappedThrowable e) {
            throw e.getCause();
        }
    }

    /**
     * As {@link #call} for work that throws only unchecked exceptions.
     *
     * @param <T> result type
     * @param subject the subject, or {@code null}
     * @param work the work
     * @return its result
     */
    public static <T> T as(Subject subject, java.util.function.Supplier<T> work) {
        try {
            return call(subject, work::get);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /**
     * @param registry the open tenant stores
     * @param dir where keys and checkpoints go
     * @return an operation log service that writes checkpoints only on demand
     */
    public static OperationLogService operationLog(TenantRegistry registry, Path dir) {
        return new OperationLogService(registry, new FileTenantKeyProvider(dir.resolve("keys"), new SecureRandom()),
            new FileCheckpointStore(dir.resolve("checkpoints")), new Checkpointer.Policy(1_000_000,
                Duration.ofDays(1)), Clock.systemUTC(), r -> { });
    }

    /**
     * @param registry the open tenant stores
     * @param log the operation log
     * @param dir the key directory's parent (as given to {@link #operationLog})
     * @return a real guard
     */
    public static AccessGuard guard(TenantRegistry registry, OperationLogService log, Path dir) {
        return AccessGuard.withSubjectIndex(registry, log, new SubjectIndex(new TenantKeyStore(dir.resolve("keys"))));
    }

    /**
     * @param registry the open tenant stores
     * @return a real guard over a fresh operation log in a new temporary directory
     */
    public static AccessGuard guard(TenantRegistry registry) {
        try {
            Path dir = Files.createTempDirectory("nhi-guard-");
            return guard(registry, operationLog(registry, dir), dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Carries a checked throwable through {@link PrivilegedExceptionAction}. */
    private static final class WrappedThrowable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WrappedThrowable(Throwable cause) {
            super(cause);
        }
    }
}
