package jp.openkokuho.nhi.eligibility.internal.rules;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jp.openkokuho.nhi.eligibility.internal.rules.RuleParameters.HeadChangeEffectiveDate;

/**
 * R21 世帯主と擬制世帯主 (household head and deemed head), source tag ✅ (S36 田上町条例2条2項, 岩見沢市, 三原村;
 * effective date of a head change ❓). 国保税 is levied on the 世帯主 even if the 世帯主 is not NHI insured — the
 * 擬制世帯主 is "deemed" the taxpayer. An NHI household has exactly one 世帯主 and at least one NHI insured member. On
 * application an insured member may be registered as 国保 世帯主 instead of the 擬制世帯主 (施行規則10条の2) if the
 * 擬制世帯主 consents and the household has no arrears.
 *
 * <p>Parameters used by the methods: {@code member} / {@code household} = members of one NHI household (see
 * {@link Member}); {@code candidateAtenaNo} = 宛名番号 of the member who would become 世帯主;
 * {@code deemedHeadConsents} = the 擬制世帯主 agrees; {@code hasArrears} = the household has unpaid 国保税;
 * {@code applicationDate} / {@code approvalDate} = days of the application and its approval; {@code parameters} =
 * the tenant's rule parameters.
 */
public final class HouseholdHeadRule {
    /** Rule id used in error reports. */
    public static final String RULE = "R21";

    private HouseholdHeadRule() {
    }

    /**
     * One member of a household as far as this rule is concerned.
     *
     * @param atenaNo 宛名番号
     * @param head the member is the 世帯主
     * @param nhiInsured the member is NHI insured
     */
    public record Member(String atenaNo, boolean head, boolean nhiInsured) {
        /**
         * Validates the components.
         *
         * @param atenaNo as in the record description
         * @param head as in the record description
         * @param nhiInsured as in the record description
         * @throws NullPointerException if the 宛名番号 is {@code null}
         */
        public Member {
            Objects.requireNonNull(atenaNo, "atenaNo");
        }
    }

    /**
     * @param member a household member
     * @return {@code true} if the member is the 世帯主 without being NHI insured (擬制世帯主, {@code is_deemed_head})
     */
    public static boolean isDeemedHead(Member member) {
        return member.head() && !member.nhiInsured();
    }

    /**
     * Checks, in this order: no 宛名番号 twice, exactly one 世帯主, at least one NHI insured member.
     *
     * @param household the members of one NHI household
     * @throws RuleCheckException naming {@code atena_no}, {@code head_atena_no} or {@code nhi_household_no}
     */
    public static void check(List<Member> household) {
        Set<String> seen = new HashSet<>();
        for (Member m : household) {
            if (!seen.add(m.atenaNo())) {
                throw new RuleCheckException(RULE, "atena_no", "a person is listed twice in the household");
            }
        }
        long heads = household.stream().filter(Member::head).count();
        if (heads == 0) {
            throw new RuleCheckException(RULE, "head_atena_no", "the household has no 世帯主");
        }
        if (heads > 1) {
            throw new RuleCheckException(RULE, "head_atena_no", "the household has " + heads + " 世帯主; exactly one");
        }
        if (household.stream().noneMatch(Member::nhiInsured)) {
            throw new RuleCheckException(RULE, "nhi_household_no", "the household has no NHI insured member");
        }
    }

    /**
     * @param household the members of one NHI household
     * @return the 国保税 taxpayer: the 世帯主, insured or not
     * @throws RuleCheckException if the household fails {@link #check}
     */
    public static Member taxpayer(List<Member> household) {
        check(household);
        return household.stream().filter(Member::head).findFirst().orElseThrow();
    }

    /**
     * @param household the members of one NHI household
     * @param candidateAtenaNo 宛名番号 of the member who would become 世帯主
     * @param deemedHeadConsents the 擬制世帯主 agrees
     * @param hasArrears the household has unpaid 国保税
     * @return {@code true} if the head is a 擬制世帯主, the candidate is an NHI insured member of the household, the
     *         擬制世帯主 consents and there are no arrears
     * @throws RuleCheckException if the household fails {@link #check}
     */
    public static boolean mayRegisterInsuredHead(List<Member> household, String candidateAtenaNo,
            boolean deemedHeadConsents, boolean hasArrears) {
        Member head = taxpayer(household);
        boolean candidateInsured = household.stream()
            .anyMatch(m -> m.atenaNo().equals(candidateAtenaNo) && m.nhiInsured() && !m.head());
        return isDeemedHead(head) && candidateInsured && deemedHeadConsents && !hasArrears;
    }

    /**
     * @param applicationDate the day of the application
     * @param approvalDate the day of the approval, not before the application
     * @param parameters tenant parameters ({@code headChangeEffectiveDate})
     * @return the first day the insured member is 国保 世帯主
     * @throws RuleCheckException if the approval is before the application
     */
    public static LocalDate headChangeEffectiveDate(LocalDate applicationDate, LocalDate approvalDate,
            RuleParameters parameters) {
        if (approvalDate.isBefore(applicationDate)) {
            throw new RuleCheckException(RULE, "approval_date", "is before the application date");
        }
        return parameters.headChangeEffectiveDate() == HeadChangeEffectiveDate.APPROVAL_DATE
            ? approvalDate
            : applicationDate;
    }
}
