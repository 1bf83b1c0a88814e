package jp.openkokuho.nhi.eligibility.internal;

import jp.openkokuho.nhi.eligibility.internal.security.RunAs;
import jp.openkokuho.nhi.eligibility.internal.security.Staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.openkokuho.nhi.api.eligibility.AcquisitionReason;
import jp.openkokuho.nhi.api.eligibility.AcquisitionRequest;
import jp.openkokuho.nhi.api.eligibility.LossReason;
import jp.openkokuho.nhi.api.eligibility.LossRequest;
import jp.openkokuho.nhi.api.eligibility.RelationshipType;
import jp.openkokuho.nhi.api.eligibility.RetireeRequest;
import jp.openkokuho.nhi.api.eligibility.RuleViolationException;
import jp.openkokuho.nhi.api.household.Household;
import jp.openkokuho.nhi.eligibility.internal.household.HouseholdServiceImpl;
import jp.openkokuho.nhi.eligibility.internal.rules.ResidenceStatus;
import jp.openkokuho.nhi.eligibility.internal.rules.RuleParameters;
import jp.openkokuho.nhi.eligibility.internal.rules.RuleParametersRegistry;
import jp.openkokuho.nhi.eligibility.internal.rules.TenantRules;
import jp.openkokuho.nhi.eligibility.internal.store.ResidenceStatusEntity;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantRegistry;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/** The rules wired into recordAcquisition/recordLoss, with the worked examples of R2, R3 and R13, on Derby. */
@RunAs(user = "test-supervisor", roles = "nhi-supervisor@112291")
class RecordingRulesTest {
    private static final String WAKO = "112291";
    private static final ZoneId JST = ZoneId.of("Asia/Tokyo");
    private static final LocalDate ADULT = LocalDate.of(1980, 1, 1);

    private TenantStore store;
    private TenantRegistry registry;
    private RuleParametersRegistry rules;
    private EligibilityServiceImpl service;
    private HouseholdServiceImpl households;

    @BeforeEach
    void setUp() {
        registry = new TenantRegistry();
        store = TestStores.open(WAKO, List.of("residentregistry"));
        registry.register(store);
        rules = new RuleParametersRegistry();
        TestStores.MutableClock clock = new TestStores.MutableClock(
            ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, JST).toInstant(), JST);
        service = new EligibilityServiceImpl(registry, changes -> { }, rules, Staff.guard(registry), clock);
        households = new HouseholdServiceImpl(registry, rules, Staff.guard(registry), clock);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private void person(String atena, LocalDate birth) {
        TestStores.registerPersons(registry, WAKO, birth, atena);
    }

    private LocalDate acquire(String atena, String household, AcquisitionReason reason, String event) {
        return service.recordAcquisition(WAKO, new AcquisitionRequest(atena, household, RelationshipType.HEAD, reason,
            LocalDate.parse(event), LocalDate.parse(event).plusDays(1))).effectiveDate();
    }

    private LocalDate lose(String atena, LossReason reason, String event) {
        return service.recordLoss(WAKO, new LossRequest(atena, reason, LocalDate.parse(event),
            LocalDate.parse(event).plusDays(1))).effectiveDate();
    }

    private static String rule(Throwable e) {
        return ((RuleViolationException) e).code();
    }

    private long count(String entity) {
        return store.read(em -> em.createQuery("SELECT COUNT(x) FROM " + entity + " x", Long.class).getSingleResult());
    }

    @Test
    void anUnregisteredPersonIsRefusedByR1AndNothingIsStored() {
        assertThatThrownBy(() -> acquire("501", "900501", AcquisitionReason.MOVE_IN, "2026-04-10"))
            .isInstanceOf(RuleViolationException.class).hasMessageContaining("宛名番号 501 is not a registered person")
            .extracting(RecordingRulesTest::rule).isEqualTo("R1");
        assertThatThrownBy(() -> lose("501", LossReason.DEATH, "2026-05-01"))
            .extracting(RecordingRulesTest::rule).isEqualTo("R1");
        assertThat(count("CoverageVersionEntity") + count("OutboxEventEntity") + count("HouseholdEntity")
            + count("HouseholdMemberEntity")).isZero();
    }

