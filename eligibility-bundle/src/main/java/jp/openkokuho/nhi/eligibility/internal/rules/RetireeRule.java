package jp.openkokuho.nhi.eligibility.internal.rules;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

import jp.openkokuho.nhi.eligibility.internal.rules.RuleParameters.RetireeToDateConvention;

/**
 * R10 退職者医療制度 (retiree medical system, legacy), source tag ✅ (S21 軽井沢町, 由布市, 八郎潟町, 鳥取市 FAQ):
 * abolished with the 2008 reform; new 該当 only until 2015-03-31 (平成26年度末); a 退職被保険者 stayed one until the
 * end of the month in which they reached 65 (born on the 1st: the end of the previous month), and every remaining
 * retiree had left by 2020-03-31. The retiree fields are kept read-only for history and retroactive corrections;
 * this rule validates them.
 *
 * <p>Parameters: {@code retireeFromDate} = 該当年月日 ({@code retiree_from_date}); {@code retireeToDate} =
 * 非該当年月日 ({@code retiree_to_date}) in the convention chosen by
 * {@link RuleParameters#retireeToDateConvention()}; {@code birthDate} = 生年月日 of the 退職被保険者 (本人 or
 * 被扶養者; both ended at 65); {@code parameters} = the tenant's rule parameters.
 */
public final class RetireeRule {
    /** Rule id used in error reports. */
    public static final String RULE = "R10";
    /** The last day a new 退職者医療 該当 could start. */
    public static final LocalDate LAST_NEW_FROM_DATE = LocalDate.of(2015, 3, 31);
    /** The last day anyone was a 退職被保険者. */
    public static final LocalDate LAST_RETIREE_DAY = LocalDate.of(2020, 3, 31);
    /** Age at which retiree status ended. */
    public static final int END_AGE = 65;

    private RetireeRule() {
    }

    /**
     * The historic end of retiree status by age: the last day of the month in which 65 is attained, which for
     * someone born on the 1st is the last day of the month before the birthday month.
     *
     * @param birthDate 生年月日
     * @param parameters tenant parameters; the result follows their {@code retireeToDateConvention}
     * @return the last retiree day (LAST_RETIREE_DAY convention) or the day after it (FIRST_DAY_WITHOUT)
     */
    public static LocalDate endByAge(LocalDate birthDate, RuleParameters parameters) {
        LocalDate lastDay = Ages.ageAttainedDate(birthDate, END_AGE).with(TemporalAdjusters.lastDayOfMonth());
        return toConvention(lastDay, parameters);
    }

    /**
     * @param parameters tenant parameters
     * @return the latest {@code retiree_to_date} value allowed: 2020-03-31, or 2020-04-01 if the stored date is the
     *         first day without retiree status
     */
    public static LocalDate latestToDate(RuleParameters parameters) {
        return toConvention(LAST_RETIREE_DAY, parameters);
    }

    /**
     * Validates one retiree history row. The checks run in this order and the first failure is thrown:
     * {@code retiree_from_date} present and not after {@link #LAST_NEW_FROM_DATE}; {@code retiree_to_date} present
     * (every retiree period is closed); not before the from date (and, in the first-day-without convention, after
     * it); not after {@link #latestToDate}; not after {@link #endByAge}.
     *
     * @param retireeFromDate 該当年月日
     * @param retireeToDate 非該当年月日
     * @param birthDate 生年月日
     * @param parameters tenant parameters
     * @throws RuleCheckException naming {@code retiree_from_date} or {@code retiree_to_date}
     */
    public static void check(LocalDate retireeFromDate, LocalDate retireeToDate, LocalDate birthDate,
            RuleParameters parameters) {
        Objects.requireNonNull(birthDate, "birthDate");
        if (retireeFromDate == null) {
            throw new RuleCheckException(RULE, "retiree_from_date", "is required");
        }
        if (retireeFromDate.isAfter(LAST_NEW_FROM_DATE)) {
            throw new RuleCheckException(RULE, "retiree_from_date",
                "no new 退職者医療 該当 on or after 2015-04-01 (制度廃止, 平成26年度末まで)");
        }
        if (retireeToDate == null) {
            throw new RuleCheckException(RULE, "retiree_to_date",
                "is required: every 退職被保険者 left by " + LAST_RETIREE_DAY);
        }
        boolean firstDayWithout = parameters.retireeToDateConvention() == RetireeToDateConvention.FIRST_DAY_WITHOUT;
        if (retireeToDate.isBefore(retireeFromDate) || firstDayWithout && retireeToDate.equals(retireeFromDate)) {
            throw new RuleCheckException(RULE, "retiree_to_date", "does not end after retiree_from_date");
        }
        LocalDate latest = latestToDate(parameters);
        if (retireeToDate.isAfter(latest)) {
            throw new RuleCheckException(RULE, "retiree_to_date",
                "is after " + latest + ": all 退職被保険者 had left by " + LAST_RETIREE_DAY);
        }
        if (retireeToDate.isAfter(endByAge(birthDate, parameters))) {
            throw new RuleCheckException(RULE, "retiree_to_date",
                "is after the end of the month in which 65 was attained");
        }
    }

    private static LocalDate toConvention(LocalDate lastRetireeDay, RuleParameters parameters) {
        return parameters.retireeToDateConvention() == RetireeToDateConvention.FIRST_DAY_WITHOUT
            ? lastRetireeDay.plusDays(1)
            : lastRetireeDay;
    }
}
