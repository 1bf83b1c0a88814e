package jp.openkokuho.nhi.eligibility.internal.rules;

import static jp.openkokuho.nhi.eligibility.internal.rules.RuleAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.openkokuho.nhi.eligibility.internal.rules.HouseholdHeadRule.Member;
import jp.openkokuho.nhi.eligibility.internal.rules.RuleParameters.HeadChangeEffectiveDate;

/** R21 擬制世帯主: the taxpayer, one head per household, registering an insured head. */
class HouseholdHeadRuleTest {

    // Doc example: head H is employee-insured, wife W is NHI insured.
    private static final Member H = new Member("H", true, false);
    private static final Member W = new Member("W", false, true);
    private static final List<Member> HOUSEHOLD = List.of(H, W);

    @Test
    void employeeInsuredHeadIsTheDeemedHeadAndTheTaxpayer() {
        assertThat(HouseholdHeadRule.isDeemedHead(H)).isTrue();
        assertThat(HouseholdHeadRule.isDeemedHead(W)).isFalse();
        assertThat(HouseholdHeadRule.taxpayer(HOUSEHOLD)).isEqualTo(H);
    }

    @Test
    void insuredHeadIsNotDeemed() {
        Member head = new Member("A", true, true);
        assertThat(HouseholdHeadRule.isDeemedHead(head)).isFalse();
        assertThat(HouseholdHeadRule.taxpayer(List.of(head, new Member("B", false, true)))).isEqualTo(head);
    }

    @Test
    void householdNeedsExactlyOneHead() {
        assertThatNoException().isThrownBy(() -> HouseholdHeadRule.check(HOUSEHOLD));
        assertViolation(() -> HouseholdHeadRule.check(List.of(H, new Member("W", true, true))),
            "R21", "head_atena_no");
        assertViolation(() -> HouseholdHeadRule.check(List.of(new Member("H", false, false), W)),
            "R21", "head_atena_no");
        assertViolation(() -> HouseholdHeadRule.taxpayer(List.of(W)), "R21", "head_atena_no");
    }

    @Test
    void householdNeedsAnInsuredMemberAndDistinctPersons() {
        assertViolation(() -> HouseholdHeadRule.check(List.of(H, new Member("C", false, false))),
            "R21", "nhi_household_no");
        assertViolation(() -> HouseholdHeadRule.check(List.of(H, W, new Member("W", false, true))),
            "R21", "atena_no");
    }

    @Test
    void wifeMayBecomeHeadWithConsentAndNoArrears() {
        assertThat(HouseholdHeadRule.mayRegisterInsuredHead(HOUSEHOLD, "W", true, false)).isTrue();
        assertThat(HouseholdHeadRule.mayRegisterInsuredHead(HOUSEHOLD, "W", false, false)).isFalse();
        assertThat(HouseholdHeadRule.mayRegisterInsuredHead(HOUSEHOLD, "W", true, true)).isFalse();
    }

    @Test
    void onlyAnInsuredMemberMayReplaceADeemedHead() {
        List<Member> withEmployedSon = List.of(H, W, new Member("S", false, false));
        assertThat(HouseholdHeadRule.mayRegisterInsuredHead(withEmployedSon, "S", true, false)).isFalse();
        assertThat(HouseholdHeadRule.mayRegisterInsuredHead(HOUSEHOLD, "X", true, false)).isFalse();
        List<Member> insuredHead = List.of(new Member("A", true, true), new Member("B", false, true));
        assertThat(HouseholdHeadRule.mayRegisterInsuredHead(insuredHead, "B", true, false)).isFalse();
    }

    @Test
    void headChangeTakesEffectOnTheApprovalDateByDefault() {
        LocalDate application = LocalDate.of(2026, 5, 1);
        LocalDate approval = LocalDate.of(2026, 5, 20);
        RuleParameters defaults = RuleParameters.defaults();
        assertThat(HouseholdHeadRule.headChangeEffectiveDate(application, approval, defaults)).isEqualTo(approval);
        assertThat(HouseholdHeadRule.headChangeEffectiveDate(application, approval,
            defaults.withHeadChangeEffectiveDate(HeadChangeEffectiveDate.APPLICATION_DATE))).isEqualTo(application);
        assertViolation(() -> HouseholdHeadRule.headChangeEffectiveDate(approval, application, defaults),
            "R21", "approval_date");
    }
}
