package jp.openkokuho.nhi.eligibility.internal.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * R22 産前産後期間の保険税免除 (exemption around childbirth, from 2024-01), source tag ✅ (S35 いちき串木野市, 芦屋市).
 * The 所得割 and 均等割 of the expectant insured person are exempt for 4 months — the month before the month of the
 * due date (or of the birth, if it came before the notification) to 2 months after it — and for 6 months for a
 * multiple birth (from 3 months before). Only births in 2023-11 or later count, and only months from 2024-01 are
 * exempt. 平等割 is not exempt. The application may be made from 6 months before the due date. "出産" includes
 * 死産, 流産 and 早産 after 85 days of pregnancy, as for the 国民年金 exemption this rule was modelled on.
 *
 * <p>Parameters used by the methods: {@code dueOrBirthDate} = 出産予定日, or 出産日 if the birth came first;
 * {@code multipleBirth} = 多胎妊娠; {@code dueDate} = 出産予定日.
 */
public final class MaternityExemptionRule {
    /** Rule id used in error reports. */
    public static final String RULE = "R22";
    /** First month that can be exempt. */
    public static final YearMonth FIRST_EXEMPT_MONTH = YearMonth.of(2024, 1);
    /** First due/birth month the exemption applies to. */
    public static final YearMonth FIRST_BIRTH_MONTH = YearMonth.of(2023, 11);
    /** The levy components exempt. */
    public static final Set<LevyComponent> EXEMPT_LEVIES = Set.of(LevyComponent.INCOME_LEVY,
        LevyComponent.PER_CAPITA_LEVY);

    private MaternityExemptionRule() {
    }

    /**
     * @param dueOrBirthDate 出産予定日, or 出産日
     * @param multipleBirth 多胎妊娠
     * @return the statutory exemption months before the 2024-01 cut-off: 4 (single) or 6 (multiple) months ending
     *         2 months after the due/birth month
     */
    public static MonthRange exemptionPeriod(LocalDate dueOrBirthDate, boolean multipleBirth) {
        YearMonth month = YearMonth.from(dueOrBirthDate);
        return new MonthRange(month.minusMonths(multipleBirth ? 3 : 1), month.plusMonths(2));
    }

    /**
     * @param dueOrBirthDate 出産予定日, or 出産日
     * @param multipleBirth 多胎妊娠
     * @return the exempt months in ascending order: {@link #exemptionPeriod} without months before 2024-01; empty
     *         for a due/birth month before 2023-11
     */
    public static List<YearMonth> exemptMonths(LocalDate dueOrBirthDate, boolean multipleBirth) {
        if (YearMonth.from(dueOrBirthDate).isBefore(FIRST_BIRTH_MONTH)) {
            return List.of();
        }
        return exemptionPeriod(dueOrBirthDate, multipleBirth).months().stream()
            .filter(m -> !m.isBefore(FIRST_EXEMPT_MONTH))
            .toList();
    }

    /**
     * @param dueDate 出産予定日
     * @return the first day an application is accepted: 6 months before the due date
     */
    public static LocalDate applicationOpensOn(LocalDate dueDate) {
        return dueDate.minusMonths(6);
    }
}
