package jp.openkokuho.nhi.eligibility.internal.rules;

import static jp.openkokuho.nhi.eligibility.internal.rules.RuleAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.openkokuho.nhi.eligibility.internal.rules.ElderlyRecipientRule.CopayBasis;
import jp.openkokuho.nhi.eligibility.internal.rules.ElderlyRecipientRule.CopayDecision;
import jp.openkokuho.nhi.eligibility.internal.rules.ElderlyRecipientRule.ElderlyMember;

/** R15 高齢受給者: start and end dates, the 2割/3割 determination with its income boundaries, the 8/1 cycle. */
class ElderlyRecipientRuleTest {

    private static final LocalDate BORN_1954 = LocalDate.of(1954, 5, 20);
    private static final LocalDate BORN_1955 = LocalDate.of(1955, 9, 3);

    private static ElderlyMember member(long taxable, long oldProviso, long revenue) {
        return new ElderlyMember(BORN_1954, taxable, oldProviso, revenue);
    }

    private static CopayDecision rate(List<ElderlyMember> members, List<Long> former, boolean application) {
        return ElderlyRecipientRule.copayRate(members, former, application);
    }

    @Test
    void bornNovemberFifteenthStartsDecemberFirstAndEndsTheDayBeforeThe75thBirthday() {
        LocalDate birth = LocalDate.of(1956, 11, 15);
        assertThat(ElderlyRecipientRule.startDate(birth)).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(ElderlyRecipientRule.endDate(birth)).isEqualTo(LocalDate.of(2031, 11, 14));
    }

    @Test
    void bornOnTheFirstStartsOnTheFirstOfTheBirthdayMonth() {
        LocalDate birth = LocalDate.of(1956, 11, 1);
        assertThat(ElderlyRecipientRule.startDate(birth)).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(ElderlyRecipientRule.endDate(birth)).isEqualTo(LocalDate.of(2031, 10, 31));
    }

    @ParameterizedTest(name = "born {0} → start {1}, end {2}")
    @CsvSource({
        "1956-11-02, 2026-12-01, 2031-11-01",
        "1956-12-31, 2027-01-01, 2031-12-30",
        "1957-01-01, 2027-01-01, 2031-12-31",
        // 29 February: 70 and 75 are attained on 28 February in common years
        "1956-02-29, 2026-03-01, 2031-02-28"})
    void startAndEndAtMonthAndYearBoundaries(LocalDate birth, LocalDate start, LocalDate end) {
        assertThat(ElderlyRecipientRule.startDate(birth)).isEqualTo(start);
        assertThat(ElderlyRecipientRule.endDate(birth)).isEqualTo(end);
    }

    @Test
    void isElderlyRecipientBetweenStartAndEndInclusive() {
        LocalDate birth = LocalDate.of(1956, 11, 15);
        assertThat(ElderlyRecipientRule.isElderlyRecipientOn(birth, LocalDate.of(2026, 11, 30))).isFalse();
        assertThat(ElderlyRecipientRule.isElderlyRecipientOn(birth, LocalDate.of(2026, 12, 1))).isTrue();
        assertThat(ElderlyRecipientRule.isElderlyRecipientOn(birth, LocalDate.of(2031, 11, 14))).isTrue();
        assertThat(ElderlyRecipientRule.isElderlyRecipientOn(birth, LocalDate.of(2031, 11, 15))).isFalse();
    }

    @Test
    void taxableIncomeBelowThresholdIsGeneral() {
        assertThat(rate(List.of(member(1_449_999, 3_000_000, 6_000_000)), List.of(), false))
            .isEqualTo(new CopayDecision(20, CopayBasis.GENERAL));
    }

    @Test
    void taxableIncomeExactlyAtThresholdIsActiveIncomeLevel() {
        assertThat(rate(List.of(member(1_450_000, 2_100_001, 6_000_000)), List.of(), false))
            .isEqualTo(new CopayDecision(30, CopayBasis.ACTIVE_INCOME_LEVEL));
    }

    @Test
    void oneMemberAtThresholdMakesTheWholeHouseholdThirtyPercent() {
        assertThat(rate(List.of(member(1_450_000, 2_000_000, 6_000_000), member(0, 200_000, 800_000)), List.of(),
            false)).isEqualTo(new CopayDecision(30, CopayBasis.ACTIVE_INCOME_LEVEL));
    }

    @Test
    void oldProvisoIncomeTotalExactlyAtLimitRestoresTwentyPercent() {
        assertThat(rate(List.of(member(1_450_000, 2_100_000, 6_000_000)), List.of(), false))
            .isEqualTo(new CopayDecision(20, CopayBasis.OLD_PROVISO_INCOME_TOTAL));
        assertThat(rate(List.of(member(1_450_000, 1_500_000, 3_000_000), member(0, 600_000, 1_000_000)), List.of(),
            false)).isEqualTo(new CopayDecision(20, CopayBasis.OLD_PROVISO_INCOME_TOTAL));
        assertThat(rate(List.of(member(1_450_000, 1_500_000, 3_000_000), member(0, 600_001, 3_000_000)), List.of(),
            false)).isEqualTo(new CopayDecision(30, CopayBasis.ACTIVE_INCOME_LEVEL));
    }

