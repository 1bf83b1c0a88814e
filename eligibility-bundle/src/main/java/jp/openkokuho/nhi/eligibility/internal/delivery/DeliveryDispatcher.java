package jp.openkokuho.nhi.eligibility.internal.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.persistence.EntityManager;

import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.openkokuho.nhi.api.transfer.DeliveryResult;
import jp.openkokuho.nhi.api.transfer.DestinationInfo;
import jp.openkokuho.nhi.api.transfer.DestinationStatus;
import jp.openkokuho.nhi.api.transfer.EligibilityChange;
import jp.openkokuho.nhi.api.transfer.EligibilityChangeConsumer;
import jp.openkokuho.nhi.api.transfer.TransferConstants;
import jp.openkokuho.nhi.api.transfer.TransferOutcome;
import jp.openkokuho.nhi.api.transfer.TransferRecord;
import jp.openkokuho.nhi.api.transfer.TransferStatusService;
import jp.openkokuho.nhi.eligibility.internal.audit.OperationOutcome;
import jp.openkokuho.nhi.eligibility.internal.security.AccessGuard;
import jp.openkokuho.nhi.eligibility.internal.security.Operation;
import jp.openkokuho.nhi.eligibility.internal.store.DeliveryEntity;
import jp.openkokuho.nhi.eligibility.internal.store.OutboxEventEntity;
import jp.openkokuho.nhi.eligibility.internal.store.TransferRecordEntity;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantRegistry;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/**
 * Delivers the tenants' outbox events to the destination services (at least once, in order per subject).
 *
 * <p>One dispatcher thread makes passes: on every poll interval, and at once when a change commits or a destination
 * appears. A pass goes through each open tenant and each destination the tenant uses and has bound now, loads the
 * due deliveries in outbox order, and calls the destination for each on a separate call thread with a timeout. No
 * lock is held while destination code runs. A delivery becomes DELIVERED only after the destination returned
 * {@link DeliveryResult#OK}; a failure, exception or timeout schedules a retry with exponential backoff, and after the
 * configured attempts (or a CANCEL) the delivery is DEAD. Any delivery that is not done blocks the later deliveries of
 * the same subject to that destination, so per-subject order holds across retries, dead letters and restarts.
 *
 * <p>Destinations come and go at runtime (hot swap): while none is bound for an id, its deliveries simply wait.
 * Deliveries of a person whose use is suspended (利用停止, NHI_USE_SUSPENSION) wait the same way until it ends.
 */
@Component(service = {TransferStatusService.class, OutboxSignal.class}, immediate = true,
        configurationPid = DeliveryDispatcher.PID)
