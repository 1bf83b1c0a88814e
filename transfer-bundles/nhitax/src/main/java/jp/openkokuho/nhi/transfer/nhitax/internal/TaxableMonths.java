package jp.openkokuho.nhi.transfer.nhitax.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * 月割 of 国民健康保険税 (domain rule R4): the tax is levied for the months from the month containing the coverage
 * start (資格取得日 / 適用開始年月日) to the month <em>before</em> the month containing the coverage end (資格喪失日 /
 * 適用終了年月日, the first day without coverage), and assessed per fiscal year (年度, April to March).
 *
 * <p>Examples: start 2025-07-01, open → 年度 2025: 2025-07..2026-03, 9 months. Start 2026-04-01, end 2026-06-15
 * (75th birthday) → 年度 2026: 2026-04..2026-05, 2 months. Start 2025-04-01, end 2026-04-01 (died 2026-03-31) →
 * 年度 2025: 12 months; 年度 2026 is not touched. Start and end in the same month → that month's 年度 with 0 months.
 */
final class TaxableMonths {

    /**
     * The taxable months of one fiscal year.
     *
     * @param fiscalYear 年度 (the calendar year of its April)
     * @param months how many months are taxable (課税月数)
     * @param first first taxable month, {@code null} if none
     * @param last last taxable month, {@code null} if none
     */
    record FiscalYearMonths(int fiscalYear, int months, YearMonth first, YearMonth last) {
        /** @return {@code first..last} (e.g. {@code 2025-07..2026-03}), or {@code ""} if no month is taxable */
        String range() {
            return months == 0 ? "" : first + ".." + last;
        }
    }

    private TaxableMonths() {
    }

    /**
     * @param start 適用開始年月日
     * @param end 適用終了年月日 (first day without coverage), or {@code null} while coverage is open
     * @param asOf for open coverage: months are counted to the end of the fiscal year containing the later of
     *        {@code start} and this date (later fiscal years are not yet assessable)
     * @return one entry per fiscal year the taxable months touch, oldest first; a single entry with 0 months for
     *         the start's fiscal year if no month is taxable
     * @throws IllegalArgumentException if {@code end} is before {@code start}
     */
    static List<FiscalYearMonths> of(LocalDate start, LocalDate end, LocalDate asOf) {
        Objects.requireNonNull(start, "start");
        YearMonth first = YearMonth.from(start);
        YearMonth last;
        if (end != null) {
            if (end.isBefore(start)) {
                throw new IllegalArgumentException("the coverage ends before it starts");
            }
            last = YearMonth.from(end).minusMonths(1);
        } else {
            LocalDate reference = asOf.isAfter(start) ? asOf : start;
            last = YearMonth.of(fiscalYear(YearMonth.from(reference)) + 1, 3);
        }
        if (last.isBefore(first)) {
            return List.of(new FiscalYearMonths(fiscalYear(first), 0, null, null));
        }
        List<FiscalYearMonths> years = new ArrayList<>();
        for (int fy = fiscalYear(first); fy <= fiscalYear(last); fy++) {
            YearMonth from = max(first, YearMonth.of(fy, 4));
            YearMonth to = min(last, YearMonth.of(fy + 1, 3));
            years.add(new FiscalYearMonths(fy, (int) (to.getYear() * 12L + to.getMonthValue()
                - from.getYear() * 12L - from.getMonthValue() + 1), from, to));
        }
        return years;
    }

    /**
     * @param month a month
     * @return its fiscal year: April 2025 to March 2026 is 2025
     */
    static int fiscalYear(YearMonth month) {
        return month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1;
    }

    private static YearMonth max(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? a : b;
    }

    private static YearMonth min(YearMonth a, YearMonth b) {
        return a.isBefore(b) ? a : b;
    }
}
