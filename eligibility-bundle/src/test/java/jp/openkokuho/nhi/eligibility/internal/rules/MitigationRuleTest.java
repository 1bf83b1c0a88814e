package jp.openkokuho.nhi.eligibility.internal.rules;

import static jp.openkokuho.nhi.eligibility.internal.rules.RuleAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.openkokuho.nhi.eligibility.internal.rules.MitigationRule.LevyShares;
import jp.openkokuho.nhi.eligibility.internal.rules.MitigationRule.SpecifiedHouseholdFacts;
import jp.openkokuho.nhi.eligibility.internal.rules.MitigationRule.SpecifiedHouseholdStatus;
import jp.openkokuho.nhi.eligibility.internal.rules.RuleParameters.FormerDependantEndMode;

/** R12 緩和措置: 旧被扶養者減免 and 特定世帯/特定継続世帯. */
class MitigationRuleTest {

    private static final RuleParameters DEFAULTS = RuleParameters.defaults();
    private static final RuleParameters MONTH_OF_ELAPSE =
        DEFAULTS.withFormerDependantEndMode(FormerDependantEndMode.MONTH_IN_WHICH_TWO_YEARS_ELAPSE);

    // Doc example: employee-insured husband turns 75 on 2026-06-15; the wife (68) joins NHI the same day.
    private static final LocalDate HUSBAND_LATE_ELDERLY = LocalDate.of(2026, 6, 15);
    private static final LocalDate WIFE_BIRTH = LocalDate.of(1958, 1, 10);
    private static final LocalDate WIFE_ACQUISITION = LocalDate.of(2026, 6, 15);

    private static YearMonth ym(int year, int month) {
        return YearMonth.of(year, month);
    }

    @Test
    void wifeOfAnEmployeeInsuredHusbandMovingToLateElderlyIsAFormerDependant() {
        assertThat(Ages.ageOn(WIFE_BIRTH, WIFE_ACQUISITION)).isEqualTo(68);
        assertThat(MitigationRule.isFormerDependant(WIFE_BIRTH, WIFE_ACQUISITION, HUSBAND_LATE_ELDERLY, true))
            .isTrue();
    }

    @Test
    void docExampleSharesFromTheAcquisitionMonth() {
        // 所得割 0, 均等割 ½, and the wife is the only insured → 平等割 ½
        assertThat(MitigationRule.formerDependantShares(ym(2026, 6), WIFE_ACQUISITION, true, false, DEFAULTS))
            .isEqualTo(new LevyShares(0, 0, 50, 50));
    }

    @Test
    void docExampleEndsWith2028_05ByDefault() {
        assertThat(MitigationRule.formerDependantPeriod(WIFE_ACQUISITION, DEFAULTS))
            .isEqualTo(new MonthRange(ym(2026, 6), ym(2028, 5)));
        assertThat(MitigationRule.formerDependantShares(ym(2028, 5), WIFE_ACQUISITION, true, false, DEFAULTS))
            .isEqualTo(new LevyShares(0, 0, 50, 50));
        // after the period 均等割 and 平等割 are due in full, but 所得割 stays exempt (当分の間)
        assertThat(MitigationRule.formerDependantShares(ym(2028, 6), WIFE_ACQUISITION, true, false, DEFAULTS))
            .isEqualTo(new LevyShares(0, 0, 100, 100));
    }

    @Test
    void docExampleEndsWith2028_06WhenReadAsTheMonthInWhichTwoYearsElapse() {
        assertThat(MitigationRule.formerDependantPeriod(WIFE_ACQUISITION, MONTH_OF_ELAPSE))
            .isEqualTo(new MonthRange(ym(2026, 6), ym(2028, 6)));
        assertThat(MitigationRule.formerDependantShares(ym(2028, 6), WIFE_ACQUISITION, true, false,
            MONTH_OF_ELAPSE)).isEqualTo(new LevyShares(0, 0, 50, 50));
        assertThat(MitigationRule.formerDependantShares(ym(2028, 7), WIFE_ACQUISITION, true, false,
            MONTH_OF_ELAPSE)).isEqualTo(new LevyShares(0, 0, 100, 100));
    }

    @Test
    void docExampleIsNotASpecifiedHouseholdBecauseTheHusbandWasNeverNhiInsured() {
        SpecifiedHouseholdFacts facts = new SpecifiedHouseholdFacts(false, 1, true, true);
        assertThat(MitigationRule.specifiedHouseholdStatus(ym(2026, 6), ym(2026, 6), facts))
            .isEqualTo(SpecifiedHouseholdStatus.NONE);
    }

    @Test
    void householdWithOtherInsuredKeepsFullPerHouseholdLevy() {
        assertThat(MitigationRule.formerDependantShares(ym(2026, 6), WIFE_ACQUISITION, false, false, DEFAULTS))
            .isEqualTo(new LevyShares(0, 0, 50, 100));
    }

