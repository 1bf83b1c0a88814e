package jp.openkokuho.nhi.eligibility.internal.rules;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * R11 非自発的失業者の軽減 (reduction for the involuntarily unemployed), source tag ✅ (S19 広川町, 能美市, 忍野村,
 * 牛久市). On application, a person is eligible if the 離職日 is on or after 2009-03-31, they were under 65 on the
 * 離職日 (legal age: 65 is attained the day before the 65th birthday, which is also where 雇用保険 draws the line to the
 * 高年齢受給資格者) and the 雇用保険 離職理由コード makes them a 特定受給資格者 (11, 12, 21, 22, 31, 32) or a
 * 特定理由離職者 (23, 33, 34); 特例受給資格者 and 高年齢受給資格者 are not eligible. The person's 前年の給与所得 is then
 * counted at 30/100 for 所得割, the 7/5/2割 軽減 judgement and the 高額療養費 所得区分, from the month containing the day
 * after the 離職日 to March of the following fiscal year.
 *
 * <p>Parameters used by the methods: {@code separationDate} = 離職日 (the last day of employment, as on the
 * 雇用保険受給資格者証); {@code birthDate} = 生年月日; {@code separationReasonCode} = 離職理由コード, two digits;
 * {@code lossDate} = 国保 資格喪失年月日 or {@code null}; {@code salaryIncome} = 前年の給与所得 in yen;
 * {@code parameters} = the tenant's rule parameters ({@link RuleParameters#involuntaryUnemploymentEndsOnLoss()}).
 */
public final class InvoluntaryUnemploymentRule {
    /** Rule id used in error reports. */
    public static final String RULE = "R11";
    /** The earliest 離職日 covered. */
    public static final LocalDate FIRST_SEPARATION_DATE = LocalDate.of(2009, 3, 31);
    /** The age from which a person is not eligible. */
    public static final int AGE_LIMIT = 65;
    /** 特定受給資格者 (dismissal, bankruptcy and similar). */
    public static final Set<String> SPECIFIED_QUALIFIED_CODES = Set.of("11", "12", "21", "22", "31", "32");
    /** 特定理由離職者 (non-renewal of a fixed-term contract, justified voluntary separation). */
    public static final Set<String> SPECIFIED_REASON_CODES = Set.of("23", "33", "34");
    /** Numerator of the fraction the salary income is counted at. */
    public static final int SALARY_NUMERATOR = 30;
    /** Denominator of the fraction the salary income is counted at. */
    public static final int SALARY_DENOMINATOR = 100;

    private InvoluntaryUnemploymentRule() {
    }

    /** The outcome of the eligibility check; only {@link #ELIGIBLE} grants the reduction. */
    public enum Eligibility {
        /** All conditions hold. */
        ELIGIBLE,
        /** The 離職日 is before 2009-03-31. */
        SEPARATED_BEFORE_2009_03_31,
        /** The person was 65 or older on the 離職日. */
        AGED_65_OR_OVER,
        /** The 離職理由コード is neither 特定受給資格者 nor 特定理由離職者. */
        REASON_CODE_NOT_COVERED;

        /** @return {@code true} for {@link #ELIGIBLE} */
        public boolean isEligible() {
            return this == ELIGIBLE;
        }
    }

    /** The 雇用保険 category a covered 離職理由コード belongs to. */
    public enum SeparationCategory {
        /** 特定受給資格者. */
        SPECIFIED_QUALIFIED_RECIPIENT("特定受給資格者"),
        /** 特定理由離職者. */
        SPECIFIED_REASON_SEPARATION("特定理由離職者");

        private final String label;

        SeparationCategory(String label) {
            this.label = label;
        }

        /** @return the Japanese term */
        public String label() {
            return label;
        }
    }

