package jp.openkokuho.nhi.eligibility.internal.delivery;

import jp.openkokuho.nhi.eligibility.internal.security.RunAs;
import jp.openkokuho.nhi.eligibility.internal.security.Staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.openkokuho.nhi.api.NhiException;
import jp.openkokuho.nhi.api.privacy.UseSuspension;
import jp.openkokuho.nhi.api.transfer.ChangeItems;
import jp.openkokuho.nhi.api.transfer.DestinationStatus;
import jp.openkokuho.nhi.eligibility.internal.EligibilityServiceImpl;
import jp.openkokuho.nhi.eligibility.internal.TestStores;
import jp.openkokuho.nhi.eligibility.internal.privacy.UseSuspensionServiceImpl;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantRegistry;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/** 利用停止: a suspended person's transfers are held (not delivered, not dropped) and go out in order on resume. */
@RunAs(user = "test-supervisor", roles = "nhi-supervisor@112291")
class UseSuspensionDeliveryTest {
    private static final String WAKO = "112291";
    private static final String RR = "residentregistry";
    private static final ZoneId JST = ZoneId.of("Asia/Tokyo");
    private static final String BASIS = "住民基本台帳法第7条第10号";
    private static final List<String> ITEMS = List.of(ChangeItems.ATENA_NO, ChangeItems.NHI_HOUSEHOLD_NO);

    private TestStores.MutableClock clock;
    private TenantRegistry registry;
    private TenantStore store;
    private DeliveryDispatcher dispatcher;
    private EligibilityServiceImpl eligibility;
    private UseSuspensionServiceImpl suspensions;
    private final AtomicInteger wakeUps = new AtomicInteger();
    private final DeliveryDispatcherTest.Recorder recorder = new DeliveryDispatcherTest.Recorder();

    @BeforeEach
    void setUp() {
        clock = new TestStores.MutableClock(ZonedDateTime.of(2026, 11, 27, 9, 0, 0, 0, JST).toInstant(), JST);
        registry = new TenantRegistry();
        store = TestStores.open(WAKO, List.of(RR));
        registry.register(store);
        // a batch of 2 shows that held deliveries never fill a batch and starve other persons
        dispatcher = new DeliveryDispatcher(registry, Staff.guard(registry), new DeliveryDispatcher.Settings(Duration.ofSeconds(1), 3,
            Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofMillis(500), 2), clock, false);
        eligibility = EligibilityServiceImpl.withDefaultRules(registry, dispatcher, Staff.guard(registry), clock);
        suspensions = new UseSuspensionServiceImpl(registry, tenant -> wakeUps.incrementAndGet(),
            Staff.guard(registry), clock);
        dispatcher.putPolicy(new TransferPolicy(RR, BASIS, Set.copyOf(ITEMS)));
        dispatcher.bind(RR, BASIS, ITEMS, recorder);
    }

    @AfterEach
    void tearDown() {
        dispatcher.close();
        store.close();
    }

    private void acquire(String atena) {
        DeliveryDispatcherTest.acquire(registry, eligibility, atena);
    }

    private void lose(String atena) {
        DeliveryDispatcherTest.lose(eligibility, atena);
    }

    private DestinationStatus status() {
        return DeliveryDispatcherTest.status(dispatcher);
    }

    private int drain() {
        int total = 0;
        for (int i = 0; i < 20; i++) {
            int n = dispatcher.runPass();
            if (n == 0) {
                return total;
            }
            total += n;
        }
        throw new AssertionError("the dispatcher kept delivering after 20 passes");
    }

    @Test
    void transfersOfASuspendedPersonAreHeldAndReleasedInOrderOnResume() {
        UseSuspension s = suspensions.suspend(WAKO, "101", "REQ-2026-0042");
        assertThat(s.active()).isTrue();
        assertThat(s.requestReference()).isEqualTo("REQ-2026-0042");
        acquire("101");
        acquire("102");
        acquire("103");
        lose("101");
        acquire("104");

        assertThat(drain()).isEqualTo(3);
        assertThat(recorder.applied).containsExactly("102#1", "103#1", "104#1");
        assertThat(status().delivered()).isEqualTo(3);
        assertThat(status().pending()).isEqualTo(2);
        assertThat(status().deadLetters()).isZero();
        assertThat(dispatcher.records(WAKO, "101", 10)).isEmpty();

        clock.advance(Duration.ofDays(30));
        assertThat(drain()).isZero();
        assertThat(status().pending()).isEqualTo(2);

        assertThat(suspensions.resume(WAKO, "101", "DECISION-7")).hasValueSatisfying(r -> {
            assertThat(r.active()).isFalse();
            assertThat(r.resumeReference()).isEqualTo("DECISION-7");
        });
        assertThat(wakeUps.get()).isEqualTo(1);
        assertThat(drain()).isEqualTo(2);
        assertThat(recorder.applied).containsExactly("102#1", "103#1", "104#1", "101#1", "101#2");
        assertThat(status().delivered()).isEqualTo(5);
        assertThat(status().pending()).isZero();
        assertThat(dispatcher.records(WAKO, "101", 10)).hasSize(2);
    }

    @Test
    void suspendingTwiceKeepsOneSuspensionAndTheHistoryKeepsEveryRequest() {
        UseSuspension first = suspensions.suspend(WAKO, "000201", "REQ-1");
        UseSuspension again = suspensions.suspend(WAKO, "000201", "REQ-2");
        assertThat(again).isEqualTo(first);
        assertThat(suspensions.resume(WAKO, "000201", "END-1")).isPresent();
        assertThat(suspensions.resume(WAKO, "000201", "END-2")).isEmpty();
        suspensions.suspend(WAKO, "000201", "REQ-3");

        List<UseSuspension> history = suspensions.history(WAKO, "000201");
        assertThat(history).extracting(UseSuspension::requestReference, UseSuspension::resumeReference,
            UseSuspension::active).containsExactly(
                org.assertj.core.groups.Tuple.tuple("REQ-1", "END-1", false),
                org.assertj.core.groups.Tuple.tuple("REQ-3", null, true));
        assertThat(wakeUps.get()).isEqualTo(1);
        assertThat(history.get(0).toString()).doesNotContain("000201").contains("＊＊0201");
    }

    @Test
    void aMissingReferenceOrABadAtenaNumberIsRefused() {
        assertThatThrownBy(() -> suspensions.suspend(WAKO, "101", " ")).isInstanceOf(NhiException.class)
            .hasMessageContaining("request reference");
        assertThatThrownBy(() -> suspensions.suspend(WAKO, "101", "REQ\n1")).isInstanceOf(NhiException.class);
        assertThatThrownBy(() -> suspensions.suspend(WAKO, "10-1", "REQ-1")).isInstanceOf(NhiException.class)
            .hasMessageContaining("宛名番号");
        assertThat(suspensions.history(WAKO, "101")).isEmpty();
    }
}
