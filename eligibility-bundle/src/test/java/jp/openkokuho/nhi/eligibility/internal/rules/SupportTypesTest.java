package jp.openkokuho.nhi.eligibility.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.openkokuho.nhi.api.eligibility.RuleViolationException;

/** The shared pieces of the rules package: legal age arithmetic, month ranges and the check exception. */
class SupportTypesTest {

    @ParameterizedTest(name = "born {0}: age {1} attained on {2}, birthday {3}")
    @CsvSource({
        "1956-11-15, 70, 2026-11-14, 2026-11-15",
        // born on the 1st: the age is attained on the last day of the previous month
        "1956-11-01, 70, 2026-10-31, 2026-11-01",
        // born on 29 February: attained on 28 February, anniversary 1 March in a common year
        "1956-02-29, 70, 2026-02-28, 2026-03-01",
        "1956-02-29, 72, 2028-02-28, 2028-02-29",
        // born on 1 March of a leap year: attained on the last day of February either way
        "1956-03-01, 70, 2026-02-28, 2026-03-01",
        "1956-03-01, 72, 2028-02-29, 2028-03-01",
        "1960-01-01, 65, 2024-12-31, 2025-01-01"})
    void ageAttainedDateIsTheDayBeforeTheBirthday(LocalDate birth, int years, LocalDate attained, LocalDate birthday) {
        assertThat(Ages.ageAttainedDate(birth, years)).isEqualTo(attained);
        assertThat(Ages.birthday(birth, years)).isEqualTo(birthday);
    }

    @ParameterizedTest(name = "born {0}, on {1}: age {2}")
    @CsvSource({
        "1961-06-15, 2026-06-13, 64",
        "1961-06-15, 2026-06-14, 65",
        "1961-06-15, 2026-06-15, 65",
        "1960-01-01, 2024-12-30, 64",
        "1960-01-01, 2024-12-31, 65",
        "1960-02-29, 2025-02-27, 64",
        "1960-02-29, 2025-02-28, 65",
        "1960-03-01, 2025-02-28, 65",
        "2026-07-07, 2026-07-07, 0"})
    void ageOnCountsFromTheAttainmentDay(LocalDate birth, LocalDate date, int age) {
        assertThat(Ages.ageOn(birth, date)).isEqualTo(age);
    }

    @Test
    void ageBeforeBirthIsRejected() {
        assertThatThrownBy(() -> Ages.ageOn(LocalDate.of(2026, 7, 7), LocalDate.of(2026, 7, 6)))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void monthRangeListsContainsAndIntersects() {
        MonthRange fy = new MonthRange(YearMonth.of(2025, 4), YearMonth.of(2026, 3));
        assertThat(fy.size()).isEqualTo(12);
        assertThat(fy.months()).hasSize(12).startsWith(YearMonth.of(2025, 4)).endsWith(YearMonth.of(2026, 3));
        assertThat(fy.contains(YearMonth.of(2025, 4))).isTrue();
        assertThat(fy.contains(YearMonth.of(2026, 3))).isTrue();
        assertThat(fy.contains(YearMonth.of(2026, 4))).isFalse();
        assertThat(fy.intersect(new MonthRange(YearMonth.of(2026, 2), YearMonth.of(2026, 8))))
            .contains(new MonthRange(YearMonth.of(2026, 2), YearMonth.of(2026, 3)));
        assertThat(fy.intersect(new MonthRange(YearMonth.of(2026, 4), YearMonth.of(2026, 8)))).isEmpty();
        assertThat(MonthRange.ofLength(YearMonth.of(2026, 6), 24))
            .isEqualTo(new MonthRange(YearMonth.of(2026, 6), YearMonth.of(2028, 5)));
    }

    @Test
    void monthRangeRejectsReversedBoundsAndEmptyLength() {
        assertThatThrownBy(() -> new MonthRange(YearMonth.of(2026, 5), YearMonth.of(2026, 4)))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MonthRange.ofLength(YearMonth.of(2026, 5), 0))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ruleCheckExceptionIsARuleViolationWithRuleAndItem() {
        RuleCheckException e = new RuleCheckException("R17", "branch_no", "must be 01 to 99");
        assertThat(e).isInstanceOf(RuleViolationException.class);
        assertThat(e.rule()).isEqualTo("R17");
        assertThat(e.item()).isEqualTo("branch_no");
        assertThat(e.oneLine()).isEqualTo("[R17] branch_no: must be 01 to 99");
    }
}
