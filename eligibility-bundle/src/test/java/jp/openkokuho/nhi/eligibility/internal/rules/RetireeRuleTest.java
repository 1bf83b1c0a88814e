package jp.openkokuho.nhi.eligibility.internal.rules;

import static jp.openkokuho.nhi.eligibility.internal.rules.RuleAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.openkokuho.nhi.eligibility.internal.rules.RuleParameters.RetireeToDateConvention;

/** R10 退職者医療: the phase-out limits and the end at 65. */
class RetireeRuleTest {

    private static final RuleParameters DEFAULTS = RuleParameters.defaults();
    private static final RuleParameters FIRST_DAY_WITHOUT =
        DEFAULTS.withRetireeToDateConvention(RetireeToDateConvention.FIRST_DAY_WITHOUT);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest(name = "born {0}: last retiree day {1}")
    @CsvSource({
        "1955-03-15, 2020-03-31",
        // born on the 1st: the end of the month before the birthday month
        "1950-06-01, 2015-05-31",
        "1950-06-02, 2015-06-30",
        "1955-04-01, 2020-03-31",
        "1955-04-02, 2020-04-30"})
    void retireeStatusEndsWithTheMonthInWhich65IsAttained(LocalDate birth, LocalDate lastDay) {
        assertThat(RetireeRule.endByAge(birth, DEFAULTS)).isEqualTo(lastDay);
        assertThat(RetireeRule.endByAge(birth, FIRST_DAY_WITHOUT)).isEqualTo(lastDay.plusDays(1));
    }

    @Test
    void latestToDateFollowsTheConvention() {
        assertThat(RetireeRule.latestToDate(DEFAULTS)).isEqualTo(d("2020-03-31"));
        assertThat(RetireeRule.latestToDate(FIRST_DAY_WITHOUT)).isEqualTo(d("2020-04-01"));
    }

    @Test
    void aClosedHistoricPeriodPasses() {
        assertThatNoException().isThrownBy(
            () -> RetireeRule.check(d("2010-04-01"), d("2015-06-30"), d("1950-06-15"), DEFAULTS));
        // the last possible retiree: 該当 on 2015-03-31, left at 65 on 2020-03-31
        assertThatNoException().isThrownBy(
            () -> RetireeRule.check(d("2015-03-31"), d("2020-03-31"), d("1955-03-15"), DEFAULTS));
        assertThatNoException().isThrownBy(
            () -> RetireeRule.check(d("2015-03-31"), d("2020-04-01"), d("1955-03-15"), FIRST_DAY_WITHOUT));
    }

    @Test
    void newRetireeFromApril2015IsRejected() {
        assertViolation(() -> RetireeRule.check(d("2015-04-01"), d("2016-03-31"), d("1955-03-15"), DEFAULTS),
            "R10", "retiree_from_date");
    }

    @Test
    void retireeToDateAfterMarch2020IsRejected() {
        assertViolation(() -> RetireeRule.check(d("2015-03-31"), d("2020-04-01"), d("1955-04-15"), DEFAULTS),
            "R10", "retiree_to_date");
        assertViolation(() -> RetireeRule.check(d("2015-03-31"), d("2020-04-02"), d("1955-04-15"),
            FIRST_DAY_WITHOUT), "R10", "retiree_to_date");
    }

    @Test
    void retireeToDateAfterTheEndAt65IsRejected() {
        assertViolation(() -> RetireeRule.check(d("2010-04-01"), d("2015-06-30"), d("1950-06-01"), DEFAULTS),
            "R10", "retiree_to_date");
        assertThatNoException().isThrownBy(
            () -> RetireeRule.check(d("2010-04-01"), d("2015-05-31"), d("1950-06-01"), DEFAULTS));
    }

    @Test
    void missingDatesAreRejected() {
        assertViolation(() -> RetireeRule.check(null, d("2015-06-30"), d("1950-06-15"), DEFAULTS),
            "R10", "retiree_from_date");
        assertViolation(() -> RetireeRule.check(d("2010-04-01"), null, d("1950-06-15"), DEFAULTS),
            "R10", "retiree_to_date");
    }

    @Test
    void toDateMustNotPrecedeFromDate() {
        assertViolation(() -> RetireeRule.check(d("2012-04-01"), d("2012-03-31"), d("1950-06-15"), DEFAULTS),
            "R10", "retiree_to_date");
        // a single retiree day is possible when the to-date is the last retiree day, not when it is the day after
        assertThatNoException().isThrownBy(
            () -> RetireeRule.check(d("2012-04-01"), d("2012-04-01"), d("1950-06-15"), DEFAULTS));
        assertViolation(() -> RetireeRule.check(d("2012-04-01"), d("2012-04-01"), d("1950-06-15"),
            FIRST_DAY_WITHOUT), "R10", "retiree_to_date");
    }
}