    @Test
    void acquisitionDatesFollowR2WorkedExamples() {
        for (String a : List.of("1", "2", "3", "5", "6")) {
            person(a, ADULT);
        }
        person("4", LocalDate.of(2026, 7, 7));
        assertThat(acquire("1", "901", AcquisitionReason.MOVE_IN, "2026-04-10")).isEqualTo("2026-04-10");
        assertThat(acquire("2", "902", AcquisitionReason.LEFT_EMPLOYEE_INSURANCE, "2026-03-31"))
            .isEqualTo("2026-04-01");
        assertThat(acquire("3", "903", AcquisitionReason.LEFT_DEPENDENT_STATUS, "2026-05-20"))
            .isEqualTo("2026-05-20");
        assertThat(acquire("4", "904", AcquisitionReason.BIRTH, "2026-07-07")).isEqualTo("2026-07-07");
        assertThat(acquire("5", "905", AcquisitionReason.WELFARE_ENDED, "2026-08-01")).isEqualTo("2026-08-01");
        assertThat(acquire("6", "906", AcquisitionReason.LATE_ELDERLY_DISABILITY_REVOKED, "2026-09-10"))
            .isEqualTo("2026-09-11");
    }

    @Test
    void lossDatesFollowR3WorkedExamples() {
        for (String a : List.of("11", "12", "13", "14", "15")) {
            person(a, ADULT);
            acquire(a, "91" + a, AcquisitionReason.MOVE_IN, "2026-01-05");
        }
        person("16", LocalDate.of(1951, 6, 15));
        acquire("16", "9116", AcquisitionReason.MOVE_IN, "2026-01-05");

        assertThat(lose("11", LossReason.MOVE_OUT_ABROAD, "2026-05-10")).isEqualTo("2026-05-11");
        assertThat(lose("12", LossReason.JOINED_EMPLOYEE_INSURANCE, "2026-04-01")).isEqualTo("2026-04-02");
        assertThat(lose("13", LossReason.DEATH, "2026-03-15")).isEqualTo("2026-03-16");
        assertThat(lose("14", LossReason.WELFARE_STARTED, "2026-06-01")).isEqualTo("2026-06-01");
        assertThat(lose("15", LossReason.JOINED_NHI_SOCIETY, "2026-06-01")).isEqualTo("2026-06-01");
        // born 1951-06-15: 75歳到達 loss on the birthday itself, the card valid to 2026-06-14
        assertThat(lose("16", LossReason.LATE_ELDERLY, "2026-06-15")).isEqualTo("2026-06-15");
        assertThat(service.eligibility(WAKO, "16", LocalDate.of(2026, 6, 14)).insured()).isTrue();
        assertThat(service.eligibility(WAKO, "16", LocalDate.of(2026, 6, 15)).insured()).isFalse();
    }

    @Test
    void aReasonThatDoesNotFitThePersonIsRefused() {
        person("21", LocalDate.of(1951, 6, 15));
        person("22", ADULT);
        person("23", LocalDate.of(2026, 7, 7));
        acquire("21", "921", AcquisitionReason.MOVE_IN, "2026-01-05");
        acquire("22", "922", AcquisitionReason.MOVE_IN, "2026-01-05");

        assertThatThrownBy(() -> lose("21", LossReason.LATE_ELDERLY, "2026-06-20"))
            .hasMessageContaining("75th birthday itself").extracting(RecordingRulesTest::rule).isEqualTo("R3");
        assertThatThrownBy(() -> lose("22", LossReason.LATE_ELDERLY, "2026-06-20"))
            .hasMessageContaining("under 65").extracting(RecordingRulesTest::rule).isEqualTo("R3");
        assertThatThrownBy(() -> acquire("23", "923", AcquisitionReason.BIRTH, "2026-07-08"))
            .hasMessageContaining("出生").extracting(RecordingRulesTest::rule).isEqualTo("R2");
        assertThatThrownBy(() -> acquire("23", "923", AcquisitionReason.MOVE_IN, "2026-07-01"))
            .hasMessageContaining("before the person's 生年月日").extracting(RecordingRulesTest::rule).isEqualTo("R2");
        // 75 or older: 後期高齢者医療 (国保法6条8号), not NHI
        person("24", LocalDate.of(1951, 6, 15));
        assertThatThrownBy(() -> acquire("24", "924", AcquisitionReason.MOVE_IN, "2026-06-15"))
            .hasMessageContaining("75 or older").extracting(RecordingRulesTest::rule).isEqualTo("R1");
        assertThat(acquire("24", "924", AcquisitionReason.MOVE_IN, "2026-06-14")).isEqualTo("2026-06-14");
        assertThat(count("CoverageVersionEntity")).isEqualTo(3);
    }

