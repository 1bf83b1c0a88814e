package jp.openkokuho.nhi.eligibility.internal.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/**
 * Writes checkpoints of tenants' operation logs: when due (every {@link Policy#everyEntries()} entries, or once
 * {@link Policy#every()} has passed since the last checkpoint and the log has grown) and on demand.
 *
 * <p>A checkpoint is only ever written over committed entries, and only after the entries since the previous
 * checkpoint have been verified to extend its chain value: a log tampered with between two checkpoints is never
 * sealed. A refusal is an {@link AuditIntegrityException} (and an ERROR in the platform log, without personal data).
 *
 * <p>Thread safe: checkpoints of one tenant are taken one at a time.
 */
public final class Checkpointer {
    private static final Logger LOG = LoggerFactory.getLogger(Checkpointer.class);

    /**
     * When checkpoints are due.
     *
     * @param everyEntries a checkpoint after this many new entries (at least 1)
     * @param every a checkpoint when this much time has passed since the last one and there are new entries
     */
    public record Policy(long everyEntries, Duration every) {
        /** The defaults: 10,000 entries or 10 minutes. */
        public static final Policy DEFAULT = new Policy(10_000, Duration.ofMinutes(10));

        /** Checks the values. */
        public Policy {
            if (everyEntries < 1 || every.isNegative() || every.isZero()) {
                throw new IllegalArgumentException("checkpoint policy needs at least 1 entry and a positive period");
            }
        }
    }

    private final TenantKeyProvider keys;
    private final CheckpointStore checkpoints;
    private final AuditVerifier verifier;
    private final Policy policy;
    private final Clock clock;
    private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();
    /** Size of each tenant's last checkpoint, so the append path can tell cheaply whether one is due by count. */
    private final ConcurrentHashMap<String, Long> lastSizes = new ConcurrentHashMap<>();

    /**
     * @param keys the tenants' log keys
     * @param checkpoints where checkpoints are published
     * @param verifier verifies the entries a checkpoint will cover
     * @param policy when checkpoints are due
     * @param clock checkpoint times
     */
    public Checkpointer(TenantKeyProvider keys, CheckpointStore checkpoints, AuditVerifier verifier, Policy policy,
            Clock clock) {
        this.keys = keys;
        this.checkpoints = checkpoints;
        this.verifier = verifier;
        this.policy = policy;
        this.clock = clock;
    }

    /** @return the policy */
    public Policy policy() {
        return policy;
    }

    /**
     * Whether an entry just appended makes a checkpoint due by count. Cheap: no I/O once the tenant's last checkpoint
     * size is known.
     *
     * @param tenant the tenant code
     * @param seq the sequence number just appended
     * @return whether {@code seq} is at least {@link Policy#everyEntries()} past the last checkpoint
     */
    public boolean dueByCount(String tenant, long seq) {
        long last = lastSizes.computeIfAbsent(tenant, t -> lastCheckpoint(t).map(Checkpoint::size).orElse(0L));
        return seq - last >= policy.everyEntries();
    }

    /**
     * Writes a checkpoint if one is due.
     *
     * @param store the tenant's store
     * @return the checkpoint written, or empty if none was due
     * @throws AuditIntegrityException if the new entries do not extend the last checkpoint, or it is not valid
     */
    public Optional<Checkpoint> checkpointIfDue(TenantStore store) {
        return run(store, Mode.DUE);
    }

    /**
     * Writes a checkpoint if the log has grown since the last one (or raises the alarm if it shrank), due or not
     * (used when the platform stops, so the newest entries do not wait for the next start to be covered).
     *
     * @param store the tenant's store
     * @return the checkpoint written, or empty if the log has not grown
     * @throws AuditIntegrityException if the new entries do not extend the last checkpoint, or it is not valid
     */
    public Optional<Checkpoint> checkpointIfGrown(TenantStore store) {
        return run(store, Mode.GROWN);
    }

    /**
     * Writes a checkpoint now, even if the log has not grown (it then states "still {@code size} entries at
     * {@code time}").
     *
     * @param store the tenant's store
     * @return the checkpoint written
     * @throws AuditIntegrityException if the new entries do not extend the last checkpoint, or it is not valid
     */
    public Checkpoint checkpoint(TenantStore store) {
        return run(store, Mode.ALWAYS).orElseThrow();
    }

    private enum Mode { DUE, GROWN, ALWAYS }

    private Optional<Checkpoint> run(TenantStore store, Mode mode) {
        String tenant = store.tenant().code();
        synchronized (locks.computeIfAbsent(tenant, t -> new Object())) {
            Checkpoint last = lastCheckpoint(tenant).orElse(null);
            long lastSize = last == null ? 0 : last.size();
            String lastHead = last == null ? CanonicalEncoding.GENESIS_HEX : last.head();
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            VerificationResult extended = store.read(em -> {
                long size = AuditVerifier.counter(em);
                boolean write = switch (mode) {
                    case DUE -> due(last, size, now);
                    case GROWN -> size != lastSize;
                    case ALWAYS -> true;
                };
                if (!write) {
                    return null;
                }
                if (size < lastSize) {
                    return new VerificationResult(tenant, size, "", null, new VerificationResult.Failure(size + 1,
                        size + 1, VerificationResult.Reason.TRUNCATED, "the store's counter records " + size
                            + " entries but the last checkpoint recorded " + lastSize));
                }
                return verifier.extend(tenant, lastSize, lastHead, AuditVerifier.entries(em, lastSize, size), size);
            });
            if (extended == null) {
                return Optional.empty();
            }
            if (!extended.ok()) {
                VerificationResult.Failure f = extended.failure();
                LOG.error("Tenant {}: no operation log checkpoint written, the log does not extend the last checkpoint:"
                    + " {} at entry {}", tenant, f.reason(), f.seq());
                throw new AuditIntegrityException(tenant, f.seq(), "no checkpoint written: " + f.reason() + ", "
                    + f.detail());
            }
            Checkpoint c = Checkpoint.seal(tenant, extended.entries(), extended.head(), now, keys.current(tenant));
            checkpoints.append(c);
            lastSizes.put(tenant, c.size());
            LOG.debug("Tenant {}: operation log checkpoint at {} entries", tenant, c.size());
            return Optional.of(c);
        }
    }

    /** Whether a checkpoint of a log of {@code size} entries is due at {@code now}. */
    boolean due(Checkpoint last, long size, Instant now) {
        long lastSize = last == null ? 0 : last.size();
        if (size < lastSize) {
            return true; // shorter than checkpointed: go on, so the check raises the alarm
        }
        if (size - lastSize >= policy.everyEntries()) {
            return true;
        }
        return size > lastSize && (last == null || !now.isBefore(last.time().plus(policy.every())));
    }

    /** The tenant's last checkpoint, with its seal checked. */
    private Optional<Checkpoint> lastCheckpoint(String tenant) {
        Optional<Checkpoint> last;
        try {
            last = checkpoints.last(tenant);
        } catch (InvalidCheckpointException e) {
            LOG.error("Tenant {}: {}", tenant, e.getMessage());
            throw new AuditIntegrityException(tenant, 0, e.getMessage());
        }
        if (last.isPresent()) {
            Checkpoint c = last.get();
            Optional<TenantKey> key = keys.find(tenant, c.keyId());
            if (key.isEmpty() || !c.sealedWith(key.get())) {
                LOG.error("Tenant {}: the most recent operation log checkpoint does not carry a valid seal", tenant);
                throw new AuditIntegrityException(tenant, c.size(), "the most recent checkpoint does not carry a valid"
                    + " seal: the checkpoint store was edited");
            }
        }
        return last;
    }
}
