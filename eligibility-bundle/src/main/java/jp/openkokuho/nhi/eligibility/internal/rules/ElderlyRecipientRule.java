package jp.openkokuho.nhi.eligibility.internal.rules;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * R15 高齢受給者 (insured persons aged 70 to 74) and their 一部負担金割合, source tag ✅ (S24 四日市市, 港区, 高知市,
 * 建設国保, 山形市).
 *
 * <ul>
 * <li>Start: the 1st of the month after the month in which 70 is attained; as 70 is attained the day before the
 * birthday, someone born on the 1st starts on the 1st of the birthday month. End: the day before the 75th birthday
 * (the next day is the 後期 acquisition and the NHI loss, R3).</li>
 * <li>Rate 20 % (2割, 一般); 30 % (3割, 現役並み所得者) if any 70–74 NHI member of the household has a 住民税 課税所得 of
 * 1,450,000 yen or more — unless (a) a 70–74 member was born on or after 1945-01-02 and the 旧ただし書所得 of the
 * household's 70–74 members totals 2,100,000 yen or less (automatic), or (b) on 基準収入額適用申請, the 収入 of a single
 * 70–74 member is below 3,830,000 yen, or the 収入 of two or more 70–74 members, or of one 70–74 member together with
 * former NHI members now in 後期 in the household (旧国保被保険者), totals below 5,200,000 yen.</li>
 * <li>The rate is redetermined every 1 August from the tax data of the fiscal year (前年所得); months January to July
 * use the income of the year before the previous one (前々年). Cards expire on 31 July.</li>
 * </ul>
 *
 * <p>Parameters used by the methods: {@code birthDate} = 生年月日; {@code members} = every NHI insured 70–74 member
 * of the household on the determination day, with 課税所得, 旧ただし書所得 and 収入 of the income year;
 * {@code formerNhiMemberRevenues} = 収入 of each household member who moved from NHI to 後期 (旧国保被保険者);
 * {@code standardIncomeApplication} = the household applied for 基準収入額適用; {@code month} / {@code date} = the
 * month or day the rate is asked for.
 */
public final class ElderlyRecipientRule {
    /** Rule id used in error reports. */
    public static final String RULE = "R15";
    /** Age at which a person becomes a 高齢受給者. */
    public static final int START_AGE = 70;
    /** Age at which a person moves to 後期 and stops being one. */
    public static final int END_AGE = 75;
    /** 課税所得 from which a member makes the household 現役並み (inclusive). */
    public static final long TAXABLE_INCOME_THRESHOLD = 1_450_000L;
    /** Highest 旧ただし書所得 total that restores 2割 automatically (inclusive). */
    public static final long OLD_PROVISO_INCOME_LIMIT = 2_100_000L;
    /** Earliest birth date that makes the 旧ただし書所得 exception available. */
    public static final LocalDate OLD_PROVISO_BORN_FROM = LocalDate.of(1945, 1, 2);
    /** 収入 below which a single 70–74 member gets 2割 on application (exclusive). */
    public static final long SINGLE_REVENUE_LIMIT = 3_830_000L;
    /** 収入 total below which two or more persons get 2割 on application (exclusive). */
    public static final long MULTIPLE_REVENUE_LIMIT = 5_200_000L;
    /** The day every year the rate is redetermined. */
    public static final MonthDay REDETERMINATION_DAY = MonthDay.of(Month.AUGUST, 1);
    /** 2割. */
    public static final int GENERAL_RATE = 20;
    /** 3割. */
    public static final int ACTIVE_INCOME_RATE = 30;

    private ElderlyRecipientRule() {
    }

    /**
     * One NHI insured 70–74 member of the household, with the income figures of the income year.
     *
     * @param birthDate 生年月日
     * @param taxableIncome 住民税 課税所得 (課税標準額) in yen
     * @param oldProvisoIncome 旧ただし書所得 in yen
     * @param revenue 収入 (gross, before deductions) in yen
     */
    public record ElderlyMember(LocalDate birthDate, long taxableIncome, long oldProvisoIncome, long revenue) {
        /**
         * Validates the components.
         *
         * @param birthDate as in the record description
         * @param taxableIncome as in the record description
         * @param oldProvisoIncome as in the record description
         * @param revenue as in the record description
         * @throws NullPointerException if the birth date is {@code null}
         */
        public ElderlyMember {
            Objects.requireNonNull(birthDate, "birthDate");
        }
    }

    /** Why a rate was chosen. */
    public enum CopayBasis {
        /** No member reaches the 課税所得 threshold: 一般. */
        GENERAL("一般"),
        /** A member reaches the threshold and no exception applies: 現役並み所得者. */
        ACTIVE_INCOME_LEVEL("現役並み所得者"),
        /** Exception (a): 旧ただし書所得 total of 2,100,000 yen or less. */
        OLD_PROVISO_INCOME_TOTAL("旧ただし書所得合計210万円以下"),
        /** Exception (b): 収入 below the limits on 基準収入額適用申請. */
        STANDARD_INCOME_APPLICATION("基準収入額適用申請");

        private final String label;

        CopayBasis(String label) {
            this.label = label;
        }

