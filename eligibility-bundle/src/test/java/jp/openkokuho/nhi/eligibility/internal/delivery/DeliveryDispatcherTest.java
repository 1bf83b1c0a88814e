package jp.openkokuho.nhi.eligibility.internal.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.openkokuho.nhi.eligibility.internal.security.RunAs;
import jp.openkokuho.nhi.eligibility.internal.security.Staff;
import jp.openkokuho.nhi.eligibility.internal.security.AccessGuard;
import jp.openkokuho.nhi.api.eligibility.AcquisitionReason;
import jp.openkokuho.nhi.api.eligibility.AcquisitionRequest;
import jp.openkokuho.nhi.api.eligibility.LossReason;
import jp.openkokuho.nhi.api.eligibility.LossRequest;
import jp.openkokuho.nhi.api.eligibility.RelationshipType;
import jp.openkokuho.nhi.api.transfer.ChangeItems;
import jp.openkokuho.nhi.api.transfer.ChangeTypes;
import jp.openkokuho.nhi.api.transfer.DeliveryResult;
import jp.openkokuho.nhi.api.transfer.DestinationInfo;
import jp.openkokuho.nhi.api.transfer.DestinationStatus;
import jp.openkokuho.nhi.api.transfer.EligibilityChange;
import jp.openkokuho.nhi.api.transfer.EligibilityChangeConsumer;
import jp.openkokuho.nhi.api.transfer.TransferOutcome;
import jp.openkokuho.nhi.api.transfer.TransferRecord;
import jp.openkokuho.nhi.eligibility.internal.EligibilityServiceImpl;
import jp.openkokuho.nhi.eligibility.internal.TestStores;
import jp.openkokuho.nhi.eligibility.internal.store.DeliveryEntity;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantRegistry;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/** The dispatcher against real tenant stores, passes driven by the test, time moved by hand. */
@RunAs(user = "test-supervisor", roles = "nhi-supervisor@112291")
class DeliveryDispatcherTest {
    private static final String WAKO = "112291";
    private static final String RR = "residentregistry";
    private static final ZoneId JST = ZoneId.of("Asia/Tokyo");
    private static final String BASIS = "住民基本台帳法第7条第10号";
    private static final List<String> ITEMS = List.of(ChangeItems.ATENA_NO, ChangeItems.NHI_HOUSEHOLD_NO,
        ChangeItems.COVERAGE_START_DATE, ChangeItems.COVERAGE_END_DATE);

    private TestStores.MutableClock clock;
    private TenantStore store;
    private TenantRegistry registry;
    private DeliveryDispatcher dispatcher;
    private EligibilityServiceImpl service;

    /** Records what it applied; fails for the subjects the test names. */
    static final class Recorder implements EligibilityChangeConsumer {
        final List<String> applied = new CopyOnWriteArrayList<>();
        final Set<String> failing = ConcurrentHashMap.newKeySet();
        volatile DeliveryResult failWith = DeliveryResult.FAILED;

        @Override
        public DeliveryResult deliver(EligibilityChange change) {
            if (failing.contains(change.subjectKey())) {
                if (failWith == null) {
                    throw new IllegalStateException("destination system is down");
                }
                return failWith;
            }
            applied.add(change.subjectKey() + "#" + change.subjectSequence());
            return DeliveryResult.OK;
        }
    }

    @BeforeEach
    void setUp() {
        clock = new TestStores.MutableClock(ZonedDateTime.of(2026, 11, 27, 9, 0, 0, 0, JST).toInstant(), JST);
        registry = new TenantRegistry();
        store = TestStores.open(WAKO, List.of(RR));
        registry.register(store);
        AccessGuard guard = Staff.guard(registry);
        dispatcher = new DeliveryDispatcher(registry, guard, new DeliveryDispatcher.Settings(Duration.ofSeconds(1), 3,
            Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofMillis(500), 100), clock, false);
        service = EligibilityServiceImpl.withDefaultRules(registry, dispatcher, guard, clock);
        dispatcher.putPolicy(new TransferPolicy(RR, BASIS, Set.copyOf(ITEMS)));
    }

    /** Binds the resident-registry destination declaring what its policy allows. */
    private void bindRR(EligibilityChangeConsumer c) {
        dispatcher.bind(RR, BASIS, ITEMS, c);
    }