    @Test
    void r13ExcludedStatusesAndTheResidenceExpiryUseTheStoredStatusAndTheTenantsCodeTable() {
        rules.put(WAKO, new TenantRules(RuleParameters.defaults(),
            Map.of("25", ResidenceStatus.TEMPORARY_VISITOR, "07", ResidenceStatus.ENGINEER_HUMANITIES_INTERNATIONAL)));
        person("31", ADULT);
        person("32", ADULT);
        residence("31", "25", null);
        residence("32", "07", LocalDate.of(2026, 9, 30));

        assertThatThrownBy(() -> acquire("31", "931", AcquisitionReason.FOREIGN_STATUS_ELIGIBLE, "2026-04-01"))
            .hasMessageContaining("在留資格 短期滞在 (code 25) is excluded")
            .extracting(RecordingRulesTest::rule).isEqualTo("R13");
        assertThatThrownBy(() -> acquire("32", "932", AcquisitionReason.MOVE_IN, "2026-10-01"))
            .hasMessageContaining("after the 在留期間満了日 2026-09-30")
            .extracting(RecordingRulesTest::rule).isEqualTo("R13");
        assertThat(acquire("32", "932", AcquisitionReason.MOVE_IN, "2026-09-30")).isEqualTo("2026-09-30");
        assertThat(count("CoverageVersionEntity")).isEqualTo(1);
    }

    private void residence(String atena, String code, LocalDate expiry) {
        store.inTransactionDo(em -> {
            ResidenceStatusEntity e = new ResidenceStatusEntity();
            e.setAtenaNo(atena);
            e.setSeq(1);
            e.setResidenceStatusCode(code);
            e.setResidenceExpiryDate(expiry);
            e.setImportSha256("0".repeat(64));
            e.setLineNo(2);
            e.setImportedAt(LocalDateTime.of(2026, 11, 1, 0, 0));
            em.persist(e);
        });
    }

    @Test
    void onePersonIsInOneHouseholdAndAHouseholdHasOneHeadAndNothingPartialIsStored() {
        person("41", ADULT);
        person("42", ADULT);
        person("43", ADULT);
        acquire("41", "941", AcquisitionReason.MOVE_IN, "2026-04-01");
        long before = count("CoverageVersionEntity") + count("HouseholdMemberEntity") + count("OutboxEventEntity");

        assertThatThrownBy(() -> acquire("42", "941", AcquisitionReason.MOVE_IN, "2026-05-01"))
            .hasMessageContaining("already has a 世帯主").extracting(RecordingRulesTest::rule).isEqualTo("R21");
        service.recordAcquisition(WAKO, new AcquisitionRequest("42", "941", RelationshipType.MEMBER,
            AcquisitionReason.MOVE_IN, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 2)));
        service.recordLoss(WAKO, new LossRequest("42", LossReason.MOVE_OUT_ABROAD, LocalDate.of(2026, 6, 30),
            LocalDate.of(2026, 7, 1)));
        // the head is still 41: a second 世帯主 is refused again after the other changes
        assertThatThrownBy(() -> acquire("43", "941", AcquisitionReason.MOVE_IN, "2026-05-01"))
            .extracting(RecordingRulesTest::rule).isEqualTo("R21");
        assertThat(count("CoverageVersionEntity") + count("HouseholdMemberEntity") + count("OutboxEventEntity"))
            .isEqualTo(before + 6);

