package jp.openkokuho.nhi.transfer.nhitax.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import jp.openkokuho.nhi.transfer.nhitax.internal.TaxableMonths.FiscalYearMonths;

/** The R4 worked examples of docs/domain-rules.md and the edges around them. */
class TaxableMonthsTest {
    private static final LocalDate FY2025_DAY = LocalDate.of(2026, 2, 10);

    private static FiscalYearMonths fy(int year, int months, String first, String last) {
        return new FiscalYearMonths(year, months, YearMonth.parse(first), YearMonth.parse(last));
    }

    @Test
    void retiredOnJune30AndOpenIsTaxedFromJulyToMarch() {
        assertThat(TaxableMonths.of(LocalDate.of(2025, 7, 1), null, FY2025_DAY))
            .containsExactly(fy(2025, 9, "2025-07", "2026-03"));
    }

    @Test
    void aLossOnTheSeventyFifthBirthdayIsTaxedToTheMonthBefore() {
        assertThat(TaxableMonths.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 15), FY2025_DAY))
            .containsExactly(fy(2026, 2, "2026-04", "2026-05"));
    }

    @Test
    void deathOnMarch31LosesOnApril1AndMarchIsStillTaxed() {
        assertThat(TaxableMonths.of(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 4, 1), FY2025_DAY))
            .containsExactly(fy(2025, 12, "2025-04", "2026-03"));
    }

    @Test
    void aPeriodOverSeveralFiscalYearsIsSplitAtApril() {
        assertThat(TaxableMonths.of(LocalDate.of(2024, 10, 1), LocalDate.of(2026, 6, 15), FY2025_DAY))
            .containsExactly(fy(2024, 6, "2024-10", "2025-03"), fy(2025, 12, "2025-04", "2026-03"),
                fy(2026, 2, "2026-04", "2026-05"));
    }

    @Test
    void anOpenPeriodRecordedInALaterFiscalYearRunsToTheEndOfThatYear() {
        assertThat(TaxableMonths.of(LocalDate.of(2025, 7, 1), null, LocalDate.of(2026, 5, 10)))
            .containsExactly(fy(2025, 9, "2025-07", "2026-03"), fy(2026, 12, "2026-04", "2027-03"));
    }

    @Test
    void anOpenPeriodStartingAfterTheRecordingDateRunsToTheEndOfItsOwnFiscalYear() {
        assertThat(TaxableMonths.of(LocalDate.of(2026, 4, 1), null, LocalDate.of(2026, 3, 20)))
            .containsExactly(fy(2026, 12, "2026-04", "2027-03"));
    }

    @Test
    void startAndEndInOneMonthTaxNoMonth() {
        assertThat(TaxableMonths.of(LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 20), FY2025_DAY))
            .containsExactly(new FiscalYearMonths(2026, 0, null, null));
        assertThat(TaxableMonths.of(LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 20), FY2025_DAY).get(0).range())
            .isEmpty();
    }

    @Test
    void aLossOnTheFirstOfTheNextMonthTaxesExactlyTheStartMonth() {
        assertThat(TaxableMonths.of(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 1), FY2025_DAY))
            .containsExactly(fy(2025, 1, "2026-03", "2026-03"));
    }

    @Test
    void theFiscalYearStartsInApril() {
        assertThat(TaxableMonths.fiscalYear(YearMonth.of(2026, 3))).isEqualTo(2025);
        assertThat(TaxableMonths.fiscalYear(YearMonth.of(2026, 4))).isEqualTo(2026);
        assertThat(TaxableMonths.fiscalYear(YearMonth.of(2026, 12))).isEqualTo(2026);
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        assertThatThrownBy(() -> TaxableMonths.of(LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 9), FY2025_DAY))
            .isInstanceOf(IllegalArgumentException.class);
    }
}