    @Test
    void householdUnderSeventyOrFiftyPercentReductionGetsOnlyTheIncomeLevyExemption() {
        assertThat(MitigationRule.formerDependantShares(ym(2026, 6), WIFE_ACQUISITION, true, true, DEFAULTS))
            .isEqualTo(new LevyShares(0, 0, 100, 100));
    }

    @Test
    void monthsBeforeTheAcquisitionOrBeforeApril2019AreRejected() {
        assertViolation(() -> MitigationRule.formerDependantShares(ym(2026, 5), WIFE_ACQUISITION, true, false,
            DEFAULTS), "R12", "month");
        assertViolation(() -> MitigationRule.formerDependantShares(ym(2018, 7), LocalDate.of(2018, 6, 1), true,
            false, DEFAULTS), "R12", "month");
    }

    @ParameterizedTest(name = "born {0}, joining 2026-06-15: former dependant {1}")
    @CsvSource({
        // ages are attained the day before the birthday (65 and 75 alike)
        "1961-06-16, true",
        "1961-06-17, false",
        "1951-06-17, true",
        "1951-06-16, false"})
    void formerDependantIsAged65To74OnTheAcquisitionDay(LocalDate birth, boolean expected) {
        assertThat(MitigationRule.isFormerDependant(birth, WIFE_ACQUISITION, HUSBAND_LATE_ELDERLY, true))
            .isEqualTo(expected);
    }

    @Test
    void formerDependantNeedsAnEmployeeInsuredSupporterMovingToLateElderlyThatDay() {
        assertThat(MitigationRule.isFormerDependant(WIFE_BIRTH, WIFE_ACQUISITION, HUSBAND_LATE_ELDERLY, false))
            .as("supporter in a 国保組合").isFalse();
        assertThat(MitigationRule.isFormerDependant(WIFE_BIRTH, LocalDate.of(2026, 7, 1), HUSBAND_LATE_ELDERLY,
            true)).as("joined for another reason later").isFalse();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "2026-05, NONE",
        "2026-06, SPECIFIED_HOUSEHOLD",
        "2031-05, SPECIFIED_HOUSEHOLD",
        "2031-06, SPECIFIED_CONTINUING_HOUSEHOLD",
        "2034-05, SPECIFIED_CONTINUING_HOUSEHOLD",
        "2034-06, NONE"})
    void specifiedHouseholdHalfForFiveYearsThenThreeQuartersForThree(YearMonth month,
            SpecifiedHouseholdStatus expected) {
        // NHI-insured husband turns 75 on 2026-06-15; his wife remains the only NHI insured
        SpecifiedHouseholdFacts facts = new SpecifiedHouseholdFacts(true, 1, true, true);
        assertThat(MitigationRule.specifiedHouseholdStatus(month, ym(2026, 6), facts)).isEqualTo(expected);
    }

    @Test
    void specifiedHouseholdSharesOfPerHouseholdLevy() {
        assertThat(SpecifiedHouseholdStatus.SPECIFIED_HOUSEHOLD.perHouseholdShare()).isEqualTo(50);
        assertThat(SpecifiedHouseholdStatus.SPECIFIED_CONTINUING_HOUSEHOLD.perHouseholdShare()).isEqualTo(75);
        assertThat(SpecifiedHouseholdStatus.NONE.perHouseholdShare()).isEqualTo(100);
        assertThat(SpecifiedHouseholdStatus.SPECIFIED_CONTINUING_HOUSEHOLD.label()).isEqualTo("特定継続世帯");
    }

    @Test
    void specifiedHouseholdConditionsMustAllHold() {
        YearMonth month = ym(2027, 1);
        YearMonth transfer = ym(2026, 6);
        assertThat(MitigationRule.specifiedHouseholdStatus(month, transfer,
            new SpecifiedHouseholdFacts(true, 2, true, true))).as("two insured remain")
            .isEqualTo(SpecifiedHouseholdStatus.NONE);
        assertThat(MitigationRule.specifiedHouseholdStatus(month, transfer,
            new SpecifiedHouseholdFacts(true, 1, false, true))).as("後期 member left the household")
            .isEqualTo(SpecifiedHouseholdStatus.NONE);
        assertThat(MitigationRule.specifiedHouseholdStatus(month, transfer,
            new SpecifiedHouseholdFacts(true, 1, true, false))).as("世帯主 changed")
            .isEqualTo(SpecifiedHouseholdStatus.NONE);
    }

    @Test
    void levySharesByComponent() {
        LevyShares shares = new LevyShares(0, 0, 50, 100);
        assertThat(shares.of(LevyComponent.INCOME_LEVY)).isZero();
        assertThat(shares.of(LevyComponent.ASSET_LEVY)).isZero();
        assertThat(shares.of(LevyComponent.PER_CAPITA_LEVY)).isEqualTo(50);
        assertThat(shares.of(LevyComponent.PER_HOUSEHOLD_LEVY)).isEqualTo(100);
        assertThat(LevyShares.FULL).isEqualTo(new LevyShares(100, 100, 100, 100));
    }
}
