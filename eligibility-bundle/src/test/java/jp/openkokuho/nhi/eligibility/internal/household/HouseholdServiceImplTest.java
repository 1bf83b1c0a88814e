package jp.openkokuho.nhi.eligibility.internal.household;

import jp.openkokuho.nhi.eligibility.internal.security.RunAs;
import jp.openkokuho.nhi.eligibility.internal.security.Staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.openkokuho.nhi.api.eligibility.AcquisitionReason;
import jp.openkokuho.nhi.api.eligibility.AcquisitionRequest;
import jp.openkokuho.nhi.api.eligibility.ConcurrentChangeException;
import jp.openkokuho.nhi.api.eligibility.RelationshipType;
import jp.openkokuho.nhi.api.eligibility.RuleViolationException;
import jp.openkokuho.nhi.api.household.HeadChangeRequest;
import jp.openkokuho.nhi.api.household.Household;
import jp.openkokuho.nhi.api.household.MembershipChangeRequest;
import jp.openkokuho.nhi.eligibility.internal.EligibilityServiceImpl;
import jp.openkokuho.nhi.eligibility.internal.TestStores;
import jp.openkokuho.nhi.eligibility.internal.rules.RuleParameters;
import jp.openkokuho.nhi.eligibility.internal.rules.RuleParametersRegistry;
import jp.openkokuho.nhi.eligibility.internal.rules.TenantRules;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantRegistry;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/** 国保世帯 reads as of a date, 世帯主変更 (R21) and optimistic locking, on Derby. */
@RunAs(user = "test-supervisor", roles = "nhi-supervisor@112291")
class HouseholdServiceImplTest {
    private static final String WAKO = "112291";
    private static final ZoneId JST = ZoneId.of("Asia/Tokyo");
    private static final String HH = "700001";
    /** H: employee-insured husband, never NHI insured. W: his wife, NHI insured. C: their child, NHI insured. */
    private static final String H = "101";
    private static final String W = "102";
    private static final String C = "103";

    private TenantStore store;
    private TenantRegistry registry;
    private RuleParametersRegistry rules;
    private HouseholdServiceImpl households;

