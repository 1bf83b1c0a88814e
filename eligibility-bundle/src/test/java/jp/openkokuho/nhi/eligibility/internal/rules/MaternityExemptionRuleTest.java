package jp.openkokuho.nhi.eligibility.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

/** R22 産前産後: exempt months, the 2024-01 / 2023-11 cut-offs and the exempt components. */
class MaternityExemptionRuleTest {

    private static YearMonth ym(int year, int month) {
        return YearMonth.of(year, month);
    }

    @Test
    void singleBirthDueAugustTwentiethIsExemptJulyToOctober() {
        assertThat(MaternityExemptionRule.exemptMonths(LocalDate.of(2026, 8, 20), false))
            .containsExactly(ym(2026, 7), ym(2026, 8), ym(2026, 9), ym(2026, 10));
    }

    @Test
    void multipleBirthIsExemptSixMonthsFromThreeMonthsBefore() {
        assertThat(MaternityExemptionRule.exemptMonths(LocalDate.of(2026, 8, 20), true))
            .containsExactly(ym(2026, 5), ym(2026, 6), ym(2026, 7), ym(2026, 8), ym(2026, 9), ym(2026, 10));
    }

    @Test
    void birthInNovember2023IsExemptOnlyFromJanuary2024() {
        assertThat(MaternityExemptionRule.exemptionPeriod(LocalDate.of(2023, 11, 5), false))
            .isEqualTo(new MonthRange(ym(2023, 10), ym(2024, 1)));
        assertThat(MaternityExemptionRule.exemptMonths(LocalDate.of(2023, 11, 5), false)).containsExactly(ym(2024, 1));
        assertThat(MaternityExemptionRule.exemptMonths(LocalDate.of(2023, 11, 5), true)).containsExactly(ym(2024, 1));
    }

    @Test
    void birthBeforeNovember2023IsNotExempt() {
        assertThat(MaternityExemptionRule.exemptMonths(LocalDate.of(2023, 10, 31), false)).isEmpty();
        assertThat(MaternityExemptionRule.exemptMonths(LocalDate.of(2023, 10, 31), true)).isEmpty();
    }

    @Test
    void multipleBirthInFebruary2024LosesTheMonthsBefore2024() {
        assertThat(MaternityExemptionRule.exemptMonths(LocalDate.of(2024, 2, 10), true))
            .containsExactly(ym(2024, 1), ym(2024, 2), ym(2024, 3), ym(2024, 4));
    }

    @Test
    void onlyIncomeAndPerCapitaLeviesAreExempt() {
        assertThat(MaternityExemptionRule.EXEMPT_LEVIES)
            .containsExactlyInAnyOrder(LevyComponent.INCOME_LEVY, LevyComponent.PER_CAPITA_LEVY)
            .doesNotContain(LevyComponent.PER_HOUSEHOLD_LEVY);
    }

    @Test
    void applicationOpensSixMonthsBeforeTheDueDate() {
        assertThat(MaternityExemptionRule.applicationOpensOn(LocalDate.of(2026, 8, 20)))
            .isEqualTo(LocalDate.of(2026, 2, 20));
    }
}
