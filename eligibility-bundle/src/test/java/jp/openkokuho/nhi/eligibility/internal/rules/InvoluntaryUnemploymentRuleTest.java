package jp.openkokuho.nhi.eligibility.internal.rules;

import static jp.openkokuho.nhi.eligibility.internal.rules.RuleAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import jp.openkokuho.nhi.eligibility.internal.rules.InvoluntaryUnemploymentRule.Eligibility;
import jp.openkokuho.nhi.eligibility.internal.rules.InvoluntaryUnemploymentRule.SeparationCategory;

/** R11 非自発的失業者の軽減: eligibility, period and the 30/100 salary income. */
class InvoluntaryUnemploymentRuleTest {

    private static final LocalDate BORN_1980 = LocalDate.of(1980, 1, 1);

    @Test
    void separationOnMarchThirtiethRunsFrom2020_03To2021_03() {
        MonthRange period = InvoluntaryUnemploymentRule.reductionPeriod(LocalDate.of(2020, 3, 30));
        assertThat(period).isEqualTo(new MonthRange(YearMonth.of(2020, 3), YearMonth.of(2021, 3)));
        assertThat(period.size()).isEqualTo(13);
    }

    @ParameterizedTest(name = "離職日 {0} → {1} … {2}")
    @CsvSource({
        // the day after is 1 April: the period starts in the next fiscal year
        "2020-03-31, 2020-04, 2022-03",
        "2026-09-15, 2026-09, 2028-03",
        "2026-12-31, 2027-01, 2028-03",
        "2027-02-28, 2027-03, 2028-03"})
    void periodStartsWithTheMonthOfTheDayAfterAndEndsInMarchOfTheNextFiscalYear(LocalDate separation,
            YearMonth first, YearMonth last) {
        assertThat(InvoluntaryUnemploymentRule.reductionPeriod(separation)).isEqualTo(new MonthRange(first, last));
    }

    @ParameterizedTest(name = "code {0} is eligible")
    @ValueSource(strings = {"11", "12", "21", "22", "31", "32", "23", "33", "34"})
    void coveredReasonCodesAreEligible(String code) {
        assertThat(InvoluntaryUnemploymentRule.eligibility(LocalDate.of(2026, 3, 31), BORN_1980, code))
            .isEqualTo(Eligibility.ELIGIBLE);
    }

    @ParameterizedTest(name = "code {0} is not eligible")
    @ValueSource(strings = {"40", "45", "50", "55"})
    void otherReasonCodesAreNotEligible(String code) {
        assertThat(InvoluntaryUnemploymentRule.eligibility(LocalDate.of(2026, 3, 31), BORN_1980, code))
            .isEqualTo(Eligibility.REASON_CODE_NOT_COVERED);
    }

    @Test
    void code33JustifiedVoluntarySeparationIsEligible() {
        Eligibility e = InvoluntaryUnemploymentRule.eligibility(LocalDate.of(2026, 3, 31), BORN_1980, "33");
        assertThat(e).isEqualTo(Eligibility.ELIGIBLE);
        assertThat(e.isEligible()).isTrue();
        assertThat(InvoluntaryUnemploymentRule.category("33")).contains(SeparationCategory.SPECIFIED_REASON_SEPARATION);
    }

    @Test
    void categoriesOfCodes() {
        assertThat(InvoluntaryUnemploymentRule.category("11"))
            .contains(SeparationCategory.SPECIFIED_QUALIFIED_RECIPIENT);
        assertThat(InvoluntaryUnemploymentRule.category("23"))
            .contains(SeparationCategory.SPECIFIED_REASON_SEPARATION);
        assertThat(InvoluntaryUnemploymentRule.category("40")).isEmpty();
    }

