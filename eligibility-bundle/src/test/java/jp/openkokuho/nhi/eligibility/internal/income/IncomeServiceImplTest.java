package jp.openkokuho.nhi.eligibility.internal.income;

import jp.openkokuho.nhi.eligibility.internal.security.RunAs;
import jp.openkokuho.nhi.eligibility.internal.security.Staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.openkokuho.nhi.api.eligibility.AcquisitionReason;
import jp.openkokuho.nhi.api.eligibility.AcquisitionRequest;
import jp.openkokuho.nhi.api.eligibility.RelationshipType;
import jp.openkokuho.nhi.api.eligibility.RuleViolationException;
import jp.openkokuho.nhi.api.income.BurdenRate;
import jp.openkokuho.nhi.api.income.HouseholdIncomeCategory;
import jp.openkokuho.nhi.api.income.IncomeBracket;
import jp.openkokuho.nhi.api.income.IncomeImportResult;
import jp.openkokuho.nhi.api.income.InvoluntaryUnemployment;
import jp.openkokuho.nhi.api.income.PersonIncome;
import jp.openkokuho.nhi.api.income.UnemploymentRequest;
import jp.openkokuho.nhi.eligibility.internal.EligibilityServiceImpl;
import jp.openkokuho.nhi.eligibility.internal.TestStores;
import jp.openkokuho.nhi.eligibility.internal.rules.RuleParametersRegistry;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantRegistry;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/** Income import (all-or-nothing) and the R15 / R9 / R11 determinations with their worked examples, on Derby. */
@RunAs(user = "test-supervisor", roles = "nhi-supervisor@112291")
class IncomeServiceImplTest {
    private static final String WAKO = "112291";
    private static final ZoneId JST = ZoneId.of("Asia/Tokyo");
    private static final String HEADER = "宛名番号,年度,課税所得,旧ただし書所得,収入,給与所得\r\n";
    private static final Charset UTF8 = StandardCharsets.UTF_8;

    private TenantStore store;
    private TenantRegistry registry;
    private EligibilityServiceImpl eligibility;
    private IncomeServiceImpl incomes;