    @BeforeEach
    void setUp() {
        registry = new TenantRegistry();
        store = TestStores.open(WAKO, List.of());
        registry.register(store);
        rules = new RuleParametersRegistry();
        TestStores.MutableClock clock = new TestStores.MutableClock(
            ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, JST).toInstant(), JST);
        households = new HouseholdServiceImpl(registry, rules, Staff.guard(registry), clock);
        EligibilityServiceImpl eligibility = new EligibilityServiceImpl(registry, changes -> { }, rules, Staff.guard(registry), clock);
        TestStores.registerPersons(registry, WAKO, LocalDate.of(1980, 1, 1), H, W, C);
        for (String member : List.of(W, C)) {
            eligibility.recordAcquisition(WAKO, new AcquisitionRequest(member, HH, RelationshipType.MEMBER,
                AcquisitionReason.LEFT_DEPENDENT_STATUS, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 3)));
        }
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private Household read(String date) {
        return households.household(WAKO, HH, LocalDate.parse(date)).orElseThrow();
    }

    private Household changeHead(String newHead, boolean consent, long version) {
        return households.changeHead(WAKO, new HeadChangeRequest(HH, newHead, LocalDate.of(2026, 10, 1),
            LocalDate.of(2026, 10, 15), consent, false, version));
    }

    private long rows() {
        return store.read(em -> em.createQuery("SELECT COUNT(h) FROM HouseholdHeadEntity h", Long.class)
            .getSingleResult()) + store.read(em -> em.createQuery("SELECT COUNT(m) FROM HouseholdMemberEntity m",
                Long.class).getSingleResult());
    }

    @Test
    void r21DeemedHeadThenTheInsuredWifeBecomesHeadFromTheApprovalDate() {
        Household start = read("2026-04-01");
        assertThat(start.headAtenaNo()).isNull();
        assertThat(start.version()).isEqualTo(2);
        // H, not NHI insured, is registered as 世帯主: 擬制世帯主 and 国保税 taxpayer
        Household deemed = households.changeHead(WAKO, new HeadChangeRequest(HH, H, LocalDate.of(2026, 4, 1),
            LocalDate.of(2026, 4, 1), false, false, 2));
        assertThat(deemed.headAtenaNo()).isEqualTo(H);
        assertThat(deemed.deemedHead()).isTrue();
        assertThat(deemed.version()).isEqualTo(3);

        assertThatThrownBy(() -> changeHead(W, false, 3)).isInstanceOf(RuleViolationException.class)
            .hasMessageContaining("consent").extracting(e -> ((RuleViolationException) e).code()).isEqualTo("R21");
        assertThatThrownBy(() -> households.changeHead(WAKO, new HeadChangeRequest(HH, W, LocalDate.of(2026, 10, 1),
            LocalDate.of(2026, 10, 15), true, true, 3))).hasMessageContaining("without arrears");

        Household head = changeHead(W, true, 3);
        assertThat(head.asOf()).isEqualTo("2026-10-15");
        assertThat(head.headAtenaNo()).isEqualTo(W);
        assertThat(head.deemedHead()).isFalse();
        assertThat(head.members()).extracting(m -> m.atenaNo() + ":" + m.relationship())
            .containsExactly(W + ":HEAD", C + ":MEMBER");
        Household dayBefore = read("2026-10-14");
        assertThat(dayBefore.headAtenaNo()).isEqualTo(H);
        assertThat(dayBefore.deemedHead()).isTrue();
        assertThat(dayBefore.version()).isEqualTo(4);
    }

    @Test
    void theApplicationDateTakesEffectWhenTheTenantSaysSo() {
        rules.put(WAKO, new TenantRules(RuleParameters.defaults().withHeadChangeEffectiveDate(
            RuleParameters.HeadChangeEffectiveDate.APPLICATION_DATE), Map.of()));
        households.changeHead(WAKO, new HeadChangeRequest(HH, H, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1),
            false, false, 2));
        assertThat(changeHead(W, true, 3).asOf()).isEqualTo("2026-10-01");
        assertThat(read("2026-09-30").headAtenaNo()).isEqualTo(H);
    }

    @Test
    void aStaleVersionIsAConflictNamingTheHouseholdAndStoresNothing() {
        long before = rows();
        assertThatThrownBy(() -> changeHead(H, false, 1)).isInstanceOf(ConcurrentChangeException.class)
            .hasMessageContaining("国保世帯番号 " + HH).hasMessageContaining("read at version 1, now version 2");
        assertThat(rows()).isEqualTo(before);
        assertThat(read("2026-11-01").version()).isEqualTo(2);
    }

    @Test
    void twoStaffChangingTheSameHouseholdAtOnceOneWinsTheOtherGetsTheConflictNothingIsLost() throws Exception {
        long version = read("2026-11-01").version();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Object>> results = new ArrayList<>();
        try {
            results.add(pool.submit(() -> {
                go.await();
                return changeHead(H, false, version);
            }));
            results.add(pool.submit(() -> {
                go.await();
                return households.changeMembership(WAKO, new MembershipChangeRequest(HH, C, 5, "子",
                    LocalDate.of(2026, 11, 1), version));
            }));
            go.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : results) {
                try {
                    outcomes.add(f.get(60, TimeUnit.SECONDS));
                } catch (java.util.concurrent.ExecutionException e) {
                    outcomes.add(e.getCause());
                }
            }
            assertThat(outcomes).filteredOn(o -> o instanceof Household).hasSize(1);
            assertThat(outcomes).filteredOn(o -> o instanceof ConcurrentChangeException).singleElement()
                .asString().contains("国保世帯番号 " + HH);
        } finally {
            pool.shutdownNow();
        }
        Household after = read("2026-11-01");
        assertThat(after.version()).isEqualTo(version + 1);
        boolean headWon = H.equals(after.headAtenaNo());
        boolean orderWon = after.members().stream().anyMatch(m -> m.atenaNo().equals(C) && m.listingOrder() == 5);
        assertThat(headWon ^ orderWon).isTrue();
        // the loser reads again and applies its change: nothing is lost
        if (headWon) {
            households.changeMembership(WAKO, new MembershipChangeRequest(HH, C, 5, "子", LocalDate.of(2026, 11, 1),
                after.version()));
        } else {
            changeHead(H, false, after.version());
        }
        Household both = read("2026-11-01");
        assertThat(both.headAtenaNo()).isEqualTo(H);
        assertThat(both.members()).extracting(m -> m.atenaNo() + ":" + m.listingOrder() + ":" + m.relationshipName())
            .containsExactly(W + ":1:", C + ":5:子");
        assertThat(both.version()).isEqualTo(version + 2);
    }

    @Test
    void listingOrderAndRelationshipAreKeptAsHistory() {
        households.changeMembership(WAKO, new MembershipChangeRequest(HH, W, 1, "妻", LocalDate.of(2026, 6, 1), 2));
        households.changeMembership(WAKO, new MembershipChangeRequest(HH, C, 3, "子", LocalDate.of(2026, 6, 1), 3));
        assertThatThrownBy(() -> households.changeMembership(WAKO, new MembershipChangeRequest(HH, C, 1, "子",
            LocalDate.of(2026, 7, 1), 4))).hasMessageContaining("記載順位 1 is held by another member");
        assertThatThrownBy(() -> households.changeMembership(WAKO, new MembershipChangeRequest(HH, H, 4, "夫",
            LocalDate.of(2026, 7, 1), 4))).hasMessageContaining("is not an insured member");

        assertThat(read("2026-05-31").members()).extracting(m -> m.atenaNo() + ":" + m.listingOrder() + ":"
            + m.relationshipName()).containsExactly(W + ":1:", C + ":2:");
        assertThat(read("2026-06-01").members()).extracting(m -> m.atenaNo() + ":" + m.listingOrder() + ":"
            + m.relationshipName() + ":" + m.since()).containsExactly(W + ":1:妻:2026-06-01", C + ":3:子:2026-06-01");
        assertThat(households.household(WAKO, "799999", LocalDate.of(2026, 6, 1))).isEmpty();
        assertThat(households.householdOf(WAKO, C, LocalDate.of(2026, 3, 31))).isEmpty();
        assertThat(households.householdOf(WAKO, C, LocalDate.of(2026, 4, 1)).orElseThrow().nhiHouseholdNo())
            .isEqualTo(HH);
    }
}
