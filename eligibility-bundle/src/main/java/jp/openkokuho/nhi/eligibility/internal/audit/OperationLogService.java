package jp.openkokuho.nhi.eligibility.internal.audit;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.openkokuho.nhi.eligibility.internal.tenant.TenantRegistry;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/**
 * The operation log (操作ログ) of every tenant, for the core's services and the audit commands: append an entry in the
 * caller's transaction, record one in a transaction of its own, verify a tenant's log, search it, and write
 * checkpoints (every {@code checkpoint.every.entries} entries, every {@code checkpoint.every.minutes} minutes when the
 * log has grown, on demand, and when the platform stops).
 *
 * <p>Keys are files under {@code keys.dir} (default {@code ${karaf.etc}/nhi/keys}) and checkpoints are lines of files
 * under {@code checkpoints.dir} (default {@code ${karaf.data}/nhi/checkpoints}); neither is in a tenant database. See
 * docs/security-audit-log.md.
 *
 * <p>Thread safe. Checkpoints run on one background thread, never in a caller's transaction; a failure to write one is
 * logged and never fails the business operation that triggered it.
 */
@Component(service = OperationLogService.class, immediate = true, configurationPid = OperationLogService.PID)
@Designate(ocd = OperationLogService.Config.class)
public class OperationLogService {
    /** Configuration PID. */
    public static final String PID = "jp.openkokuho.nhi.audit";
    /** Most entries one search returns. */
    public static final int MAX_SEARCH = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(OperationLogService.class);

    /** Where keys and checkpoints live and how often checkpoints are written. */
    @ObjectClassDefinition(name = "NHI operation log (操作ログ)",
            description = "Tamper-evident operation log: keys, checkpoints and their interval")
    public @interface Config {
        /** @return key directory; empty for ${karaf.etc}/nhi/keys */
        @AttributeDefinition(name = "Key directory", description = "Empty: ${karaf.etc}/nhi/keys. Outside every"
            + " tenant database; back it up, a lost key makes its entries unverifiable")
        String keys_dir() default "";

        /** @return checkpoint directory; empty for ${karaf.data}/nhi/checkpoints */
        @AttributeDefinition(name = "Checkpoint directory", description = "Empty: ${karaf.data}/nhi/checkpoints."
            + " Outside every tenant database; make the files append-only")
        String checkpoints_dir() default "";

        /** @return entries between checkpoints */
        @AttributeDefinition(name = "Checkpoint every N entries")
        long checkpoint_every_entries() default 10_000;

        /** @return minutes between checkpoints (when the log has grown) */
        @AttributeDefinition(name = "Checkpoint every T minutes")
        long checkpoint_every_minutes() default 10;
    }

    private final TenantRegistry tenants;
    private final TenantKeyProvider keys;
    private final OperationLog log;
    private final AuditVerifier verifier;
    private final Checkpointer checkpointer;
    private final Executor background;
    private final ScheduledExecutorService scheduler;
    /** Tenants with a count-triggered checkpoint queued, so a burst of appends queues one, not thousands. */
    private final Set<String> queued = ConcurrentHashMap.newKeySet();