    @Test
    void oldProvisoExceptionNeedsAMemberBornOnOrAfter1945_01_02() {
        ElderlyMember bornJanFirst = new ElderlyMember(LocalDate.of(1945, 1, 1), 1_450_000, 1_000_000, 6_000_000);
        ElderlyMember bornJanSecond = new ElderlyMember(LocalDate.of(1945, 1, 2), 1_450_000, 1_000_000, 6_000_000);
        assertThat(rate(List.of(bornJanFirst), List.of(), false).ratePercent()).isEqualTo(30);
        assertThat(rate(List.of(bornJanSecond), List.of(), false))
            .isEqualTo(new CopayDecision(20, CopayBasis.OLD_PROVISO_INCOME_TOTAL));
    }

    @Test
    void singleMemberRevenueBelow3_830_000OnApplication() {
        assertThat(rate(List.of(member(2_000_000, 2_500_000, 3_829_999)), List.of(), true))
            .isEqualTo(new CopayDecision(20, CopayBasis.STANDARD_INCOME_APPLICATION));
        assertThat(rate(List.of(member(2_000_000, 2_500_000, 3_830_000)), List.of(), true))
            .isEqualTo(new CopayDecision(30, CopayBasis.ACTIVE_INCOME_LEVEL));
    }

    @Test
    void revenueBelowLimitWithoutApplicationStaysThirtyPercent() {
        assertThat(rate(List.of(member(2_000_000, 2_500_000, 3_829_999)), List.of(), false))
            .isEqualTo(new CopayDecision(30, CopayBasis.ACTIVE_INCOME_LEVEL));
    }

    @Test
    void twoMembersRevenueBelow5_200_000OnApplication() {
        ElderlyMember husband = member(2_000_000, 2_500_000, 4_000_000);
        assertThat(rate(List.of(husband, new ElderlyMember(BORN_1955, 0, 100_000, 1_199_999)), List.of(), true))
            .isEqualTo(new CopayDecision(20, CopayBasis.STANDARD_INCOME_APPLICATION));
        assertThat(rate(List.of(husband, new ElderlyMember(BORN_1955, 0, 100_000, 1_200_000)), List.of(), true))
            .isEqualTo(new CopayDecision(30, CopayBasis.ACTIVE_INCOME_LEVEL));
    }

    @Test
    void oneMemberWithAFormerNhiMemberInLateElderlyUsesTheTwoPersonLimit() {
        ElderlyMember single = member(2_000_000, 2_500_000, 4_000_000);
        assertThat(rate(List.of(single), List.of(1_199_999L), true))
            .isEqualTo(new CopayDecision(20, CopayBasis.STANDARD_INCOME_APPLICATION));
        assertThat(rate(List.of(single), List.of(1_200_000L), true))
            .isEqualTo(new CopayDecision(30, CopayBasis.ACTIVE_INCOME_LEVEL));
        assertThat(rate(List.of(single), List.of(), true))
            .isEqualTo(new CopayDecision(30, CopayBasis.ACTIVE_INCOME_LEVEL));
    }

    @Test
    void invalidInputIsRejected() {
        assertViolation(() -> rate(List.of(), List.of(), false), "R15", "elderly_members");
        assertViolation(() -> rate(List.of(member(-1, 0, 0)), List.of(), false), "R15", "income");
        assertViolation(() -> rate(List.of(member(0, 0, 0)), List.of(-1L), false), "R15",
            "former_nhi_member_revenue");
    }

    @ParameterizedTest(name = "{0} uses the income of {1}")
    @CsvSource({"2026-07, 2024", "2026-08, 2025", "2026-12, 2025", "2027-01, 2025", "2027-07, 2025",
        "2027-08, 2026"})
    void monthsJanuaryToJulyUseTheYearBeforeThePrevious(YearMonth month, int incomeYear) {
        assertThat(ElderlyRecipientRule.incomeYear(month)).isEqualTo(incomeYear);
    }

    @ParameterizedTest(name = "{0}: period {1} … {2}")
    @CsvSource({"2026-07-31, 2025-08-01, 2026-07-31", "2026-08-01, 2026-08-01, 2027-07-31",
        "2027-01-15, 2026-08-01, 2027-07-31"})
    void ratePeriodRunsFromAugustFirstToJulyThirtyFirst(LocalDate date, LocalDate start, LocalDate end) {
        assertThat(ElderlyRecipientRule.redeterminationDate(date)).isEqualTo(start);
        assertThat(ElderlyRecipientRule.periodLastDay(date)).isEqualTo(end);
    }
}
