package jp.openkokuho.nhi.eligibility.internal.rules;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * R4 月割 (monthly apportionment of 国民健康保険税), source tag ✅ (S11 有田町, S10 筑西市): tax is levied from the
 * month containing the 資格取得年月日 to the month <em>before</em> the month containing the 資格喪失年月日. The loss
 * date is the first day without coverage (R3), so a person who dies on 31 March (loss 1 April) is taxed for March,
 * and a person acquiring and losing in the same month is taxed for no month of that period.
 *
 * <p>Fiscal years (年度) run from April to March and are named by the calendar year of their April: FY2025 is
 * 2025-04 … 2026-03.
 *
 * <p>Parameters used by the methods: {@code acquisitionDate} = 資格取得年月日 (or 適用開始年月日);
 * {@code lossDate} = 資格喪失年月日 (or 適用終了年月日 in the "first day not applied" convention of R7), {@code null}
 * while coverage is open; {@code fiscalYear} = the 年度 by the calendar year of its April.
 */
public final class TaxableMonthsRule {
    /** Rule id used in error reports. */
    public static final String RULE = "R4";

    private TaxableMonthsRule() {
    }

    /**
     * @param acquisitionDate 資格取得年月日
     * @return the first taxable month: the month containing the acquisition date
     */
    public static YearMonth firstTaxableMonth(LocalDate acquisitionDate) {
        return YearMonth.from(acquisitionDate);
    }

    /**
     * @param lossDate 資格喪失年月日 (first day without coverage), not {@code null}
     * @return the last taxable month: the month before the month containing the loss date
     */
    public static YearMonth lastTaxableMonth(LocalDate lossDate) {
        return YearMonth.from(lossDate).minusMonths(1);
    }

    /**
     * @param month a calendar month
     * @return the fiscal year (年度) the month belongs to: April–December belong to their own year, January–March
     *         to the previous year
     */
    public static int fiscalYearOf(YearMonth month) {
        return month.getMonthValue() >= Month.APRIL.getValue() ? month.getYear() : month.getYear() - 1;
    }

    /**
     * @param fiscalYear a fiscal year (年度) by the calendar year of its April
     * @return April of that year to March of the next
     */
    public static MonthRange fiscalYearMonths(int fiscalYear) {
        return new MonthRange(YearMonth.of(fiscalYear, Month.APRIL), YearMonth.of(fiscalYear + 1, Month.MARCH));
    }

    /**
     * The taxable months of one coverage period that fall in one fiscal year.
     *
     * @param acquisitionDate 資格取得年月日
     * @param lossDate 資格喪失年月日, or {@code null} while coverage is open
     * @param fiscalYear the fiscal year (年度) asked for
     * @return the taxable months in ascending order; empty if none falls in the fiscal year (including acquisition
     *         and loss in the same month)
     * @throws RuleCheckException if the loss date is before the acquisition date
     */
    public static List<YearMonth> taxableMonths(LocalDate acquisitionDate, LocalDate lossDate, int fiscalYear) {
        Objects.requireNonNull(acquisitionDate, "acquisitionDate");
        if (lossDate != null && lossDate.isBefore(acquisitionDate)) {
            throw new RuleCheckException(RULE, "loss_date", "is before the acquisition date");
        }
        YearMonth first = firstTaxableMonth(acquisitionDate);
        MonthRange year = fiscalYearMonths(fiscalYear);
        YearMonth last = lossDate == null ? year.last() : lastTaxableMonth(lossDate);
        if (last.isBefore(first)) {
            return List.of();
        }
        return new MonthRange(first, last).intersect(year).map(MonthRange::months).orElse(List.of());
    }

    /**
     * @param acquisitionDate 資格取得年月日
     * @param lossDate 資格喪失年月日, or {@code null} while coverage is open
     * @param fiscalYear the fiscal year (年度) asked for
     * @return the number of taxable months in that fiscal year, 0 to 12
     * @throws RuleCheckException if the loss date is before the acquisition date
     */
    public static int taxableMonthCount(LocalDate acquisitionDate, LocalDate lossDate, int fiscalYear) {
        return taxableMonths(acquisitionDate, lossDate, fiscalYear).size();
    }
}