@Designate(ocd = DeliveryDispatcher.Config.class)
public class DeliveryDispatcher implements TransferStatusService, OutboxSignal {
    /** Configuration PID. */
    public static final String PID = "jp.openkokuho.nhi.delivery";
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryDispatcher.class);

    /** Delivery settings. */
    @ObjectClassDefinition(name = "NHI delivery dispatcher", description = "Retry and timeout policy of deliveries")
    public @interface Config {
        /** @return poll interval */
        @AttributeDefinition(name = "Poll interval (ms)")
        long poll_interval_ms() default 1000;

        /** @return attempts before a delivery is dead-lettered */
        @AttributeDefinition(name = "Attempts before dead letter")
        int max_attempts() default 8;

        /** @return first retry delay */
        @AttributeDefinition(name = "First retry delay (ms)")
        long retry_initial_delay_ms() default 1000;

        /** @return longest retry delay */
        @AttributeDefinition(name = "Longest retry delay (ms)")
        long retry_max_delay_ms() default 600_000;

        /** @return timeout of one destination call */
        @AttributeDefinition(name = "Destination call timeout (ms)")
        long consumer_timeout_ms() default 30_000;

        /** @return deliveries loaded per destination and pass */
        @AttributeDefinition(name = "Batch size")
        int batch_size() default 200;
    }

    /**
     * Plain settings, so tests need no annotation proxy.
     *
     * @param pollInterval time between passes
     * @param maxAttempts attempts before a delivery is dead-lettered
     * @param retryInitialDelay delay before the first retry (doubles each time)
     * @param retryMaxDelay longest delay between retries
     * @param consumerTimeout timeout of one destination call
     * @param batchSize deliveries loaded per destination and pass
     */
    public record Settings(Duration pollInterval, int maxAttempts, Duration retryInitialDelay, Duration retryMaxDelay,
            Duration consumerTimeout, int batchSize) {
        static Settings of(Config c) {
            return new Settings(Duration.ofMillis(c.poll_interval_ms()), c.max_attempts(),
                Duration.ofMillis(c.retry_initial_delay_ms()), Duration.ofMillis(c.retry_max_delay_ms()),
                Duration.ofMillis(c.consumer_timeout_ms()), c.batch_size());
        }
    }

    /** A bound destination service and what it declares. Identity matters: a swap replaces the entry. */
    private record Bound(EligibilityChangeConsumer consumer, int ranking, long serviceId, String name,
            String legalBasis, List<String> items, String bundle, String version) {
    }

    private final TenantRegistry tenants;
    private final AccessGuard guard;
    private final Settings settings;
    private final Clock clock;
    private final ConcurrentHashMap<String, List<Bound>> consumers = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, List<TransferPolicy>> policies = new ConcurrentHashMap<>();
    /** The refusal last logged per destination, so a refused destination is logged once, not every pass. */
    private final ConcurrentHashMap<String, String> loggedRefusals = new ConcurrentHashMap<>();
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private final ScheduledExecutorService dispatcher;
    private final ExecutorService calls;
    private final boolean scheduled;
    /** Only one pass at a time: two passes would both see a row as due and deliver it twice. */
    private final ReentrantLock passLock = new ReentrantLock();

    /**
     * @param tenants open tenant stores
     * @param guard authorises and logs the status calls and every transfer attempt
     * @param config settings
     */
    @Activate
    public DeliveryDispatcher(@Reference TenantRegistry tenants, @Reference AccessGuard guard, Config config) {
        this(tenants, guard, Settings.of(config), Clock.systemUTC(), true);
    }

    /**
     * @param tenants open tenant stores
     * @param guard authorises and logs the status calls and every transfer attempt
     * @param settings settings
     * @param clock time source
     * @param scheduled {@code true} to run passes on the dispatcher thread by itself; {@code false} for tests
     *        that call {@link #runPass()} themselves
     */
    public DeliveryDispatcher(TenantRegistry tenants, AccessGuard guard, Settings settings, Clock clock,
            boolean scheduled) {
        this.tenants = tenants;
        this.guard = guard;
        this.settings = settings;
        this.clock = clock;
        this.dispatcher = Executors.newSingleThreadScheduledExecutor(named("nhi-delivery-dispatcher"));
        this.calls = Executors.newCachedThreadPool(named("nhi-delivery-call"));
        this.scheduled = scheduled;
        if (scheduled) {
            long ms = settings.pollInterval().toMillis();
            dispatcher.scheduleWithFixedDelay(this::safePass, ms, ms, TimeUnit.MILLISECONDS);
        }
    }

    /** Stops the threads; deliveries in flight are abandoned and retried on the next start. */
    @Deactivate
    public void close() {
        dispatcher.shutdownNow();
        calls.shutdownNow();
        try {
            dispatcher.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindConsumer(EligibilityChangeConsumer consumer, ServiceReference<EligibilityChangeConsumer> ref) {
        Map<String, Object> props = new java.util.HashMap<>();
        for (String key : ref.getPropertyKeys()) {
            props.put(key, ref.getProperty(key));
        }
        add(consumer, props, ref.getBundle() == null ? "?" : ref.getBundle().getSymbolicName(),
            ref.getBundle() == null ? "?" : ref.getBundle().getVersion().toString());
    }

    void unbindConsumer(EligibilityChangeConsumer consumer, ServiceReference<EligibilityChangeConsumer> ref) {
        remove(consumer, (String) ref.getProperty(TransferConstants.DESTINATION_ID));
    }

    private void add(EligibilityChangeConsumer consumer, Map<String, Object> props, String bundle, String version) {
        String id = destinationId(props);
        if (id == null) {
            LOG.error("A destination service without {} was ignored (service.id {})",
                TransferConstants.DESTINATION_ID, props.get(Constants.SERVICE_ID));
            return;
        }
        Bound b = new Bound(consumer, ranking(props), ((Number) props.get(Constants.SERVICE_ID)).longValue(),
            text(props.get(TransferConstants.DESTINATION_NAME)), text(props.get(TransferConstants.DESTINATION_LEGAL_BASIS)),
            TransferPolicy.names(strings(props.get(TransferConstants.DESTINATION_ITEMS))), bundle, version);
        consumers.compute(id, (k, list) -> {
            List<Bound> l = list == null ? new ArrayList<>() : new ArrayList<>(list);
            l.add(b);
            // highest ranking first, then the oldest service
            l.sort((x, y) -> x.ranking != y.ranking ? Integer.compare(y.ranking, x.ranking)
                : Long.compare(x.serviceId, y.serviceId));
            return l;
        });
        LOG.info("Destination {} bound (service.id {})", id, b.serviceId);
        wake();
    }

    private void remove(EligibilityChangeConsumer consumer, String id) {
        if (id == null) {
            return;
        }
        consumers.computeIfPresent(id, (k, list) -> {
            List<Bound> l = new ArrayList<>(list);
            l.removeIf(b -> b.consumer == consumer);
            return l.isEmpty() ? null : l;
        });
        LOG.info("Destination {} unbound", id);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindPolicy(TransferPolicyComponent component) {
        putPolicy(component.policy());
    }

    void unbindPolicy(TransferPolicyComponent component) {
        removePolicy(component.policy());
    }

    /**
     * Adds a transfer policy (configuration, or tests).
     *
     * @param policy the policy
     */
    public void putPolicy(TransferPolicy policy) {
        policies.compute(policy.destinationId(), (k, l) -> {
            List<TransferPolicy> n = l == null ? new ArrayList<>() : new ArrayList<>(l);
            n.add(policy);
            return n;
        });
        wake();
    }

    /** @param policy a policy added before */
    public void removePolicy(TransferPolicy policy) {
        policies.computeIfPresent(policy.destinationId(), (k, l) -> {
            List<TransferPolicy> n = new ArrayList<>(l);
            n.remove(policy);
            return n.isEmpty() ? null : n;
        });
    }

    /** @return {@code null} if the bound destination may receive changes, else why not */
    private String refusal(String id, Bound b) {
        List<TransferPolicy> p = policies.get(id);
        if (p == null || p.isEmpty()) {
            return "no transfer policy for destination " + id + ": nothing is delivered (default deny)";
        }
        if (p.size() > 1) {
            return p.size() + " transfer policies name destination " + id + "; keep exactly one";
        }
        return p.get(0).refusal(b.legalBasis, b.items);
    }

    /**
     * Registers a destination without OSGi (tests).
     *
     * @param id destination id
     * @param legalBasis the legal basis it declares
     * @param items the items it declares
     * @param consumer the destination
     */
    public void bind(String id, String legalBasis, List<String> items, EligibilityChangeConsumer consumer) {
        add(consumer, Map.of(TransferConstants.DESTINATION_ID, id, Constants.SERVICE_ID,
            (long) System.identityHashCode(consumer), TransferConstants.DESTINATION_LEGAL_BASIS, legalBasis,
            TransferConstants.DESTINATION_ITEMS, items.toArray(new String[0])), "test", "0");
    }

    /**
     * Unregisters a destination bound by {@link #bind}.
     *
     * @param id destination id
     * @param consumer the destination
     */
    public void unbind(String id, EligibilityChangeConsumer consumer) {
        remove(consumer, id);
    }

    @Override
    public void changesCommitted(String tenantCode) {
        wake();
    }

    private void wake() {
        if (scheduled && wakeQueued.compareAndSet(false, true)) {
            try {
                dispatcher.execute(() -> {
                    wakeQueued.set(false);
                    safePass();
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                wakeQueued.set(false); // shutting down
            }
        }
    }

    private void safePass() {
        try {
            runPass();
        } catch (RuntimeException e) {
            LOG.warn("Delivery pass failed, retried on the next pass: {}", e.toString());
        }
    }

    /**
     * One pass over every tenant and bound destination. Runs on the caller's thread; tests call it directly.
     *
     * @return the number of deliveries attempted
     */
    public int runPass() {
        // transfers are the platform's own work: they run, and are logged, as the system principal
        return AccessGuard.runAsSystem("delivery", this::pass);
    }

    private int pass() {
        // Bind and unbind never take this lock, so destination code running inside a pass cannot block them.
        if (!passLock.tryLock()) {
            return 0; // a pass is running; it or the next poll picks up what this one would have seen
        }
        try {
            int attempted = 0;
            for (TenantStore store : tenants.stores()) {
                for (String destination : store.tenant().destinations()) {
                    List<Bound> bound = consumers.get(destination);
                    if (bound != null && !bound.isEmpty()) {
                        attempted += deliverDue(store, destination, bound.get(0));
                    }
                }
            }
            return attempted;
        } finally {
            passLock.unlock();
        }
    }

    private int deliverDue(TenantStore store, String destination, Bound bound) {
        String refused = refusal(destination, bound);
        if (refused != null) {
            if (!refused.equals(loggedRefusals.put(destination, refused))) {
                LOG.warn("Transfers to {} refused: {}", destination, refused);
            }
            return 0;
        }
        loggedRefusals.remove(destination);
        TransferPolicy policy = policies.get(destination).get(0);
        LocalDateTime now = now();
        // a person whose use is suspended (利用停止) is held: their deliveries stay pending, untried, in order, and
        // are left out of the query so that a long held queue cannot fill the batch and starve everyone else
        List<DeliveryEntity> due = store.read(em -> em.createQuery(
            "SELECT d FROM DeliveryEntity d WHERE d.destinationId = :dest AND d.status = :pending"
                + " AND d.nextAttemptAt <= :now AND NOT EXISTS (SELECT s FROM UseSuspensionEntity s"
                + " WHERE s.atenaNo = d.subjectKey AND s.resumedAt IS NULL) ORDER BY d.eventSeq", DeliveryEntity.class)
            .setParameter("dest", destination).setParameter("pending", DeliveryEntity.PENDING)
            .setParameter("now", now).setMaxResults(settings.batchSize()).getResultList());
        if (due.isEmpty()) {
            return 0;
        }
        // subjects with an earlier delivery that is not done (waiting for a retry, or dead) must wait
        Set<String> blocked = new HashSet<>(store.read(em -> em.createQuery(
            "SELECT DISTINCT d.subjectKey FROM DeliveryEntity d WHERE d.destinationId = :dest AND (d.status = :dead"
                + " OR (d.status = :pending AND d.nextAttemptAt > :now))", String.class)
            .setParameter("dest", destination).setParameter("dead", DeliveryEntity.DEAD)
            .setParameter("pending", DeliveryEntity.PENDING).setParameter("now", now).getResultList()));
        int attempted = 0;
        for (DeliveryEntity d : due) {
            List<Bound> current = consumers.get(destination);
            if (current == null || current.isEmpty() || current.get(0) != bound) {
                break; // swapped or gone: the next pass uses the new service
            }
            if (blocked.contains(d.getSubjectKey())) {
                continue;
            }
            OutboxEventEntity event = store.read(em -> em.find(OutboxEventEntity.class, d.getEventSeq()));
            EligibilityChange change = new EligibilityChange(event.getEventId(), store.tenant().code(),
                event.getSeq(), event.getSubjectKey(), event.getSubjectSeq(), event.getChangeType(),
                event.getSchemaVersion(), event.getRecordedAt().toInstant(ZoneOffset.UTC),
                project(PayloadCodec.decode(event.getPayload()), bound.items));
            Outcome outcome = call(bound.consumer, change);
            attempted++;
            record(store, d, outcome, policy.legalBasis(), bound.items, event.getEventId());
            if (outcome.result != DeliveryResult.OK) {
                blocked.add(d.getSubjectKey());
            }
        }
        return attempted;
    }

    private record Outcome(DeliveryResult result, String error) {
    }

    private Outcome call(EligibilityChangeConsumer consumer, EligibilityChange change) {
        Future<DeliveryResult> f = calls.submit(() -> consumer.deliver(change));
        try {
            DeliveryResult r = f.get(settings.consumerTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return r == null ? new Outcome(DeliveryResult.FAILED, "destination returned null") : new Outcome(r, null);
        } catch (TimeoutException e) {
            f.cancel(true);
            return new Outcome(DeliveryResult.FAILED, "timed out after " + settings.consumerTimeout().toMillis() + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Outcome(DeliveryResult.FAILED, cause.getClass().getSimpleName() + ": " + cause.getMessage());
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            return new Outcome(DeliveryResult.FAILED, "interrupted (platform stopping)");
        }
    }

    /** Purpose limitation: only the items the destination declared (and its policy allowed) leave the core. */
    private static Map<String, String> project(Map<String, String> items, List<String> declared) {
        Map<String, String> out = new TreeMap<>();
        for (String name : declared) {
            String v = items.get(name);
            if (v != null) {
                out.put(name, v);
            }
        }
        return out;
    }

    private void record(TenantStore store, DeliveryEntity due, Outcome outcome, String legalBasis, List<String> items,
            String eventId) {
        LocalDateTime now = now();
        // one TRANSFER entry per attempt, committed with its transfer record; a failed attempt is an ERROR entry
        OperationOutcome logged = outcome.result == DeliveryResult.OK ? OperationOutcome.OK : OperationOutcome.ERROR;
        guard.call(store.tenant().code(), Operation.TRANSFER, due.getSubjectKey(), legalBasis, items,
            () -> store.inTransaction(em -> {
                record(em, store, due, outcome, legalBasis, items, eventId, now);
                guard.sealInTransaction(em, logged);
                return null;
            }));
    }

    private void record(EntityManager em, TenantStore store, DeliveryEntity due, Outcome outcome, String legalBasis,
            List<String> items, String eventId, LocalDateTime now) {
        DeliveryEntity d = em.find(DeliveryEntity.class,
            new DeliveryEntity.Key(due.getEventSeq(), due.getDestinationId()));
        if (d == null || !DeliveryEntity.PENDING.equals(d.getStatus())) {
            return;
        }
        TransferRecordEntity r = new TransferRecordEntity();
        em.createNativeQuery("UPDATE NHI_COUNTER SET COUNTER_VALUE = COUNTER_VALUE + 1"
            + " WHERE COUNTER_NAME = 'transfer_record'").executeUpdate();
        r.setRecordId(((Number) em.createNativeQuery(
            "SELECT COUNTER_VALUE FROM NHI_COUNTER WHERE COUNTER_NAME = 'transfer_record'").getSingleResult())
            .longValue());
        r.setDestinationId(d.getDestinationId());
        r.setLegalBasis(legalBasis);
        r.setItems(String.join(",", items));
        r.setSubjectKey(d.getSubjectKey());
        r.setEventId(eventId);
        r.setEventSeq(d.getEventSeq());
        r.setAttemptedAt(now);
        d.setAttempts(d.getAttempts() + 1);
        switch (outcome.result) {
            case OK -> {
                d.setStatus(DeliveryEntity.DELIVERED);
                d.setDeliveredAt(now);
                d.setLastError(null);
                r.setOutcome(TransferOutcome.DELIVERED.name());
            }
            case CANCEL -> {
                d.setStatus(DeliveryEntity.DEAD);
                d.setLastError("cancelled by the destination");
                r.setOutcome(TransferOutcome.DEAD.name());
                r.setDetail(d.getLastError());
                LOG.error("Tenant {} destination {}: outbox event {} cancelled by the destination; dead letter",
                    store.tenant().code(), d.getDestinationId(), d.getEventSeq());
            }
            case FAILED -> {
                d.setLastError(truncate(outcome.error == null ? "destination reported FAILED" : outcome.error));
                r.setOutcome(TransferOutcome.FAILED.name());
                r.setDetail(d.getLastError());
                if (d.getAttempts() >= settings.maxAttempts()) {
                    d.setStatus(DeliveryEntity.DEAD);
                    r.setOutcome(TransferOutcome.DEAD.name());
                    LOG.error("Tenant {} destination {}: outbox event {} failed {} times; dead letter ({})",
                        store.tenant().code(), d.getDestinationId(), d.getEventSeq(), d.getAttempts(),
                        d.getLastError());
                } else {
                    Duration delay = backoff(d.getAttempts());
                    d.setNextAttemptAt(now.plus(delay));
                    LOG.warn("Tenant {} destination {}: outbox event {} attempt {} of {} failed ({}); retry in {} ms",
                        store.tenant().code(), d.getDestinationId(), d.getEventSeq(), d.getAttempts(),
                        settings.maxAttempts(), d.getLastError(), delay.toMillis());
                }
            }
            default -> throw new IllegalStateException();
        }
        em.persist(r);
    }

    /**
     * @param attempts attempts made so far (≥ 1)
     * @return delay before the next attempt: initial × 2^(attempts−1), at most the configured maximum
     */
    Duration backoff(int attempts) {
        long initial = settings.retryInitialDelay().toMillis();
        long max = settings.retryMaxDelay().toMillis();
        long delay = initial;
        for (int i = 1; i < attempts && delay < max; i++) {
            delay *= 2;
        }
        return Duration.ofMillis(Math.min(delay, max));
    }

    @Override
    public List<DestinationStatus> status(String tenantCode) {
        return guard.call(tenantCode, Operation.TRANSFER_STATUS, null, () -> statusOf(tenantCode));
    }

    private List<DestinationStatus> statusOf(String tenantCode) {
        TenantStore store = tenants.store(tenantCode);
        List<Object[]> rows = store.read(em -> em.createQuery(
            "SELECT d.destinationId, d.status, COUNT(d), MIN(d.createdAt) FROM DeliveryEntity d"
                + " GROUP BY d.destinationId, d.status", Object[].class).getResultList());
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, LocalDateTime> oldest = new TreeMap<>();
        store.tenant().destinations().forEach(d -> counts.put(d, new long[3]));
        for (Object[] r : rows) {
            String dest = (String) r[0];
            long n = ((Number) r[2]).longValue();
            long[] c = counts.computeIfAbsent(dest, k -> new long[3]);
            switch ((String) r[1]) {
                case DeliveryEntity.DELIVERED -> c[0] += n;
                case DeliveryEntity.PENDING -> {
                    c[1] += n;
                    oldest.put(dest, (LocalDateTime) r[3]);
                }
                default -> c[2] += n;
            }
        }
        LocalDateTime now = now();
        List<DestinationStatus> out = new ArrayList<>();
        counts.forEach((dest, c) -> {
            List<Bound> b = consumers.get(dest);
            LocalDateTime o = oldest.get(dest);
            out.add(new DestinationStatus(tenantCode, dest, b != null && !b.isEmpty(), c[0], c[1], c[2],
                o == null ? null : Duration.between(o, now).isNegative() ? Duration.ZERO : Duration.between(o, now)));
        });
        return out;
    }

    @Override
    public int retryDeadLetters(String tenantCode, String destinationId) {
        return guard.call(tenantCode, Operation.TRANSFER_RETRY, null, () -> retry(tenantCode, destinationId));
    }

    private int retry(String tenantCode, String destinationId) {
        TenantStore store = tenants.store(tenantCode);
        LocalDateTime now = now();
        int n = store.inTransaction(em -> sealed(em, em.createQuery("UPDATE DeliveryEntity d SET d.status = :pending,"
                + " d.attempts = 0, d.nextAttemptAt = :now WHERE d.destinationId = :dest AND d.status = :dead")
            .setParameter("pending", DeliveryEntity.PENDING).setParameter("now", now)
            .setParameter("dest", destinationId).setParameter("dead", DeliveryEntity.DEAD).executeUpdate()));
        if (n > 0) {
            LOG.info("Tenant {} destination {}: {} dead letters queued again", tenantCode, destinationId, n);
            wake();
        }
        return n;
    }

    @Override
    public List<TransferRecord> records(String tenantCode, String subjectKey, int limit) {
        return guard.call(tenantCode, Operation.TRANSFER_RECORDS, subjectKey, () -> recordsOf(tenantCode, subjectKey,
            limit));
    }

    private <T> T sealed(EntityManager em, T result) {
        guard.sealInTransaction(em);
        return result;
    }

    private List<TransferRecord> recordsOf(String tenantCode, String subjectKey, int limit) {
        TenantStore store = tenants.store(tenantCode);
        List<TransferRecordEntity> rows = store.read(em -> {
            var q = subjectKey == null
                ? em.createQuery("SELECT r FROM TransferRecordEntity r ORDER BY r.recordId DESC",
                    TransferRecordEntity.class)
                : em.createQuery("SELECT r FROM TransferRecordEntity r WHERE r.subjectKey = :s"
                    + " ORDER BY r.recordId DESC", TransferRecordEntity.class).setParameter("s", subjectKey);
            return q.setMaxResults(Math.max(1, limit)).getResultList();
        });
        List<TransferRecord> out = new ArrayList<>();
        for (TransferRecordEntity r : rows) {
            out.add(new TransferRecord(tenantCode, r.getDestinationId(), r.getLegalBasis(),
                r.getItems().isEmpty() ? List.of() : List.of(r.getItems().split(",")), r.getSubjectKey(),
                r.getEventId(), r.getEventSeq(), r.getAttemptedAt().toInstant(ZoneOffset.UTC),
                TransferOutcome.valueOf(r.getOutcome()), r.getDetail()));
        }
        return out;
    }

    @Override
    public List<DestinationInfo> destinations() {
        guard.checkUntenanted(Operation.TRANSFER_DESTINATIONS);
        List<DestinationInfo> out = new ArrayList<>();
        new TreeMap<>(consumers).forEach((id, list) -> {
            if (!list.isEmpty()) {
                Bound b = list.get(0);
                out.add(new DestinationInfo(id, b.name, b.legalBasis, b.items, b.bundle, b.version, refusal(id, b)));
            }
        });
        return out;
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }

    private static String[] strings(Object o) {
        if (o instanceof String[] a) {
            return a;
        }
        if (o instanceof java.util.Collection<?> c) {
            return c.stream().map(String::valueOf).toArray(String[]::new);
        }
        return o == null ? new String[0] : new String[] {o.toString()};
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String truncate(String s) {
        return s.length() <= 1000 ? s : s.substring(0, 1000);
    }

    private static String destinationId(Map<String, Object> props) {
        Object id = props.get(TransferConstants.DESTINATION_ID);
        return id == null || id.toString().isBlank() ? null : id.toString();
    }

    private static int ranking(Map<String, Object> props) {
        Object r = props.get(Constants.SERVICE_RANKING);
        return r instanceof Integer i ? i : 0;
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
