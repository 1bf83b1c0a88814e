package jp.openkokuho.nhi.eligibility.internal.security;

import java.security.PrivilegedAction;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import javax.security.auth.Subject;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.openkokuho.nhi.api.NhiException;
import jp.openkokuho.nhi.api.audit.AccessDeniedException;
import jp.openkokuho.nhi.api.tenant.UnknownTenantException;
import jp.openkokuho.nhi.eligibility.internal.audit.OperationEntry;
import jp.openkokuho.nhi.eligibility.internal.audit.OperationLogService;
import jp.openkokuho.nhi.eligibility.internal.audit.OperationOutcome;
import jp.openkokuho.nhi.eligibility.internal.crypto.SubjectIndex;
import jp.openkokuho.nhi.eligibility.internal.crypto.TenantKeyStore;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantRegistry;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/**
 * The single choke point of every service operation: who is calling (the JAAS subject of the current access control
 * context, see {@link Caller}), may they perform this operation on this tenant, and one operation log entry for it.
 *
 * <h2>Use</h2>
 * Wrap the whole body of a public service method in one call:
 * <pre>
 * public List&lt;CoveragePeriod&gt; periods(String tenantCode, String atenaNo) {
 *     return guard.call(tenantCode, Operation.ELIGIBILITY_PERIODS, atenaNo, () -&gt; periodsOf(tenantCode, atenaNo));
 * }
 * </pre>
 * An operation that commits a change additionally calls {@link #sealInTransaction(EntityManager)} inside its
 * transaction (late, just before it returns), so that the change and its log entry commit or roll back together:
 * <pre>
 * return guard.call(tenantCode, Operation.ELIGIBILITY_ACQUIRE, r.atenaNo(), () -&gt; store.inTransaction(em -&gt; {
 *     ... persist the change ...
 *     guard.sealInTransaction(em);
 *     return result;
 * }));
 * </pre>
 *
 * <h2>What happens</h2>
 * <ul>
 *   <li><b>Denied</b> (no subject, no role of the tenant that allows the operation, a role of another tenant, the
 *       vendor administrator asking for personal data, a user posing as the system): one {@code DENIED} entry in the
 *       targeted tenant's log, in a transaction of its own (none if no such tenant is open), then
 *       {@link AccessDeniedException}. The body never runs.</li>
 *   <li><b>Allowed, body returns</b>: if the body sealed, its entry committed with the change; otherwise (reads,
 *       writes that ended without committing) the entry is recorded in a transaction of its own before the result
 *       is returned: a read whose entry cannot be written returns nothing (fails closed).</li>
 *   <li><b>Allowed, body throws</b>: its transaction rolled back (with any sealed entry), so one {@code REJECTED}
 *       (an {@link NhiException} or {@link IllegalArgumentException}: a rule or an input check) or {@code ERROR}
 *       (anything else) entry is recorded in a transaction of its own, and the exception is rethrown.</li>
 * </ul>
 * The person concerned is logged as a keyed blind index of the 宛名番号 ({@link SubjectIndex}), never the number; a
 * malformed 宛名番号 is logged as no subject.
 *
 * <p>Thread safe. The state of a call in progress is per thread, so the body must seal on the calling thread.
 */
@Component(service = AccessGuard.class, configurationPid = OperationLogService.PID)
public class AccessGuard {
    private static final Logger LOG = LoggerFactory.getLogger(AccessGuard.class);
    private static final String NONE = "none";

    private final TenantRegistry tenants;
    private final OperationLogService log;
    private final SubjectIndex subjects;
    private final ThreadLocal<Deque<Pending>> pending = ThreadLocal.withInitial(ArrayDeque::new);

    /** The entry of a call in progress on this thread. */
    private static final class Pending {
        final String tenant;
        final OperationEntry ok;
        OperationOutcome outcome = OperationOutcome.OK;
        String subject;
        boolean sealed;

        Pending(String tenant, OperationEntry ok) {
            this.tenant = tenant;
            this.ok = ok;
            this.subject = ok.subjectIndex();
        }

        OperationEntry entry(OperationOutcome o) {
            return new OperationEntry(ok.staffId(), ok.role(), ok.action(), ok.purpose(), subject,
                ok.itemNames(), o, ok.requestId());
        }
    }

    /**
     * @param tenants the open tenant stores
     * @param log the operation log
     * @param config the operation log configuration (its key directory also holds the blind-index keys)
     */
    @Activate
    public AccessGuard(@Reference TenantRegistry tenants, @Reference OperationLogService log,
            OperationLogService.Config config) {
        this(tenants, log, new SubjectIndex(new TenantKeyStore(OperationLogService.keysDirectory(config))));
    }

    /**
     * A guard outside the component runtime (tools, tests).
     *
     * @param tenants the open tenant stores
     * @param log the operation log
     * @param subjects computes the logged subject of a 宛名番号
     * @return the guard
     */
    public static AccessGuard withSubjectIndex(TenantRegistry tenants, OperationLogService log, SubjectIndex subjects) {
        return new AccessGuard(tenants, log, subjects);
    }