    /**
     * @param separationReasonCode 離職理由コード
     * @return the category of a covered code, or empty for any other code
     * @throws RuleCheckException if the code is not two digits
     */
    public static Optional<SeparationCategory> category(String separationReasonCode) {
        requireCodeFormat(separationReasonCode);
        if (SPECIFIED_QUALIFIED_CODES.contains(separationReasonCode)) {
            return Optional.of(SeparationCategory.SPECIFIED_QUALIFIED_RECIPIENT);
        }
        if (SPECIFIED_REASON_CODES.contains(separationReasonCode)) {
            return Optional.of(SeparationCategory.SPECIFIED_REASON_SEPARATION);
        }
        return Optional.empty();
    }

    /**
     * Checks the conditions in the order date, age, code and returns the first that fails.
     *
     * @param separationDate 離職日
     * @param birthDate 生年月日
     * @param separationReasonCode 離職理由コード
     * @return the eligibility outcome
     * @throws RuleCheckException if the code is not two digits
     */
    public static Eligibility eligibility(LocalDate separationDate, LocalDate birthDate, String separationReasonCode) {
        Objects.requireNonNull(separationDate, "separationDate");
        Objects.requireNonNull(birthDate, "birthDate");
        Optional<SeparationCategory> category = category(separationReasonCode);
        if (separationDate.isBefore(FIRST_SEPARATION_DATE)) {
            return Eligibility.SEPARATED_BEFORE_2009_03_31;
        }
        if (Ages.ageOn(birthDate, separationDate) >= AGE_LIMIT) {
            return Eligibility.AGED_65_OR_OVER;
        }
        return category.isPresent() ? Eligibility.ELIGIBLE : Eligibility.REASON_CODE_NOT_COVERED;
    }

    /**
     * The statutory reduction period: from the month containing the day after the 離職日 to March of the fiscal
     * year after the one that month belongs to.
     *
     * @param separationDate 離職日
     * @return the reduction months
     */
    public static MonthRange reductionPeriod(LocalDate separationDate) {
        YearMonth first = YearMonth.from(separationDate.plusDays(1));
        int nextFiscalYear = TaxableMonthsRule.fiscalYearOf(first) + 1;
        return new MonthRange(first, YearMonth.of(nextFiscalYear + 1, Month.MARCH));
    }

    /**
     * The reduction period as applied: the statutory period, ended with the month before the month containing the
     * NHI loss date when the tenant applies {@code involuntaryUnemploymentEndsOnLoss}. Months outside any coverage
     * period are not taxed anyway (R4); re-joining within the period is not modelled.
     *
     * @param separationDate 離職日
     * @param lossDate 国保 資格喪失年月日, or {@code null} while insured
     * @param parameters tenant parameters
     * @return the months the reduction applies to, or empty if the loss comes before the first month
     */
    public static Optional<MonthRange> appliedPeriod(LocalDate separationDate, LocalDate lossDate,
            RuleParameters parameters) {
        MonthRange period = reductionPeriod(separationDate);
        if (lossDate == null || !parameters.involuntaryUnemploymentEndsOnLoss()) {
            return Optional.of(period);
        }
        YearMonth lastInsured = TaxableMonthsRule.lastTaxableMonth(lossDate);
        if (lastInsured.isBefore(period.first())) {
            return Optional.empty();
        }
        return Optional.of(new MonthRange(period.first(),
            lastInsured.isBefore(period.last()) ? lastInsured : period.last()));
    }

    /**
     * @param salaryIncome 前年の給与所得 in yen, not negative
     * @return the 給与所得 counted during the reduction: {@code salaryIncome × 30 / 100}, rounded down to the yen
     * @throws RuleCheckException if the income is negative
     */
    public static long adjustedSalaryIncome(long salaryIncome) {
        if (salaryIncome < 0) {
            throw new RuleCheckException(RULE, "salary_income", "must not be negative");
        }
        return Math.multiplyExact(salaryIncome, SALARY_NUMERATOR) / SALARY_DENOMINATOR;
    }

    private static void requireCodeFormat(String code) {
        if (code == null || !code.matches("[0-9]{2}")) {
            throw new RuleCheckException(RULE, "separation_reason_code", "must be two digits");
        }
    }
}
