package jp.openkokuho.nhi.eligibility.internal.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

import jp.openkokuho.nhi.eligibility.internal.rules.RuleParameters.FormerDependantEndMode;

/**
 * R12 緩和措置 (measures accompanying the creation of 後期高齢者医療), source tag ✅ (S20 大村市, 松戸市, 山元町, 上越市,
 * 四街道市, 倉吉市; age on the acquisition day per 大月市 取扱要領).
 *
 * <p><b>旧被扶養者減免</b> (on application): a person who is 65 to 74 on the day they acquire NHI, and who the day
 * before was the 被扶養者 of an employee-insurance member (not a 国保組合 member) who became 後期 insured on that day.
 * 所得割 (and 資産割) are exempt "当分の間" — every month from the acquisition month; 均等割 is halved and, if the NHI
 * household consists only of 旧被扶養者, 平等割 is halved, for the months up to "2 years after the acquisition month"
 * (since 2019-04-01; end month per {@link RuleParameters#formerDependantEndMode()}); households under 7割/5割 軽減 do
 * not get the 均等割/平等割 part.
 *
 * <p><b>特定世帯 / 特定継続世帯</b> (automatic): when an NHI member moves to 後期 and one NHI insured remains in the
 * household, 平等割 is ½ for 5 years (60 months from the month of the move) and ¾ for the following 3 years
 * (36 months), while the 後期 member stays in the household and the 世帯主 does not change.
 *
 * <p>Parameters used by the methods: {@code birthDate} = 生年月日 of the person joining; {@code acquisitionDate} = 国保
 * 資格取得年月日; {@code supporterLateElderlyDate} = the day the supporting employee-insurance member became 後期
 * insured (their 75th birthday or 障害認定日); {@code supporterWasEmployeeInsured} = that member was in 被用者保険, not a
 * 国保組合; {@code month} = the tax month asked for; {@code householdOnlyFormerDependants} = every NHI insured of the
 * household is a 旧被扶養者; {@code householdUnderSeventyOrFiftyPercentReduction} = the household gets 7割 or 5割
 * 軽減 that year; {@code transferMonth} = the month containing the 後期 acquisition date of the member who moved;
 * {@code parameters} = the tenant's rule parameters.
 */
public final class MitigationRule {
    /** Rule id used in error reports. */
    public static final String RULE = "R12";
    /** Youngest age (on the acquisition day) of a 旧被扶養者. */
    public static final int FORMER_DEPENDANT_MIN_AGE = 65;
    /** Age from which a person is 後期 insured and no longer in NHI. */
    public static final int LATE_ELDERLY_AGE = 75;
    /** First month the 2-year limit of the 旧被扶養者 均等割/平等割 reduction applies; earlier months are not modelled. */
    public static final YearMonth TWO_YEAR_LIMIT_FROM = YearMonth.of(2019, 4);
    /** Months of 特定世帯 (平等割 ½). */
    public static final int SPECIFIED_HOUSEHOLD_MONTHS = 60;
    /** Months of 特定継続世帯 (平等割 ¾) after the 特定世帯 months. */
    public static final int SPECIFIED_CONTINUING_HOUSEHOLD_MONTHS = 36;

    private MitigationRule() {
    }

    /**
     * The share of each levy component a person or household pays in one month, in percent (100 = no reduction).
     *
     * @param incomeLevy 所得割
     * @param assetLevy 資産割
     * @param perCapitaLevy 均等割
     * @param perHouseholdLevy 平等割
     */
    public record LevyShares(int incomeLevy, int assetLevy, int perCapitaLevy, int perHouseholdLevy) {
        /** No reduction: 100 % of every component. */
        public static final LevyShares FULL = new LevyShares(100, 100, 100, 100);

        /**
         * @param component a levy component
         * @return the payable percentage of that component
         */
        public int of(LevyComponent component) {
            return switch (component) {
                case INCOME_LEVY -> incomeLevy;
                case ASSET_LEVY -> assetLevy;
                case PER_CAPITA_LEVY -> perCapitaLevy;
                case PER_HOUSEHOLD_LEVY -> perHouseholdLevy;
            };
        }
    }

    /**
     * The 特定世帯 state of a household in one month, with the 平等割 share it pays.
     */
    public enum SpecifiedHouseholdStatus {
        /** Neither: 平等割 in full. */
        NONE("", 100),
        /** 特定世帯: 平等割 ½ for the first 5 years. */
        SPECIFIED_HOUSEHOLD("特定世帯", 50),
        /** 特定継続世帯: 平等割 ¾ for the 3 years after. */
        SPECIFIED_CONTINUING_HOUSEHOLD("特定継続世帯", 75);

        private final String label;
        private final int perHouseholdShare;

        SpecifiedHouseholdStatus(String label, int perHouseholdShare) {
            this.label = label;
            this.perHouseholdShare = perHouseholdShare;
        }

        /** @return the Japanese term, empty for {@link #NONE} */
        public String label() {
            return label;
        }

        /** @return the payable percentage of 平等割 */
        public int perHouseholdShare() {
            return perHouseholdShare;
        }
    }

    /**
     * The facts of a household for one month that decide whether it is a 特定世帯.
     *
     * @param memberMovedFromNhiToLateElderly a member who was NHI insured moved to 後期 (not someone who was in
     *        employee insurance: their household is a 旧被扶養者 case, not a 特定世帯)
     * @param nhiInsuredCount NHI insured persons remaining in the household that month
     * @param lateElderlyMemberStaysInHousehold the 後期 member (特定同一世帯所属者) still belongs to the household
     * @param headUnchanged the 世帯主 is the same as at the move
     */
    public record SpecifiedHouseholdFacts(boolean memberMovedFromNhiToLateElderly, int nhiInsuredCount,
            boolean lateElderlyMemberStaysInHousehold, boolean headUnchanged) {
    }