    // private: SCR picks the component's constructor by its number of parameters, which this one shares
    private AccessGuard(TenantRegistry tenants, OperationLogService log, SubjectIndex subjects) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.log = Objects.requireNonNull(log, "log");
        this.subjects = Objects.requireNonNull(subjects, "subjects");
    }

    /**
     * Checks, runs and logs one operation with the operation's own purpose and items.
     *
     * @param <T> result type
     * @param tenantCode the targeted tenant, as the caller gave it
     * @param op the operation
     * @param atenaNo the 宛名番号 of the person concerned, or {@code null} if none
     * @param body the operation itself
     * @return what {@code body} returned
     * @throws AccessDeniedException if the caller may not perform {@code op} on {@code tenantCode}
     */
    public <T> T call(String tenantCode, Operation op, String atenaNo, Supplier<T> body) {
        return call(tenantCode, op, atenaNo, op.purpose(), op.items(), body);
    }

    /**
     * Checks, runs and logs one operation whose purpose and items are known only at run time (a transfer logs the
     * destination's legal basis and the items it sent).
     *
     * @param <T> result type
     * @param tenantCode the targeted tenant
     * @param op the operation
     * @param atenaNo the 宛名番号 of the person concerned, or {@code null}
     * @param purpose purpose or legal basis to log
     * @param items item names to log
     * @param body the operation itself
     * @return what {@code body} returned
     * @throws AccessDeniedException if the caller may not perform {@code op} on {@code tenantCode}
     */
    public <T> T call(String tenantCode, Operation op, String atenaNo, String purpose, List<String> items,
            Supplier<T> body) {
        Objects.requireNonNull(op, "op");
        Caller caller = Caller.current();
        Optional<Role> acting = decide(caller, tenantCode, op);
        if (acting.isEmpty()) {
            throw deny(caller, tenantCode, op, atenaNo);
        }
        Pending p = new Pending(tenantCode, new OperationEntry(caller.staffId(), acting.get().label(), op.action(),
            purpose, subjectOf(tenantCode, atenaNo), items, OperationOutcome.OK, requestId()));
        Deque<Pending> stack = pending.get();
        stack.push(p);
        T result;
        try {
            result = body.get();
        } catch (AccessDeniedException e) {
            throw e; // a nested operation was denied and logged
        } catch (RuntimeException | Error e) {
            OperationOutcome o = e instanceof NhiException || e instanceof IllegalArgumentException
                ? OperationOutcome.REJECTED : OperationOutcome.ERROR;
            recordAfterFailure(p, o, e);
            throw e;
        } finally {
            stack.pop();
            if (stack.isEmpty()) {
                pending.remove();
            }
        }
        if (!p.sealed && !(acting.get() == Role.SYSTEM && op.kind() == Operation.Kind.ADMIN_READ)) {
            // (the platform's health check reads delivery counts every few seconds; those reads are not logged)
            log.record(tenantCode, p.entry(p.outcome));
        }
        return result;
    }

    /**
     * Appends the entry of the operation in progress on this thread to {@code em}'s transaction, outcome OK.
     *
     * @param em an EntityManager of the targeted tenant's store, in the operation's transaction
     * @throws IllegalStateException if no guarded operation is in progress on this thread, or {@code em} belongs to
     *         another tenant's store
     */
    public void sealInTransaction(EntityManager em) {
        sealInTransaction(em, OperationOutcome.OK);
    }

    /**
     * Appends the entry of the operation in progress on this thread to {@code em}'s transaction.
     *
     * @param em an EntityManager of the targeted tenant's store, in the operation's transaction
     * @param outcome how the operation ended (a transfer attempt that failed is an {@code ERROR} that still commits
     *        its transfer record)
     * @throws IllegalStateException if no guarded operation is in progress on this thread, or {@code em} belongs to
     *         another tenant's store
     */
    public void sealInTransaction(EntityManager em, OperationOutcome outcome) {
        Pending p = current();
        String storeTenant = TenantStore.tenantCodeOf(em);
        if (!storeTenant.equals(p.tenant)) {
            throw new IllegalStateException("the operation targets tenant " + p.tenant + " but writes to " + storeTenant);
        }
        log.append(em, p.entry(outcome));
        p.sealed = true;
    }

    /**
     * Sets the outcome logged for the operation in progress when it ends without sealing, e.g. {@code REJECTED} for
     * an import whose file did not pass the checks (the method returns a report instead of throwing).
     *
     * @param outcome the outcome to log
     * @throws IllegalStateException if no guarded operation is in progress on this thread
     */
    public void outcome(OperationOutcome outcome) {
        current().outcome = Objects.requireNonNull(outcome, "outcome");
    }

    /**
     * Names the person concerned by the operation in progress when only its body finds out who it is (an operation
     * on a request identified by its reference): the entry is logged with that person's subject index.
     *
     * @param atenaNo the 宛名番号 of the person concerned
     * @throws IllegalStateException if no guarded operation is in progress on this thread
     */
    public void subject(String atenaNo) {
        Pending p = current();
        p.subject = subjectOf(p.tenant, atenaNo);
    }

    /**
     * Checks an operation that concerns no tenant (e.g. listing the destination services). Nothing is logged: there
     * is no tenant log to write to, and nothing of a tenant is read.
     *
     * @param op the operation
     * @throws AccessDeniedException if the caller holds no role that {@code op} allows, in any tenant
     */
    public void checkUntenanted(Operation op) {
        Caller caller = Caller.current();
        boolean ok = caller.system() && op.roles().contains(Role.SYSTEM)
            || caller.admin() && op.roles().contains(Role.ADMIN)
            || caller.tenantRoles().values().stream().flatMap(Set::stream).anyMatch(op.roles()::contains);
        if (!ok) {
            throw new AccessDeniedException(op.action() + " is not allowed for " + caller.staffId());
        }
    }

    /**
     * @param tenantCode the tenant
     * @param atenaNo a 宛名番号
     * @return the person's logged subject under every active blind-index key (for searching the log)
     */
    public List<String> subjectIndexes(String tenantCode, String atenaNo) {
        return subjects.lookupValues(tenantCode, atenaNo);
    }

    /**
     * Runs the platform's own work as the system principal {@code system:<name>}, the only caller allowed
     * {@link Operation.Kind#SYSTEM} operations.
     *
     * @param <T> result type
     * @param name what runs, e.g. {@code delivery}
     * @param work the work
     * @return what {@code work} returned
     */
    @SuppressWarnings("removal") // Subject.doAs is the mechanism Karaf 4.4's shell uses for its users as well
    public static <T> T runAsSystem(String name, Supplier<T> work) {
        Subject system = new Subject(true, Set.of(new SystemPrincipal(name)), Set.of(), Set.of());
        return Subject.doAs(system, (PrivilegedAction<T>) work::get);
    }

    /**
     * The decision, without side effects.
     *
     * @param caller who is calling
     * @param tenantCode the targeted tenant
     * @param op the operation
     * @return the role the caller acts in, or empty if denied
     */
    static Optional<Role> decide(Caller caller, String tenantCode, Operation op) {
        if (op.kind() == Operation.Kind.SYSTEM || caller.system()) {
            // only the system transfers, and the system does nothing it is not explicitly allowed
            return caller.system() && op.roles().contains(Role.SYSTEM) ? Optional.of(Role.SYSTEM) : Optional.empty();
        }
        if (tenantCode != null) {
            for (Role r : Role.values()) {
                if (op.roles().contains(r) && caller.rolesIn(tenantCode).contains(r)) {
                    return Optional.of(r);
                }
            }
        }
        if (caller.admin() && op.roles().contains(Role.ADMIN)) {
            return Optional.of(Role.ADMIN);
        }
        return Optional.empty();
    }

    private AccessDeniedException deny(Caller caller, String tenantCode, Operation op, String atenaNo) {
        String role = caller.system() ? Role.SYSTEM.label()
            : tenantCode != null && !caller.rolesIn(tenantCode).isEmpty()
                ? caller.rolesIn(tenantCode).stream().sorted().findFirst().orElseThrow().label()
                : caller.admin() ? Role.ADMIN.label() : NONE;
        AccessDeniedException denied = new AccessDeniedException(op.action() + " on tenant " + tenantCode
            + " is not allowed for " + caller.staffId() + " (role " + role + ")");
        if (tenantCode != null && tenants.find(tenantCode).isPresent()) {
            try {
                log.record(tenantCode, new OperationEntry(caller.staffId(), role, op.action(), op.purpose(),
                    subjectOf(tenantCode, atenaNo), op.items(), OperationOutcome.DENIED, requestId()));
            } catch (UnknownTenantException e) {
                // closed meanwhile: nothing to log to
            } catch (RuntimeException e) {
                LOG.error("Tenant {}: a denied {} by {} could not be logged ({})", tenantCode, op.action(),
                    caller.staffId(), e.toString());
                denied.addSuppressed(e);
            }
        }
        return denied;
    }

    private void recordAfterFailure(Pending p, OperationOutcome o, Throwable failure) {
        try {
            log.record(p.tenant, p.entry(o));
        } catch (UnknownTenantException e) {
            // the operation failed because the tenant is not open; there is no log to write to
        } catch (RuntimeException e) {
            LOG.error("Tenant {}: the {} outcome of {} could not be logged ({})", p.tenant, o, p.ok.action(),
                e.toString());
            failure.addSuppressed(e);
        }
    }

    private String subjectOf(String tenantCode, String atenaNo) {
        if (atenaNo == null || !atenaNo.matches("[0-9]{1,15}") || tenantCode == null
                || tenants.find(tenantCode).isEmpty()) {
            return "";
        }
        return subjects.compute(tenantCode, atenaNo);
    }

    private Pending current() {
        Pending p = pending.get().peek();
        if (p == null) {
            pending.remove();
            throw new IllegalStateException("no guarded operation is in progress on this thread (wrap it in"
                + " AccessGuard.call)");
        }
        return p;
    }

    private static String requestId() {
        return "req-" + UUID.randomUUID().toString().replace("-", "");
    }
}