        /** @return the Japanese term */
        public String label() {
            return label;
        }
    }

    /**
     * @param ratePercent 一部負担金割合 in percent: 20 or 30
     * @param basis the reason for the rate
     */
    public record CopayDecision(int ratePercent, CopayBasis basis) {
    }

    /**
     * @param birthDate 生年月日
     * @return the first day as 高齢受給者: the 1st of the month after the month in which 70 is attained
     */
    public static LocalDate startDate(LocalDate birthDate) {
        return Ages.ageAttainedDate(birthDate, START_AGE).plusMonths(1).withDayOfMonth(1);
    }

    /**
     * @param birthDate 生年月日
     * @return the last day as 高齢受給者: the day before the 75th birthday
     */
    public static LocalDate endDate(LocalDate birthDate) {
        return Ages.ageAttainedDate(birthDate, END_AGE);
    }

    /**
     * @param birthDate 生年月日
     * @param date a day
     * @return {@code true} if the person is a 高齢受給者 that day (between {@link #startDate} and {@link #endDate})
     */
    public static boolean isElderlyRecipientOn(LocalDate birthDate, LocalDate date) {
        return !date.isBefore(startDate(birthDate)) && !date.isAfter(endDate(birthDate));
    }

    /**
     * Determines the household's 一部負担金割合; every 70–74 member of the household gets the same rate.
     *
     * @param members the household's NHI insured 70–74 members, at least one
     * @param formerNhiMemberRevenues 収入 of each 旧国保被保険者 now in 後期 in the household; empty if none
     * @param standardIncomeApplication the household applied for 基準収入額適用
     * @return 20 or 30 with its basis
     * @throws RuleCheckException if there is no 70–74 member or an amount is negative
     */
    public static CopayDecision copayRate(List<ElderlyMember> members, List<Long> formerNhiMemberRevenues,
            boolean standardIncomeApplication) {
        if (members == null || members.isEmpty()) {
            throw new RuleCheckException(RULE, "elderly_members", "at least one 70–74 member is required");
        }
        for (ElderlyMember m : members) {
            if (m.taxableIncome() < 0 || m.oldProvisoIncome() < 0 || m.revenue() < 0) {
                throw new RuleCheckException(RULE, "income", "amounts must not be negative");
            }
        }
        if (formerNhiMemberRevenues.stream().anyMatch(r -> r < 0)) {
            throw new RuleCheckException(RULE, "former_nhi_member_revenue", "must not be negative");
        }
        if (members.stream().noneMatch(m -> m.taxableIncome() >= TAXABLE_INCOME_THRESHOLD)) {
            return new CopayDecision(GENERAL_RATE, CopayBasis.GENERAL);
        }
        boolean bornLateEnough = members.stream().anyMatch(m -> !m.birthDate().isBefore(OLD_PROVISO_BORN_FROM));
        long oldProvisoTotal = members.stream().mapToLong(ElderlyMember::oldProvisoIncome).sum();
        if (bornLateEnough && oldProvisoTotal <= OLD_PROVISO_INCOME_LIMIT) {
            return new CopayDecision(GENERAL_RATE, CopayBasis.OLD_PROVISO_INCOME_TOTAL);
        }
        if (standardIncomeApplication && revenueBelowLimits(members, formerNhiMemberRevenues)) {
            return new CopayDecision(GENERAL_RATE, CopayBasis.STANDARD_INCOME_APPLICATION);
        }
        return new CopayDecision(ACTIVE_INCOME_RATE, CopayBasis.ACTIVE_INCOME_LEVEL);
    }

    private static boolean revenueBelowLimits(List<ElderlyMember> members, List<Long> formerNhiMemberRevenues) {
        long membersTotal = members.stream().mapToLong(ElderlyMember::revenue).sum();
        if (members.size() >= 2) {
            return membersTotal < MULTIPLE_REVENUE_LIMIT;
        }
        if (membersTotal < SINGLE_REVENUE_LIMIT) {
            return true;
        }
        long formerTotal = formerNhiMemberRevenues.stream().mapToLong(Long::longValue).sum();
        return !formerNhiMemberRevenues.isEmpty() && membersTotal + formerTotal < MULTIPLE_REVENUE_LIMIT;
    }

    /**
     * @param month a month of medical care
     * @return the calendar year whose income decides the rate: the previous year from August, the year before the
     *         previous one for January to July (2026-07 → 2024, 2026-08 → 2025)
     */
    public static int incomeYear(YearMonth month) {
        return month.getMonthValue() >= REDETERMINATION_DAY.getMonthValue() ? month.getYear() - 1
            : month.getYear() - 2;
    }

    /**
     * @param date a day
     * @return the 1 August on or before that day that started the rate period it belongs to
     */
    public static LocalDate redeterminationDate(LocalDate date) {
        LocalDate thisYear = REDETERMINATION_DAY.atYear(date.getYear());
        return date.isBefore(thisYear) ? thisYear.minusYears(1) : thisYear;
    }

    /**
     * @param date a day
     * @return the 31 July on or after that day that ends the rate period it belongs to
     */
    public static LocalDate periodLastDay(LocalDate date) {
        return redeterminationDate(date).plusYears(1).minusDays(1);
    }
}