    /**
     * @param birthDate 生年月日 of the person joining NHI
     * @param acquisitionDate 国保 資格取得年月日
     * @param supporterLateElderlyDate the day the supporting member became 後期 insured
     * @param supporterWasEmployeeInsured the supporting member was in 被用者保険 (国保組合 does not count)
     * @return {@code true} if the person is a 旧被扶養者
     */
    public static boolean isFormerDependant(LocalDate birthDate, LocalDate acquisitionDate,
            LocalDate supporterLateElderlyDate, boolean supporterWasEmployeeInsured) {
        int age = Ages.ageOn(birthDate, acquisitionDate);
        return supporterWasEmployeeInsured
            && acquisitionDate.equals(supporterLateElderlyDate)
            && age >= FORMER_DEPENDANT_MIN_AGE && age < LATE_ELDERLY_AGE;
    }

    /**
     * @param acquisitionDate 国保 資格取得年月日 of the 旧被扶養者
     * @param parameters tenant parameters ({@code formerDependantEndMode})
     * @return the months of the 均等割/平等割 reduction: 24 months from the acquisition month, or 25 when the end is
     *         read as the month in which two years elapse
     */
    public static MonthRange formerDependantPeriod(LocalDate acquisitionDate, RuleParameters parameters) {
        int months = parameters.formerDependantEndMode() == FormerDependantEndMode.TWENTY_FOUR_MONTHS ? 24 : 25;
        return MonthRange.ofLength(YearMonth.from(acquisitionDate), months);
    }

    /**
     * The shares a 旧被扶養者 pays in one month.
     *
     * @param month the tax month, not before the acquisition month and not before 2019-04
     * @param acquisitionDate 国保 資格取得年月日 of the 旧被扶養者
     * @param householdOnlyFormerDependants every NHI insured of the household is a 旧被扶養者
     * @param householdUnderSeventyOrFiftyPercentReduction the household gets 7割 or 5割 軽減
     * @param parameters tenant parameters
     * @return 所得割 and 資産割 0 %; 均等割 50 % within the period unless under 7割/5割 軽減; 平等割 50 % within the period
     *         if the household is only 旧被扶養者 and not under 7割/5割 軽減; otherwise 100 %
     * @throws RuleCheckException if the month is before the acquisition month or before 2019-04
     */
    public static LevyShares formerDependantShares(YearMonth month, LocalDate acquisitionDate,
            boolean householdOnlyFormerDependants, boolean householdUnderSeventyOrFiftyPercentReduction,
            RuleParameters parameters) {
        Objects.requireNonNull(month, "month");
        if (month.isBefore(YearMonth.from(acquisitionDate))) {
            throw new RuleCheckException(RULE, "month", "is before the acquisition month");
        }
        if (month.isBefore(TWO_YEAR_LIMIT_FROM)) {
            throw new RuleCheckException(RULE, "month",
                "is before 2019-04; the rule before the 2-year limit is not modelled");
        }
        boolean inPeriod = formerDependantPeriod(acquisitionDate, parameters).contains(month)
            && !householdUnderSeventyOrFiftyPercentReduction;
        int perCapita = inPeriod ? 50 : 100;
        int perHousehold = inPeriod && householdOnlyFormerDependants ? 50 : 100;
        return new LevyShares(0, 0, perCapita, perHousehold);
    }

    /**
     * @param month the tax month
     * @param transferMonth the month containing the 後期 acquisition date of the member who moved from NHI
     * @param facts the household's facts in {@code month}
     * @return {@link SpecifiedHouseholdStatus#SPECIFIED_HOUSEHOLD} for the 60 months from the transfer month,
     *         {@link SpecifiedHouseholdStatus#SPECIFIED_CONTINUING_HOUSEHOLD} for the 36 months after, provided the
     *         member moved from NHI, exactly one NHI insured remains, the 後期 member stays and the 世帯主 is
     *         unchanged; otherwise {@link SpecifiedHouseholdStatus#NONE}
     */
    public static SpecifiedHouseholdStatus specifiedHouseholdStatus(YearMonth month, YearMonth transferMonth,
            SpecifiedHouseholdFacts facts) {
        boolean conditions = facts.memberMovedFromNhiToLateElderly() && facts.nhiInsuredCount() == 1
            && facts.lateElderlyMemberStaysInHousehold() && facts.headUnchanged();
        if (!conditions || month.isBefore(transferMonth)) {
            return SpecifiedHouseholdStatus.NONE;
        }
        if (MonthRange.ofLength(transferMonth, SPECIFIED_HOUSEHOLD_MONTHS).contains(month)) {
            return SpecifiedHouseholdStatus.SPECIFIED_HOUSEHOLD;
        }
        YearMonth continuingFirst = transferMonth.plusMonths(SPECIFIED_HOUSEHOLD_MONTHS);
        if (MonthRange.ofLength(continuingFirst, SPECIFIED_CONTINUING_HOUSEHOLD_MONTHS).contains(month)) {
            return SpecifiedHouseholdStatus.SPECIFIED_CONTINUING_HOUSEHOLD;
        }
        return SpecifiedHouseholdStatus.NONE;
    }
}
