package jp.openkokuho.nhi.eligibility.internal.rules;

import static jp.openkokuho.nhi.eligibility.internal.rules.RuleAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.openkokuho.nhi.api.eligibility.AcquisitionReason;
import jp.openkokuho.nhi.api.eligibility.LossReason;

/** R4 月割: the worked examples of the domain rules and the month boundaries. */
class TaxableMonthsRuleTest {

    private static YearMonth ym(int year, int month) {
        return YearMonth.of(year, month);
    }

    @Test
    void retiredOnJuneThirtiethIsTaxedNineMonthsInFy2025() {
        LocalDate acquisition = AcquisitionDateRule.acquisitionDate(AcquisitionReason.LEFT_EMPLOYEE_INSURANCE,
            LocalDate.of(2025, 6, 30));
        assertThat(acquisition).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(TaxableMonthsRule.taxableMonths(acquisition, null, 2025)).containsExactly(
            ym(2025, 7), ym(2025, 8), ym(2025, 9), ym(2025, 10), ym(2025, 11), ym(2025, 12),
            ym(2026, 1), ym(2026, 2), ym(2026, 3));
        assertThat(TaxableMonthsRule.taxableMonthCount(acquisition, null, 2025)).isEqualTo(9);
    }

    @Test
    void seventyFifthBirthdayOnJuneFifteenthLeavesAprilAndMayInFy2026() {
        LocalDate loss = LossDateRule.lossDate(LossReason.LATE_ELDERLY, LocalDate.of(2026, 6, 15));
        assertThat(TaxableMonthsRule.taxableMonths(LocalDate.of(2019, 4, 1), loss, 2026))
            .containsExactly(ym(2026, 4), ym(2026, 5));
    }

    @Test
    void deathOnMarchThirtyFirstKeepsMarchTaxable() {
        LocalDate loss = LossDateRule.lossDate(LossReason.DEATH, LocalDate.of(2026, 3, 31));
        assertThat(loss).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(TaxableMonthsRule.taxableMonths(LocalDate.of(2020, 1, 1), loss, 2025))
            .hasSize(12).startsWith(ym(2025, 4)).endsWith(ym(2026, 3));
        assertThat(TaxableMonthsRule.taxableMonths(LocalDate.of(2020, 1, 1), loss, 2026)).isEmpty();
    }

    @Test
    void joiningEmployeeInsuranceOnAprilThirtiethKeepsAprilTaxable() {
        LocalDate loss = LossDateRule.lossDate(LossReason.JOINED_EMPLOYEE_INSURANCE, LocalDate.of(2026, 4, 30));
        assertThat(loss).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(TaxableMonthsRule.taxableMonths(LocalDate.of(2025, 1, 1), loss, 2026)).containsExactly(ym(2026, 4));
    }

    @Test
    void acquisitionAndLossInTheSameMonthTaxNoMonth() {
        assertThat(TaxableMonthsRule.taxableMonths(LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 20), 2026))
            .isEmpty();
        assertThat(TaxableMonthsRule.taxableMonths(LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 10), 2026))
            .isEmpty();
    }

    @Test
    void lossOnTheFirstOfTheNextMonthTaxesTheAcquisitionMonth() {
        assertThat(TaxableMonthsRule.taxableMonths(LocalDate.of(2026, 4, 10), LocalDate.of(2026, 5, 1), 2026))
            .containsExactly(ym(2026, 4));
    }

    @Test
    void acquisitionInMarchSplitsAcrossFiscalYears() {
        LocalDate acquisition = LocalDate.of(2026, 3, 15);
        assertThat(TaxableMonthsRule.taxableMonths(acquisition, null, 2025)).containsExactly(ym(2026, 3));
        assertThat(TaxableMonthsRule.taxableMonthCount(acquisition, null, 2026)).isEqualTo(12);
        assertThat(TaxableMonthsRule.taxableMonths(acquisition, null, 2024)).isEmpty();
    }

    @Test
    void lossBeforeAcquisitionIsRejected() {
        assertViolation(() -> TaxableMonthsRule.taxableMonths(LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 9),
            2026), "R4", "loss_date");
    }

    @Test
    void firstAndLastTaxableMonths() {
        assertThat(TaxableMonthsRule.firstTaxableMonth(LocalDate.of(2026, 4, 30))).isEqualTo(ym(2026, 4));
        assertThat(TaxableMonthsRule.lastTaxableMonth(LocalDate.of(2026, 6, 1))).isEqualTo(ym(2026, 5));
        assertThat(TaxableMonthsRule.lastTaxableMonth(LocalDate.of(2026, 1, 31))).isEqualTo(ym(2025, 12));
    }

    @ParameterizedTest(name = "{0} belongs to FY{1}")
    @CsvSource({"2026-03, 2025", "2026-04, 2026", "2026-12, 2026", "2027-01, 2026"})
    void fiscalYearOfAMonth(YearMonth month, int fiscalYear) {
        assertThat(TaxableMonthsRule.fiscalYearOf(month)).isEqualTo(fiscalYear);
    }

    @Test
    void fiscalYearRunsFromAprilToMarch() {
        assertThat(TaxableMonthsRule.fiscalYearMonths(2025)).isEqualTo(new MonthRange(ym(2025, 4), ym(2026, 3)));
    }
}