    /**
     * @param tenants the open tenant stores
     * @param config directories and checkpoint interval
     */
    @Activate
    public OperationLogService(@Reference TenantRegistry tenants, Config config) {
        this(tenants, new FileTenantKeyProvider(dir(config.keys_dir(), "karaf.etc", "keys"), new SecureRandom()),
            new FileCheckpointStore(dir(config.checkpoints_dir(), "karaf.data", "checkpoints")),
            new Checkpointer.Policy(config.checkpoint_every_entries(),
                Duration.ofMinutes(config.checkpoint_every_minutes())),
            Clock.systemUTC(), Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "nhi-audit-checkpoint");
                t.setDaemon(true);
                return t;
            }));
    }

    /**
     * For tests and embedding. Count-triggered checkpoints run on {@code background}; if it is a
     * {@link ScheduledExecutorService} it also runs the periodic pass (and is shut down by {@link #close()}),
     * otherwise there is no periodic pass and the caller runs {@link #runDueCheckpoints()} itself.
     *
     * @param tenants the open tenant stores
     * @param keys the tenants' log keys
     * @param checkpoints where checkpoints are published
     * @param policy when checkpoints are due
     * @param clock entry and checkpoint times
     * @param background runs count-triggered checkpoints; must not run them inline (they read committed data and
     *        would wait for the triggering transaction)
     */
    public OperationLogService(TenantRegistry tenants, TenantKeyProvider keys, CheckpointStore checkpoints,
            Checkpointer.Policy policy, Clock clock, Executor background) {
        if (TimeZone.getDefault().observesDaylightTime()) {
            // TIMESTAMP columns go through the JVM's zone; across a daylight-saving gap a UTC time can come back
            // shifted by an hour and its entry would then fail verification
            LOG.warn("The JVM time zone {} has daylight saving time; run the platform in a zone without it"
                + " (Asia/Tokyo or UTC) so operation log times read back exactly", TimeZone.getDefault().getID());
        }
        this.tenants = tenants;
        this.keys = keys;
        this.verifier = new AuditVerifier(keys, checkpoints);
        this.checkpointer = new Checkpointer(keys, checkpoints, verifier, policy, clock);
        this.log = new OperationLog(keys, clock, this::appended);
        this.background = background;
        if (background instanceof ScheduledExecutorService s) {
            this.scheduler = s;
            // a pass at least every minute, so a checkpoint is at most a minute later than the period asks
            long ms = Math.min(policy.every().toMillis(), Duration.ofMinutes(1).toMillis());
            s.scheduleWithFixedDelay(this::runDueCheckpoints, ms, ms, TimeUnit.MILLISECONDS);
        } else {
            this.scheduler = null;
        }
    }

    /** Stops the background thread, then checkpoints every tenant whose log has grown (best effort). */
    @Deactivate
    public void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            try {
                scheduler.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (TenantStore store : tenants.stores()) {
            try {
                checkpointer.checkpointIfGrown(store);
            } catch (RuntimeException e) {
                LOG.warn("Tenant {}: no final operation log checkpoint ({})", store.tenant().code(), e.getMessage());
            }
        }
    }

    /**
     * Appends an entry in the caller's transaction (see {@link OperationLog#append}). Use it for every operation that
     * commits: the change and its entry then commit or roll back together.
     *
     * @param em an EntityManager of the tenant's store, in the operation's transaction
     * @param entry what to log
     * @return the entry as stored
     * @throws AuditIntegrityException if the log is damaged at its end (the operation must roll back)
     */
    public LoggedOperation append(EntityManager em, OperationEntry entry) {
        return log.append(em, entry);
    }

    /**
     * Records an entry in a transaction of its own. Use it for operations that change nothing or were refused
     * (reads, {@link OperationOutcome#DENIED}, {@link OperationOutcome#REJECTED}, {@link OperationOutcome#ERROR}):
     * their own transaction rolls back, so an entry appended there would vanish with it.
     *
     * @param tenantCode the tenant (from the authenticated caller)
     * @param entry what to log
     * @return the entry as stored
     * @throws jp.openkokuho.nhi.api.tenant.UnknownTenantException if the tenant is not open
     * @throws AuditIntegrityException if the log is damaged at its end
     */
    public LoggedOperation record(String tenantCode, OperationEntry entry) {
        return tenants.store(tenantCode).inTransaction(em -> log.append(em, entry));
    }

    /**
     * Verifies a tenant's whole log against its checkpoints.
     *
     * @param tenantCode the tenant
     * @return OK with the number of entries and the head, or the first broken entry and the reason
     * @throws jp.openkokuho.nhi.api.tenant.UnknownTenantException if the tenant is not open
     */
    public VerificationResult verify(String tenantCode) {
        VerificationResult r = verifier.verify(tenants.store(tenantCode));
        if (!r.ok()) {
            LOG.error("Tenant {}: operation log verification failed: {} at entry {}", tenantCode,
                r.failure().reason(), r.failure().seq());
        }
        return r;
    }

    /**
     * Searches a tenant's log. Every criterion may be {@code null} (not restricted).
     *
     * @param tenantCode the tenant
     * @param from earliest time, inclusive
     * @param to latest time, exclusive
     * @param staffId exactly this staff member
     * @param action exactly this operation
     * @param subjectIndex exactly this subject blind index
     * @param limit most entries returned, 1 to {@value #MAX_SEARCH}
     * @return matching entries in log order (oldest first), at most {@code limit}
     * @throws IllegalArgumentException if {@code limit} is out of range
     * @throws jp.openkokuho.nhi.api.tenant.UnknownTenantException if the tenant is not open
     */
    public List<LoggedOperation> search(String tenantCode, Instant from, Instant to, String staffId, String action,
            String subjectIndex, int limit) {
        if (limit < 1 || limit > MAX_SEARCH) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_SEARCH);
        }
        TenantStore store = tenants.store(tenantCode);
        StringBuilder sql = new StringBuilder("SELECT " + AuditVerifier.COLUMNS
            + " FROM NHI_OPERATION_LOG WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (from != null) {
            sql.append(" AND OCCURRED_AT >= ?");
            args.add(Timestamp.valueOf(LocalDateTime.ofInstant(from, ZoneOffset.UTC)));
        }
        if (to != null) {
            sql.append(" AND OCCURRED_AT < ?");
            args.add(Timestamp.valueOf(LocalDateTime.ofInstant(to, ZoneOffset.UTC)));
        }
        if (staffId != null) {
            sql.append(" AND STAFF_ID = ?");
            args.add(staffId);
        }
        if (action != null) {
            sql.append(" AND ACTION_NAME = ?");
            args.add(action);
        }
        if (subjectIndex != null) {
            sql.append(" AND SUBJECT_INDEX = ?");
            args.add(subjectIndex);
        }
        sql.append(" ORDER BY SEQ");
        return store.read(em -> {
            Query q = em.createNativeQuery(sql.toString());
            for (int i = 0; i < args.size(); i++) {
                q.setParameter(i + 1, args.get(i));
            }
            List<LoggedOperation> out = new ArrayList<>();
            for (Object r : q.setMaxResults(limit).getResultList()) {
                out.add(AuditVerifier.row((Object[]) r));
            }
            return out;
        });
    }

    /**
     * Writes a checkpoint of a tenant's log now.
     *
     * @param tenantCode the tenant
     * @return the checkpoint written
     * @throws AuditIntegrityException if the entries since the last checkpoint do not verify (none is written)
     * @throws jp.openkokuho.nhi.api.tenant.UnknownTenantException if the tenant is not open
     */
    public Checkpoint checkpoint(String tenantCode) {
        return checkpointer.checkpoint(tenants.store(tenantCode));
    }

    /**
     * Makes a new key current for a tenant's log; later entries and checkpoints name it, earlier ones keep theirs.
     *
     * @param tenantCode the tenant
     * @return the new key's id
     * @throws jp.openkokuho.nhi.api.tenant.UnknownTenantException if the tenant is not open
     */
    public String rotateKey(String tenantCode) {
        return keys.rotate(tenants.store(tenantCode).tenant().code()).id();
    }

    /**
     * One pass of the periodic schedule: a checkpoint for every open tenant for which one is due. Failures are logged
     * and do not stop the pass.
     *
     * @return the number of checkpoints written
     */
    public int runDueCheckpoints() {
        int written = 0;
        for (TenantStore store : tenants.stores()) {
            if (checkpointQuietly(store.tenant().code(), store).isPresent()) {
                written++;
            }
        }
        return written;
    }

    private void appended(String tenant, long seq) {
        try {
            if (checkpointer.dueByCount(tenant, seq) && queued.add(tenant)) {
                background.execute(() -> {
                    queued.remove(tenant);
                    Optional<TenantStore> store = tenants.stores().stream()
                        .filter(s -> s.tenant().code().equals(tenant)).findFirst();
                    store.ifPresent(s -> checkpointQuietly(tenant, s));
                });
            }
        } catch (RuntimeException e) {
            // a broken checkpoint store must not fail the business operation; the pass and verify report it
            LOG.error("Tenant {}: cannot schedule an operation log checkpoint ({})", tenant, e.getMessage());
        }
    }

    private Optional<Checkpoint> checkpointQuietly(String tenant, TenantStore store) {
        try {
            return checkpointer.checkpointIfDue(store);
        } catch (AuditIntegrityException e) {
            return Optional.empty(); // already logged at ERROR by the checkpointer
        } catch (RuntimeException e) {
            LOG.error("Tenant {}: operation log checkpoint failed ({}: {})", tenant, e.getClass().getSimpleName(),
                e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * @param config the operation log configuration
     * @return the key directory it names (default {@code ${karaf.etc}/nhi/keys}); the tenants' blind-index keys live
     *         there too
     */
    public static Path keysDirectory(Config config) {
        return dir(config.keys_dir(), "karaf.etc", "keys");
    }

    private static Path dir(String configured, String karafProperty, String name) {
        if (!configured.isBlank()) {
            return Path.of(configured);
        }
        String base = System.getProperty(karafProperty);
        if (base == null || base.isBlank()) {
            throw new IllegalStateException("operation log: no " + name + " directory configured and no "
                + karafProperty);
        }
        return Path.of(base, "nhi", name);
    }
}