    @AfterEach
    void tearDown() {
        dispatcher.close();
        store.close();
    }

    private void acquire(String atena) {
        acquire(registry, service, atena);
    }

    private void lose(String atena) {
        lose(service, atena);
    }

    private DestinationStatus status() {
        return status(dispatcher);
    }

    /** Records a move-in of a person of 和光市 on 2026-04-01 (shared with the other dispatcher tests). */
    static void acquire(TenantRegistry registry, EligibilityServiceImpl service, String atena) {
        TestStores.registerPersons(registry, WAKO, LocalDate.of(1980, 1, 1), atena);
        service.recordAcquisition(WAKO, new AcquisitionRequest(atena, "800" + atena, RelationshipType.HEAD,
            AcquisitionReason.MOVE_IN, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 3)));
    }

    /** Records the death of a person of 和光市 on 2026-08-01. */
    static void lose(EligibilityServiceImpl service, String atena) {
        service.recordLoss(WAKO, new LossRequest(atena, LossReason.DEATH, LocalDate.of(2026, 8, 1),
            LocalDate.of(2026, 8, 3)));
    }

    /** @return the state of the resident-registry destination of 和光市 */
    static DestinationStatus status(DeliveryDispatcher dispatcher) {
        return dispatcher.status(WAKO).stream().filter(s -> s.destinationId().equals(RR)).findFirst().orElseThrow();
    }

    @Test
    void deliversEveryChangeOnceInOutboxOrder() {
        Recorder r = new Recorder();
        bindRR(r);
        acquire("1");
        acquire("2");
        lose("1");

        assertThat(dispatcher.runPass()).isEqualTo(3);
        assertThat(dispatcher.runPass()).isZero();
        assertThat(r.applied).containsExactly("1#1", "2#1", "1#2");
        DestinationStatus s = status();
        assertThat(s.bound()).isTrue();
        assertThat(s.delivered()).isEqualTo(3);
        assertThat(s.pending()).isZero();
        assertThat(s.deadLetters()).isZero();
        assertThat(s.oldestPendingAge()).isNull();
    }

    @Test
    void theChangeCarriesTenantItemsAndType() {
        List<EligibilityChange> seen = new CopyOnWriteArrayList<>();
        bindRR(c -> {
            seen.add(c);
            return DeliveryResult.OK;
        });
        acquire("321");
        dispatcher.runPass();
        EligibilityChange c = seen.get(0);
        assertThat(c.tenantCode()).isEqualTo(WAKO);
        assertThat(c.changeType()).isEqualTo(ChangeTypes.ACQUIRED);
        assertThat(c.schemaVersion()).isEqualTo(EligibilityChange.SCHEMA_VERSION);
        assertThat(c.item(ChangeItems.COVERAGE_START_DATE)).isEqualTo("2026-04-01");
        assertThat(c.item(ChangeItems.NHI_HOUSEHOLD_NO)).isEqualTo("800321");
        assertThat(c.recordedAt()).isEqualTo(clock.instant());
    }

    @Test
    void changesWaitWhileTheDestinationIsAbsentAndFollowWhenItReturns() {
        acquire("1");
        acquire("2");
        clock.advance(Duration.ofMinutes(3));
        acquire("3");
        assertThat(dispatcher.runPass()).isZero();
        DestinationStatus waiting = status();
        assertThat(waiting.bound()).isFalse();
        assertThat(waiting.pending()).isEqualTo(3);
        assertThat(waiting.oldestPendingAge()).isEqualTo(Duration.ofMinutes(3));

        Recorder r = new Recorder();
        bindRR(r);
        dispatcher.runPass();
        assertThat(r.applied).containsExactly("1#1", "2#1", "3#1");
        assertThat(status().delivered()).isEqualTo(3);
    }

    @Test
    void aFailureIsRetriedWithBackoffWithoutBreakingThatSubjectsOrder() {
        Recorder r = new Recorder();
        r.failing.add("1");
        bindRR(r);
        acquire("1");
        acquire("2");
        lose("1");

        dispatcher.runPass();
        // subject 2 is not held up by subject 1; subject 1's second change waits behind its first
        assertThat(r.applied).containsExactly("2#1");
        assertThat(status().pending()).isEqualTo(2);

        r.failing.clear();
        clock.advance(Duration.ofSeconds(9));
        dispatcher.runPass();
        assertThat(r.applied).containsExactly("2#1"); // the 10 s backoff has not passed

        clock.advance(Duration.ofSeconds(1));
        dispatcher.runPass();
        assertThat(r.applied).containsExactly("2#1", "1#1", "1#2");
        assertThat(attemptsOf("1", 1)).isEqualTo(2);
    }

    @Test
    void afterTheLastAttemptADeadLetterHoldsItsSubjectUntilAnAdministratorRetries() {
        Recorder r = new Recorder();
        r.failWith = null; // throw: an exception counts as a retryable failure
        r.failing.add("1");
        bindRR(r);
        acquire("1");
        lose("1");
        acquire("2");

        dispatcher.runPass();                      // attempt 1, retry in 10 s
        clock.advance(Duration.ofSeconds(10));
        dispatcher.runPass();                      // attempt 2, retry in 20 s
        clock.advance(Duration.ofSeconds(20));
        dispatcher.runPass();                      // attempt 3 = max: dead
        clock.advance(Duration.ofHours(1));
        dispatcher.runPass();
        assertThat(r.applied).containsExactly("2#1");
        DestinationStatus s = status();
        assertThat(s.deadLetters()).isEqualTo(1);
        assertThat(s.pending()).isEqualTo(1);      // 1#2 waits behind the dead 1#1
        String error = store.read(em -> em.createQuery("SELECT d.lastError FROM DeliveryEntity d WHERE d.status = :s",
            String.class).setParameter("s", DeliveryEntity.DEAD).getSingleResult());
        assertThat(error).isEqualTo("IllegalStateException: destination system is down");

        r.failing.clear();
        assertThat(dispatcher.retryDeadLetters(WAKO, RR)).isEqualTo(1);
        dispatcher.runPass();
        assertThat(r.applied).containsExactly("2#1", "1#1", "1#2");
        assertThat(status().deadLetters()).isZero();
        assertThat(status().delivered()).isEqualTo(3);
    }

    @Test
    void cancelDeadLettersAtOnce() {
        Recorder r = new Recorder();
        r.failWith = DeliveryResult.CANCEL;
        r.failing.add("5");
        bindRR(r);
        acquire("5");
        dispatcher.runPass();
        assertThat(status().deadLetters()).isEqualTo(1);
        assertThat(attemptsOf("5", 1)).isEqualTo(1);
    }

    @Test
    void aCallThatHangsIsAbandonedAfterTheTimeoutAndRetried() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        bindRR(c -> {
            release.await();
            return DeliveryResult.OK;
        });
        acquire("8");
        dispatcher.runPass();
        release.countDown();
        String error = store.read(em -> em.createQuery("SELECT d.lastError FROM DeliveryEntity d", String.class)
            .getSingleResult());
        assertThat(error).isEqualTo("timed out after 500 ms");
        assertThat(status().pending()).isEqualTo(1);
        assertThat(status().delivered()).isZero();
    }

    @Test
    void aDestinationTheTenantDoesNotUseNeverReceivesItsChanges() {
        Recorder other = new Recorder();
        dispatcher.putPolicy(new TransferPolicy("nhitax", "地方税法第703条の4", Set.copyOf(ITEMS)));
        dispatcher.bind("nhitax", "地方税法第703条の4", ITEMS, other);
        acquire("1");
        dispatcher.runPass();
        assertThat(other.applied).isEmpty();
        assertThat(dispatcher.status(WAKO)).extracting(DestinationStatus::destinationId).containsExactly(RR);
    }

    @Test
    void aSwappedDestinationResumesWhereTheOldOneStopped() {
        Recorder v1 = new Recorder();
        bindRR(v1);
        acquire("1");
        dispatcher.runPass();
        dispatcher.unbind(RR, v1);
        acquire("2");
        acquire("3");
        dispatcher.runPass();
        Recorder v2 = new Recorder();
        bindRR(v2);
        dispatcher.runPass();
        assertThat(v1.applied).containsExactly("1#1");
        assertThat(v2.applied).containsExactly("2#1", "3#1");
    }

    @Test
    void withoutAPolicyNothingIsDeliveredAndTheRefusalIsVisible() {
        dispatcher.removePolicy(new TransferPolicy(RR, BASIS, Set.copyOf(ITEMS)));
        Recorder r = new Recorder();
        bindRR(r);
        acquire("1");
        assertThat(dispatcher.runPass()).isZero();
        assertThat(r.applied).isEmpty();
        assertThat(status().pending()).isEqualTo(1);
        DestinationInfo info = dispatcher.destinations().get(0);
        assertThat(info.permitted()).isFalse();
        assertThat(info.refusal()).isEqualTo(
            "no transfer policy for destination residentregistry: nothing is delivered (default deny)");
    }

    @Test
    void aDestinationAskingForAnItemItsBasisDoesNotAllowIsRefusedNotTrimmed() {
        Recorder r = new Recorder();
        dispatcher.bind(RR, BASIS, List.of(ChangeItems.ATENA_NO, ChangeItems.INSURER_NO), r);
        acquire("1");
        assertThat(dispatcher.runPass()).isZero();
        assertThat(r.applied).isEmpty();
        assertThat(dispatcher.destinations().get(0).refusal()).isEqualTo("destination residentregistry asks for"
            + " insurer_no, which 住民基本台帳法第7条第10号 does not allow (allowed: atena_no, coverage_end_date,"
            + " coverage_start_date, nhi_household_no)");

        Recorder otherBasis = new Recorder();
        dispatcher.unbind(RR, r);
        dispatcher.bind(RR, "番号法第19条第8号", ITEMS, otherBasis);
        assertThat(dispatcher.runPass()).isZero();
        assertThat(dispatcher.destinations().get(0).refusal()).contains("declares the legal basis '番号法第19条第8号'");
        assertThat(records(null)).isEmpty();
    }

    @Test
    void aPermittedDestinationReceivesOnlyTheItemsItDeclared() {
        List<EligibilityChange> seen = new CopyOnWriteArrayList<>();
        dispatcher.bind(RR, BASIS, List.of(ChangeItems.ATENA_NO, ChangeItems.COVERAGE_START_DATE), c -> {
            seen.add(c);
            return DeliveryResult.OK;
        });
        acquire("77");
        dispatcher.runPass();
        assertThat(seen.get(0).items()).containsOnlyKeys(ChangeItems.ATENA_NO, ChangeItems.COVERAGE_START_DATE)
            .containsEntry(ChangeItems.COVERAGE_START_DATE, "2026-04-01");
        assertThat(dispatcher.destinations().get(0).permitted()).isTrue();
    }

    @Test
    void everyAttemptLeavesATransferRecordWithBasisAndItems() {
        Recorder r = new Recorder();
        r.failing.add("1");
        bindRR(r);
        acquire("1");
        acquire("2");
        dispatcher.runPass();
        r.failing.clear();
        clock.advance(Duration.ofSeconds(10));
        dispatcher.runPass();

        List<TransferRecord> one = records("1");
        assertThat(one).extracting(TransferRecord::outcome)
            .containsExactly(TransferOutcome.DELIVERED, TransferOutcome.FAILED);
        TransferRecord failed = one.get(1);
        assertThat(failed.legalBasis()).isEqualTo(BASIS);
        assertThat(failed.items()).isEqualTo(ITEMS);
        assertThat(failed.destinationId()).isEqualTo(RR);
        assertThat(failed.detail()).isEqualTo("destination reported FAILED");
        assertThat(failed.sequence()).isEqualTo(1);
        assertThat(records(null)).hasSize(3);
        assertThat(records("2")).singleElement().extracting(TransferRecord::outcome)
            .isEqualTo(TransferOutcome.DELIVERED);
    }

    private List<TransferRecord> records(String subject) {
        return dispatcher.records(WAKO, subject, 100);
    }

    @Test
    void backoffDoublesUpToTheMaximum() {
        assertThat(dispatcher.backoff(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(dispatcher.backoff(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(dispatcher.backoff(5)).isEqualTo(Duration.ofSeconds(160));
        assertThat(dispatcher.backoff(6)).isEqualTo(Duration.ofMinutes(5));
        assertThat(dispatcher.backoff(30)).isEqualTo(Duration.ofMinutes(5));
    }

    private int attemptsOf(String subject, long subjectSeq) {
        return store.read(em -> em.createQuery("SELECT d.attempts FROM DeliveryEntity d WHERE d.subjectKey = :k"
            + " AND d.subjectSeq = :s", Integer.class).setParameter("k", subject).setParameter("s", subjectSeq)
            .getSingleResult());
    }
}