    @ParameterizedTest(name = "離職日 {0} for someone born 1961-06-15 → {1}")
    @CsvSource({
        "2026-06-13, ELIGIBLE",
        // 65 is attained on the day before the birthday: separating that day is already 65 (高年齢受給資格者)
        "2026-06-14, AGED_65_OR_OVER",
        "2026-06-15, AGED_65_OR_OVER"})
    void aPersonAged65OnTheSeparationDayIsNotEligible(LocalDate separation, Eligibility expected) {
        assertThat(InvoluntaryUnemploymentRule.eligibility(separation, LocalDate.of(1961, 6, 15), "11"))
            .isEqualTo(expected);
    }

    @Test
    void separationBefore2009_03_31IsNotEligible() {
        assertThat(InvoluntaryUnemploymentRule.eligibility(LocalDate.of(2009, 3, 30), BORN_1980, "11"))
            .isEqualTo(Eligibility.SEPARATED_BEFORE_2009_03_31);
        assertThat(InvoluntaryUnemploymentRule.eligibility(LocalDate.of(2009, 3, 31), BORN_1980, "11"))
            .isEqualTo(Eligibility.ELIGIBLE);
    }

    @Test
    void malformedCodesAreRejected() {
        assertViolation(() -> InvoluntaryUnemploymentRule.eligibility(LocalDate.of(2026, 3, 31), BORN_1980, "3"),
            "R11", "separation_reason_code");
        assertViolation(() -> InvoluntaryUnemploymentRule.eligibility(LocalDate.of(2026, 3, 31), BORN_1980, null),
            "R11", "separation_reason_code");
        assertViolation(() -> InvoluntaryUnemploymentRule.category("1a"), "R11", "separation_reason_code");
    }

    @ParameterizedTest(name = "給与所得 {0} → {1}")
    @CsvSource({"3000000, 900000", "1234567, 370370", "0, 0", "3, 0", "4, 1", "10, 3"})
    void salaryIncomeIsCountedAtThirtyPercentRoundedDown(long income, long adjusted) {
        assertThat(InvoluntaryUnemploymentRule.adjustedSalaryIncome(income)).isEqualTo(adjusted);
    }

    @Test
    void negativeSalaryIncomeIsRejected() {
        assertViolation(() -> InvoluntaryUnemploymentRule.adjustedSalaryIncome(-1), "R11", "salary_income");
    }

    @Test
    void appliedPeriodEndsBeforeTheLossMonthByDefault() {
        LocalDate separation = LocalDate.of(2020, 3, 30);
        RuleParameters defaults = RuleParameters.defaults();
        assertThat(InvoluntaryUnemploymentRule.appliedPeriod(separation, null, defaults))
            .contains(new MonthRange(YearMonth.of(2020, 3), YearMonth.of(2021, 3)));
        // re-employed: joined employee insurance 2020-09-30 → loss 2020-10-01 → last month 2020-09
        assertThat(InvoluntaryUnemploymentRule.appliedPeriod(separation, LocalDate.of(2020, 10, 1), defaults))
            .contains(new MonthRange(YearMonth.of(2020, 3), YearMonth.of(2020, 9)));
        assertThat(InvoluntaryUnemploymentRule.appliedPeriod(separation, LocalDate.of(2022, 1, 1), defaults))
            .contains(new MonthRange(YearMonth.of(2020, 3), YearMonth.of(2021, 3)));
        assertThat(InvoluntaryUnemploymentRule.appliedPeriod(separation, LocalDate.of(2020, 4, 1), defaults))
            .contains(new MonthRange(YearMonth.of(2020, 3), YearMonth.of(2020, 3)));
        assertThat(InvoluntaryUnemploymentRule.appliedPeriod(separation, LocalDate.of(2020, 3, 31), defaults))
            .isEmpty();
    }

    @Test
    void appliedPeriodIgnoresTheLossWhenTheTenantSaysSo() {
        RuleParameters keep = RuleParameters.defaults().withInvoluntaryUnemploymentEndsOnLoss(false);
        assertThat(InvoluntaryUnemploymentRule.appliedPeriod(LocalDate.of(2020, 3, 30), LocalDate.of(2020, 10, 1),
            keep)).contains(new MonthRange(YearMonth.of(2020, 3), YearMonth.of(2021, 3)));
    }
}
