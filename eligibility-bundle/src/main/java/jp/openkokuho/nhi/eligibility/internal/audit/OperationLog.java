package jp.openkokuho.nhi.eligibility.internal.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.crypto.Mac;

import jakarta.persistence.EntityManager;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/**
 * Appends entries to a tenant's operation log (操作ログ) inside the caller's transaction, so an operation and its log
 * entry commit or roll back together.
 *
 * <p>{@link #append} takes the tenant's {@code operation_log} counter row under a row lock
 * ({@code UPDATE NHI_COUNTER}), which serialises the tenant's appenders until the transaction ends: the sequence is gapless (a rollback returns the
 * number), there is never a fork (one predecessor per entry), and sequence order is commit order. It then reads the
 * predecessor's chain value, computes {@code h_seq = HMAC(K, h_(seq-1) || canonical(entry))} (see
 * {@link CanonicalEncoding}) with the tenant's current key, and inserts the row.
 *
 * <p>Callers that already take another counter lock (the outbox) should take it first and append afterwards, always
 * in that order, so two kinds of writer never wait on each other in opposite orders.
 *
 * <p>Thread safe and stateless apart from its collaborators; concurrency is handled by the database lock.
 */
public final class OperationLog {
    private static final Logger LOG = LoggerFactory.getLogger(OperationLog.class);

    /** Told about every appended entry (still inside the caller's transaction); must return quickly. */
    @FunctionalInterface
    public interface AppendListener {
        /**
         * @param tenant the tenant code
         * @param seq the entry's sequence number
         */
        void appended(String tenant, long seq);
    }

    private final TenantKeyProvider keys;
    private final Clock clock;
    private final AppendListener listener;

    /**
     * @param keys the tenants' log keys
     * @param clock source of entry times (stored in UTC, to the microsecond)
     * @param listener told after each append; may be {@code null}
     */
    public OperationLog(TenantKeyProvider keys, Clock clock, AppendListener listener) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.listener = listener == null ? (t, s) -> { } : listener;
    }

    /**
     * Appends one entry in the caller's transaction. The tenant is the one whose store {@code em} works on.
     *
     * <p>The entry is flushed at once (together with whatever the caller has pending) and is visible to others only
     * when the caller commits; if the caller rolls back, the entry and its sequence number disappear together. The
     * caller holds the tenant's log lock from here until it commits or rolls back, so it should append late in its
     * transaction and commit promptly.
     *
     * @param em an EntityManager of a tenant store with an active transaction
     * @param entry what to log
     * @return the entry as stored, with its sequence number, time and chain value
     * @throws IllegalStateException if {@code em} has no active transaction or the store has no log (schema &lt; 3)
     * @throws IllegalArgumentException if {@code em} does not belong to a tenant store
     * @throws AuditIntegrityException if the predecessor entry is missing or damaged; nothing is appended and the
     *         caller's transaction should be rolled back (the log fails closed)
     * @throws jakarta.persistence.PersistenceException on a database failure
     */
    public LoggedOperation append(EntityManager em, OperationEntry entry) {
        return appendAll(em, List.of(Objects.requireNonNull(entry, "entry"))).get(0);
    }

    /**
     * Appends several entries in the caller's transaction, in order, with consecutive sequence numbers: one per
     * operation of a batch job that does many in one transaction. Takes the lock and reads the predecessor once.
     * Same contract as {@link #append}.
     *
     * @param em an EntityManager of a tenant store with an active transaction
     * @param entries what to log, in order; may be empty
     * @return the entries as stored, in order
     * @throws IllegalStateException if {@code em} has no active transaction or the store has no log (schema &lt; 3)
     * @throws IllegalArgumentException if {@code em} does not belong to a tenant store
     * @throws AuditIntegrityException if the predecessor entry is missing or damaged (nothing is appended)
     * @throws jakarta.persistence.PersistenceException on a database failure
     */
    public List<LoggedOperation> appendAll(EntityManager em, List<OperationEntry> entries) {
        List<OperationEntry> todo = List.copyOf(entries);
        if (!em.getTransaction().isActive()) {
            throw new IllegalStateException("an operation log entry is appended inside the operation's transaction");
        }
        String tenant = TenantStore.tenantCodeOf(em);
        if (todo.isEmpty()) {
            return List.of();
        }
        int locked = em.createNativeQuery("UPDATE NHI_COUNTER SET COUNTER_VALUE = COUNTER_VALUE + " + todo.size()
            + " WHERE COUNTER_NAME = '" + AuditVerifier.COUNTER + "'").executeUpdate();
        if (locked != 1) {
            throw new IllegalStateException("tenant store " + tenant + " has no operation log (schema version < 3)");
        }
        long first = AuditVerifier.counter(em) - todo.size() + 1;
        byte[] previous = first == 1 ? CanonicalEncoding.GENESIS : previous(em, first - 1);
        if (previous == null) {
            LOG.error("Tenant {}: operation log entry {} is missing or damaged; appends are refused until the log is"
                + " examined", tenant, first - 1);
            throw new AuditIntegrityException(tenant, first - 1, "entry " + (first - 1) + " is missing or damaged;"
                + " nothing can be chained on it until the log is examined (verify the log)");
        }
        TenantKey key = keys.current(tenant);
        Mac mac = key.newMac();
        // PostgreSQL keeps microseconds: the time must read back exactly as it was chained
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<LoggedOperation> sealed = new ArrayList<>(todo.size());
        List<OperationLogEntity> rows = new ArrayList<>(todo.size());
        long seq = first;
        for (OperationEntry entry : todo) {
            LoggedOperation unsealed = new LoggedOperation(seq++, tenant, now, entry.staffId(), entry.role(),
                entry.action(), entry.purpose(), entry.subjectIndex(), entry.itemList(), entry.outcome().name(),
                entry.requestId(), key.id(), CanonicalEncoding.FORMAT_VERSION, "");
            previous = CanonicalEncoding.link(mac, previous, CanonicalEncoding.encode(unsealed));
            LoggedOperation done = unsealed.withHmac(CanonicalEncoding.hex(previous));
            sealed.add(done);
            OperationLogEntity row = OperationLogEntity.of(done);
            em.persist(row);
            rows.add(row);
        }
        em.flush();
        // the rows are written; keeping them managed would make every later flush of a long transaction slower
        rows.forEach(em::detach);
        for (LoggedOperation e : sealed) {
            listener.appended(tenant, e.seq());
        }
        return sealed;
    }

    private static byte[] previous(EntityManager em, long seq) {
        List<?> h = em.createNativeQuery("SELECT ENTRY_HMAC FROM NHI_OPERATION_LOG WHERE SEQ = ?")
            .setParameter(1, seq).getResultList();
        return h.isEmpty() ? null : CanonicalEncoding.parseHead((String) h.get(0));
    }
}