    @BeforeEach
    void setUp() {
        registry = new TenantRegistry();
        store = TestStores.open(WAKO, List.of());
        registry.register(store);
        RuleParametersRegistry rules = new RuleParametersRegistry();
        TestStores.MutableClock clock = new TestStores.MutableClock(
            ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, JST).toInstant(), JST);
        eligibility = new EligibilityServiceImpl(registry, changes -> { }, rules, Staff.guard(registry), clock);
        incomes = new IncomeServiceImpl(registry, rules, Staff.guard(registry), clock);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private void insured(String atena, LocalDate birth, String household, RelationshipType relationship) {
        TestStores.registerPersons(registry, WAKO, birth, atena);
        eligibility.recordAcquisition(WAKO, new AcquisitionRequest(atena, household, relationship,
            AcquisitionReason.MOVE_IN, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 2)));
    }

    private IncomeImportResult importIncome(Path dir, String name, String body) throws Exception {
        return incomes.importFile(WAKO, Files.writeString(dir.resolve(name), HEADER + body, UTF8), UTF8);
    }

    private long rows() {
        return store.read(em -> em.createQuery("SELECT COUNT(t) FROM TaxIncomeEntity t", Long.class)
            .getSingleResult());
    }

    @Test
    void aValidFileIsStoredOnceAndALaterFileSupersedesPerPersonAndYear(@TempDir Path dir) throws Exception {
        TestStores.registerPersons(registry, WAKO, LocalDate.of(1980, 1, 1), "201", "202");
        IncomeImportResult first = importIncome(dir, "income-2026.csv",
            "201,2026,1450000,2500000,3800000,0\r\n202,2026,0,300000,1100000,550000\r\n");
        assertThat(first.accepted()).isTrue();
        assertThat(first.stored()).isEqualTo(2);
        IncomeImportResult again = importIncome(dir, "income-2026.csv",
            "201,2026,1450000,2500000,3800000,0\r\n202,2026,0,300000,1100000,550000\r\n");
        assertThat(again.alreadyImported()).isTrue();
        assertThat(again.stored()).isZero();
        assertThat(rows()).isEqualTo(2);

        IncomeImportResult corrected = importIncome(dir, "income-2026-fix.csv", "201,2026,1000000,2000000,3000000,0\r\n");
        assertThat(corrected.stored()).isEqualTo(1);
        assertThat(incomes.income(WAKO, "201", 2026)).contains(new PersonIncome("201", 2026, 1_000_000, 2_000_000,
            3_000_000, 0));
        assertThat(incomes.income(WAKO, "202", 2026).orElseThrow().salaryIncome()).isEqualTo(550_000);
        assertThat(incomes.income(WAKO, "202", 2025)).isEmpty();
        assertThat(rows()).isEqualTo(3);
    }

    @Test
    void anyBadLineRejectsTheWholeFileNamingLineItemAndRule(@TempDir Path dir) throws Exception {
        TestStores.registerPersons(registry, WAKO, LocalDate.of(1980, 1, 1), "201");
        IncomeImportResult format = importIncome(dir, "bad.csv",
            "201,2026,1450000,,3800000,0\r\n201,2026,１０,0,0,0\r\n201,1999,0,0,0,0\r\n201,2026,0,0\r\n");
        assertThat(format.accepted()).isFalse();
        assertThat(format.report()).containsExactly(
            "bad.csv:2: 旧ただし書所得: REQUIRED_MISSING: 旧ただし書所得 is empty",
            "bad.csv:3: 課税所得: FULLWIDTH_DIGITS: 課税所得 contains full-width digits",
            "bad.csv:4: 年度: DATE_INVALID: 年度 must be a year from 2000 to 2100",
            "bad.csv:5: -: COLUMN_COUNT: expected 6 columns, found 4");

        IncomeImportResult rule = importIncome(dir, "rule.csv",
            "201,2026,0,0,0,0\r\n999,2026,0,0,0,0\r\n201,2026,1,1,1,1\r\n");
        assertThat(rule.accepted()).isFalse();
        assertThat(rule.report()).containsExactly(
            "rule.csv:3: 宛名番号: R1: 宛名番号 names no registered person (register persons before importing their"
                + " income)",
            "rule.csv:4: 年度: DUPLICATE_ROW: the same 宛名番号 and 年度 are on line 2; one row per person and year");
        assertThat(rows()).isZero();
        long logged = store.read(em -> em.createQuery("SELECT COUNT(l) FROM ImportLogEntity l", Long.class)
            .getSingleResult());
        assertThat(logged).isZero();

        IncomeImportResult header = incomes.importFile(WAKO, Files.writeString(dir.resolve("h.csv"),
            "宛名番号,年度,課税所得,収入,旧ただし書所得,給与所得\r\n", UTF8), UTF8);
        assertThat(header.report()).singleElement().asString().startsWith("h.csv:1: -: HEADER_COLUMN_ORDER:");
    }

    @Test
    void aWindows31jFileIsRead(@TempDir Path dir) throws Exception {
        TestStores.registerPersons(registry, WAKO, LocalDate.of(1980, 1, 1), "201");
        Charset ms932 = Charset.forName("windows-31j");
        Path f = Files.writeString(dir.resolve("sjis.csv"), HEADER + "201,2026,0,100,200,0\r\n", ms932);
        IncomeImportResult r = incomes.importFile(WAKO, f, ms932);
        assertThat(r.accepted()).isTrue();
        assertThat(incomes.income(WAKO, "201", 2026).orElseThrow().revenue()).isEqualTo(200);
    }

    @Test
    void r15SinglePersonRateWithTheThresholdsAndThe8August1Redetermination(@TempDir Path dir) throws Exception {
        insured("301", LocalDate.of(1954, 5, 10), "830001", RelationshipType.HEAD);
        // 年度 2025 (income 2024) decides until 2026-07-31; 年度 2026 (income 2025) from 2026-08-01
        importIncome(dir, "i.csv", "301,2025,1000000,1500000,2500000,0\r\n301,2026,1450000,2500000,3800000,0\r\n");

        BurdenRate july = incomes.burdenRate(WAKO, "301", LocalDate.of(2026, 7, 31), false);
        assertThat(july.elderlyRecipient()).isTrue();
        assertThat(july.ratePercent()).isEqualTo(20);
        assertThat(july.basis()).isEqualTo("一般");
        assertThat(july.incomeFiscalYear()).isEqualTo(2025);
        assertThat(july.periodFrom()).isEqualTo("2025-08-01");
        assertThat(july.periodTo()).isEqualTo("2026-07-31");

        BurdenRate august = incomes.burdenRate(WAKO, "301", LocalDate.of(2026, 8, 1), false);
        assertThat(august.ratePercent()).isEqualTo(30);
        assertThat(august.basis()).isEqualTo("現役並み所得者");
        assertThat(august.incomeFiscalYear()).isEqualTo(2026);
        assertThat(august.periodTo()).isEqualTo("2027-07-31");
        // 収入 3,800,000 < 3,830,000 on 基準収入額適用申請
        BurdenRate applied = incomes.burdenRate(WAKO, "301", LocalDate.of(2026, 8, 1), true);
        assertThat(applied.ratePercent()).isEqualTo(20);
        assertThat(applied.basis()).isEqualTo("基準収入額適用申請");
    }

    @Test
    void r15HouseholdOfTwoElderlyMembersUsesTheTotals(@TempDir Path dir) throws Exception {
        insured("401", LocalDate.of(1953, 3, 3), "840001", RelationshipType.HEAD);
        insured("402", LocalDate.of(1954, 9, 9), "840001", RelationshipType.MEMBER);
        insured("403", LocalDate.of(1990, 1, 1), "840001", RelationshipType.MEMBER);
        // 旧ただし書 2,000,000 + 300,000 = 2,300,000 > 2,100,000; 収入 4,000,000 + 1,100,000 = 5,100,000 < 5,200,000
        importIncome(dir, "i.csv", "401,2026,1450000,2000000,4000000,0\r\n402,2026,0,300000,1100000,0\r\n");

        assertThat(incomes.burdenRate(WAKO, "402", LocalDate.of(2026, 9, 1), false).ratePercent()).isEqualTo(30);
        BurdenRate applied = incomes.burdenRate(WAKO, "402", LocalDate.of(2026, 9, 1), true);
        assertThat(applied.ratePercent()).isEqualTo(20);
        assertThat(applied.basis()).isEqualTo("基準収入額適用申請");
        // the member under 70 pays 3割 and needs no income
        BurdenRate young = incomes.burdenRate(WAKO, "403", LocalDate.of(2026, 9, 1), false);
        assertThat(young.elderlyRecipient()).isFalse();
        assertThat(young.ratePercent()).isEqualTo(30);
        assertThat(young.basis()).isEqualTo("70歳未満");
        // before 1 August the 年度 2025 income is needed and missing: the rule is named
        assertThatThrownBy(() -> incomes.burdenRate(WAKO, "401", LocalDate.of(2026, 7, 1), false))
            .isInstanceOf(RuleViolationException.class).hasMessageContaining("no income of 年度 2025")
            .extracting(e -> ((RuleViolationException) e).code()).isEqualTo("R15");
    }

    @Test
    void r15TheOldProvisoExceptionRestoresTwentyPercent(@TempDir Path dir) throws Exception {
        insured("501", LocalDate.of(1954, 1, 20), "850001", RelationshipType.HEAD);
        importIncome(dir, "i.csv", "501,2026,1600000,2100000,4500000,0\r\n");
        BurdenRate r = incomes.burdenRate(WAKO, "501", LocalDate.of(2026, 10, 1), false);
        assertThat(r.ratePercent()).isEqualTo(20);
        assertThat(r.basis()).isEqualTo("旧ただし書所得合計210万円以下");
    }

    @Test
    void r15StartsTheFirstOfTheMonthAfterThe70thBirthday(@TempDir Path dir) throws Exception {
        insured("601", LocalDate.of(1956, 11, 15), "860001", RelationshipType.HEAD);
        importIncome(dir, "i.csv", "601,2026,0,0,0,0\r\n");
        BurdenRate before = incomes.burdenRate(WAKO, "601", LocalDate.of(2026, 11, 30), false);
        assertThat(before.elderlyRecipient()).isFalse();
        assertThat(before.periodTo()).isEqualTo("2026-11-30");
        BurdenRate first = incomes.burdenRate(WAKO, "601", LocalDate.of(2026, 12, 1), false);
        assertThat(first.elderlyRecipient()).isTrue();
        assertThat(first.ratePercent()).isEqualTo(20);
        assertThat(first.periodFrom()).isEqualTo("2026-12-01");
        assertThatThrownBy(() -> incomes.burdenRate(WAKO, "601", LocalDate.of(2024, 3, 31), false))
            .hasMessageContaining("not NHI insured on 2024-03-31");
    }

    @Test
    void r9IncomeCategoryWithTheR11SalaryAdjustment(@TempDir Path dir) throws Exception {
        insured("701", LocalDate.of(1985, 2, 2), "870001", RelationshipType.HEAD);
        insured("702", LocalDate.of(1987, 3, 3), "870001", RelationshipType.MEMBER);
        importIncome(dir, "i.csv", "701,2026,1500000,3000000,4500000,3000000\r\n702,2026,0,700000,1200000,0\r\n");

        HouseholdIncomeCategory plain = incomes.incomeCategory(WAKO, "870001", LocalDate.of(2026, 9, 1));
        assertThat(plain.oldProvisoIncomeTotal()).isEqualTo(3_700_000);
        assertThat(plain.bracket()).isEqualTo(IncomeBracket.BRACKET_U);
        assertThat(plain.incomeFiscalYear()).isEqualTo(2026);

        // 給与所得 3,000,000 counts as 900,000 (×30/100): 3,000,000 − 3,000,000 + 900,000 + 700,000 = 1,600,000
        InvoluntaryUnemployment u = incomes.registerInvoluntaryUnemployment(WAKO, new UnemploymentRequest("701",
            LocalDate.of(2026, 3, 30), "33", LocalDate.of(2026, 4, 10)));
        assertThat(u.firstMonth()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(u.lastMonth()).isEqualTo(YearMonth.of(2027, 3));
        HouseholdIncomeCategory reduced = incomes.incomeCategory(WAKO, "870001", LocalDate.of(2026, 9, 1));
        assertThat(reduced.oldProvisoIncomeTotal()).isEqualTo(1_600_000);
        assertThat(reduced.bracket()).isEqualTo(IncomeBracket.BRACKET_E);
        assertThat(reduced.adjustedAtenaNos()).containsExactly("701");
        // after the reduction period (2027-04) the full income counts again (年度 2026 income until 2027-07)
        assertThat(incomes.incomeCategory(WAKO, "870001", LocalDate.of(2027, 4, 1)).bracket())
            .isEqualTo(IncomeBracket.BRACKET_U);
    }

    @Test
    void r11ApplicationsThatDoNotQualifyAreRefused() {
        TestStores.registerPersons(registry, WAKO, LocalDate.of(1961, 4, 1), "801");
        TestStores.registerPersons(registry, WAKO, LocalDate.of(1980, 1, 1), "802");
        // 広川町 example 1: 離職日 2020-03-30 → 2020-03 (FY2019) … 2021-03 (FY2020)
        InvoluntaryUnemployment ok = incomes.registerInvoluntaryUnemployment(WAKO, new UnemploymentRequest("802",
            LocalDate.of(2020, 3, 30), "11", LocalDate.of(2020, 4, 10)));
        assertThat(ok.firstMonth()).isEqualTo(YearMonth.of(2020, 3));
        assertThat(ok.lastMonth()).isEqualTo(YearMonth.of(2021, 3));
        assertThatThrownBy(() -> incomes.registerInvoluntaryUnemployment(WAKO, new UnemploymentRequest("802",
            LocalDate.of(2026, 3, 30), "45", LocalDate.of(2026, 4, 10)))).hasMessageContaining(
                "REASON_CODE_NOT_COVERED").extracting(e -> ((RuleViolationException) e).code()).isEqualTo("R11");
        // 65 on the 離職日 (attained the day before the 65th birthday)
        assertThatThrownBy(() -> incomes.registerInvoluntaryUnemployment(WAKO, new UnemploymentRequest("801",
            LocalDate.of(2026, 3, 31), "11", LocalDate.of(2026, 4, 10)))).hasMessageContaining("AGED_65_OR_OVER");
        assertThatThrownBy(() -> incomes.registerInvoluntaryUnemployment(WAKO, new UnemploymentRequest("802",
            LocalDate.of(2020, 3, 30), "11", LocalDate.of(2020, 4, 10)))).hasMessageContaining("already recorded");
    }

    @Test
    void incomeBracketBoundaries() {
        assertThat(IncomeServiceImpl.bracket(9_010_001)).isEqualTo(IncomeBracket.BRACKET_A);
        assertThat(IncomeServiceImpl.bracket(9_010_000)).isEqualTo(IncomeBracket.BRACKET_I);
        assertThat(IncomeServiceImpl.bracket(6_000_000)).isEqualTo(IncomeBracket.BRACKET_U);
        assertThat(IncomeServiceImpl.bracket(2_100_001)).isEqualTo(IncomeBracket.BRACKET_U);
        assertThat(IncomeServiceImpl.bracket(2_100_000)).isEqualTo(IncomeBracket.BRACKET_E);
        assertThat(IncomeServiceImpl.incomeFiscalYear(LocalDate.of(2026, 7, 31))).isEqualTo(2025);
        assertThat(IncomeServiceImpl.incomeFiscalYear(LocalDate.of(2026, 8, 1))).isEqualTo(2026);
    }
}