        Household may = households.household(WAKO, "941", LocalDate.of(2026, 5, 15)).orElseThrow();
        assertThat(may.headAtenaNo()).isEqualTo("41");
        assertThat(may.members()).extracting(m -> m.atenaNo() + ":" + m.listingOrder() + ":" + m.relationship())
            .containsExactly("41:1:HEAD", "42:2:MEMBER");
        assertThat(households.household(WAKO, "941", LocalDate.of(2026, 7, 1)).orElseThrow().members())
            .extracting(m -> m.atenaNo()).containsExactly("41");
    }

    @Test
    void aPersonCannotJoinASecondHouseholdWhileInsuredInTheFirst() {
        person("51", ADULT);
        acquire("51", "951", AcquisitionReason.MOVE_IN, "2026-04-01");
        lose("51", LossReason.MOVE_OUT_ABROAD, "2026-05-31");
        // the same person in another household from the day coverage ended: allowed
        assertThat(acquire("51", "952", AcquisitionReason.MOVE_IN, "2026-06-01")).isEqualTo("2026-06-01");
        assertThat(households.householdOf(WAKO, "51", LocalDate.of(2026, 5, 31)).orElseThrow().nhiHouseholdNo())
            .isEqualTo("951");
        assertThat(households.householdOf(WAKO, "51", LocalDate.of(2026, 6, 1)).orElseThrow().nhiHouseholdNo())
            .isEqualTo("952");
    }

    @Test
    void aHeadWhoLosesCoverageStaysTheHouseholdsDeemedHead() {
        person("61", ADULT);
        person("62", ADULT);
        acquire("61", "961", AcquisitionReason.MOVE_IN, "2026-04-01");
        service.recordAcquisition(WAKO, new AcquisitionRequest("62", "961", RelationshipType.MEMBER,
            AcquisitionReason.MOVE_IN, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 2)));
        lose("61", LossReason.JOINED_EMPLOYEE_INSURANCE, "2026-07-01");

        Household before = households.household(WAKO, "961", LocalDate.of(2026, 7, 1)).orElseThrow();
        Household after = households.household(WAKO, "961", LocalDate.of(2026, 7, 2)).orElseThrow();
        assertThat(before.deemedHead()).isFalse();
        assertThat(after.headAtenaNo()).isEqualTo("61");
        assertThat(after.deemedHead()).isTrue();
        assertThat(after.members()).extracting(m -> m.atenaNo()).containsExactly("62");
        assertThat(after.version()).isEqualTo(3);
    }

    @Test
    void r10RetireePeriodsAreCheckedAgainstTheAbolitionAndThePersonsAge() {
        // born 1952-05-10: 65 attained 2017-05-09, retiree status ends 2017-05-31
        person("71", LocalDate.of(1952, 5, 10));
        acquire("71", "971", AcquisitionReason.LEFT_EMPLOYEE_INSURANCE, "2010-03-31");
        assertThat(service.recordRetireeStatus(WAKO, new RetireeRequest("71", LocalDate.of(2014, 4, 1),
            LocalDate.of(2017, 5, 31), LocalDate.of(2026, 11, 1)))).isEqualTo(1);
        assertThatThrownBy(() -> service.recordRetireeStatus(WAKO, new RetireeRequest("71", LocalDate.of(2015, 4, 1),
            LocalDate.of(2017, 5, 31), LocalDate.of(2026, 11, 1))))
            .hasMessageContaining("no new 退職者医療 該当 on or after 2015-04-01")
            .extracting(RecordingRulesTest::rule).isEqualTo("R10");
        assertThatThrownBy(() -> service.recordRetireeStatus(WAKO, new RetireeRequest("71", LocalDate.of(2014, 4, 1),
            LocalDate.of(2017, 6, 30), LocalDate.of(2026, 11, 1))))
            .hasMessageContaining("after the end of the month in which 65 was attained");
        person("72", ADULT);
        acquire("72", "972", AcquisitionReason.MOVE_IN, "2016-04-01");
        assertThatThrownBy(() -> service.recordRetireeStatus(WAKO, new RetireeRequest("72", LocalDate.of(2014, 4, 1),
            LocalDate.of(2015, 3, 31), LocalDate.of(2026, 11, 1))))
            .hasMessageContaining("was not NHI insured on the 該当年月日 2014-04-01")
            .extracting(RecordingRulesTest::rule).isEqualTo("R10");
        assertThat(count("RetireeVersionEntity")).isEqualTo(1);
    }
}
