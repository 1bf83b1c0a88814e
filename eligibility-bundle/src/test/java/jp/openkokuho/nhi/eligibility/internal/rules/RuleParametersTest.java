package jp.openkokuho.nhi.eligibility.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.MonthDay;

import org.junit.jupiter.api.Test;

import jp.openkokuho.nhi.eligibility.internal.rules.RuleParameters.FormerDependantEndMode;
import jp.openkokuho.nhi.eligibility.internal.rules.RuleParameters.HeadChangeEffectiveDate;
import jp.openkokuho.nhi.eligibility.internal.rules.RuleParameters.RenewalGraceEnd;
import jp.openkokuho.nhi.eligibility.internal.rules.RuleParameters.ResidenceExpiryCap;
import jp.openkokuho.nhi.eligibility.internal.rules.RuleParameters.RetireeToDateConvention;

/** The documented defaults of the per-tenant parameter set and its copy methods. */
class RuleParametersTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        RuleParameters p = RuleParameters.defaults();
        assertThat(p.formerDependantEndMode()).isEqualTo(FormerDependantEndMode.TWENTY_FOUR_MONTHS);
        assertThat(p.involuntaryUnemploymentEndsOnLoss()).isTrue();
        assertThat(p.residenceExpiryCap()).isEqualTo(ResidenceExpiryCap.EXPIRY_DATE);
        assertThat(p.renewalGraceEnd()).isEqualTo(RenewalGraceEnd.SPECIAL_PERIOD_LAST_DAY);
        assertThat(p.excludeAgreementCertificateHolders()).isTrue();
        assertThat(p.retireeToDateConvention()).isEqualTo(RetireeToDateConvention.LAST_RETIREE_DAY);
        assertThat(p.documentCycleEnd()).isEqualTo(MonthDay.of(7, 31));
        assertThat(p.documentValidityYears()).isEqualTo(1);
        assertThat(p.reuseBranchNumbers()).isFalse();
        assertThat(p.headChangeEffectiveDate()).isEqualTo(HeadChangeEffectiveDate.APPROVAL_DATE);
    }

    @Test
    void eachCopyMethodChangesOnlyItsParameter() {
        RuleParameters d = RuleParameters.defaults();
        assertThat(d.withFormerDependantEndMode(FormerDependantEndMode.MONTH_IN_WHICH_TWO_YEARS_ELAPSE))
            .isEqualTo(new RuleParameters(FormerDependantEndMode.MONTH_IN_WHICH_TWO_YEARS_ELAPSE, true,
                ResidenceExpiryCap.EXPIRY_DATE, RenewalGraceEnd.SPECIAL_PERIOD_LAST_DAY, true,
                RetireeToDateConvention.LAST_RETIREE_DAY, MonthDay.of(7, 31), 1, false,
                HeadChangeEffectiveDate.APPROVAL_DATE));
        assertThat(d.withInvoluntaryUnemploymentEndsOnLoss(false).involuntaryUnemploymentEndsOnLoss()).isFalse();
        assertThat(d.withResidenceExpiryCap(ResidenceExpiryCap.DAY_AFTER_EXPIRY).residenceExpiryCap())
            .isEqualTo(ResidenceExpiryCap.DAY_AFTER_EXPIRY);
        assertThat(d.withRenewalGraceEnd(RenewalGraceEnd.TWO_MONTHS_FROM_DAY_AFTER_EXPIRY).renewalGraceEnd())
            .isEqualTo(RenewalGraceEnd.TWO_MONTHS_FROM_DAY_AFTER_EXPIRY);
        assertThat(d.withExcludeAgreementCertificateHolders(false).excludeAgreementCertificateHolders()).isFalse();
        assertThat(d.withRetireeToDateConvention(RetireeToDateConvention.FIRST_DAY_WITHOUT).retireeToDateConvention())
            .isEqualTo(RetireeToDateConvention.FIRST_DAY_WITHOUT);
        RuleParameters policy = d.withDocumentPolicy(MonthDay.of(3, 31), 2);
        assertThat(policy.documentCycleEnd()).isEqualTo(MonthDay.of(3, 31));
        assertThat(policy.documentValidityYears()).isEqualTo(2);
        assertThat(d.withReuseBranchNumbers(true).reuseBranchNumbers()).isTrue();
        assertThat(d.withHeadChangeEffectiveDate(HeadChangeEffectiveDate.APPLICATION_DATE))
            .isEqualTo(new RuleParameters(FormerDependantEndMode.TWENTY_FOUR_MONTHS, true,
                ResidenceExpiryCap.EXPIRY_DATE, RenewalGraceEnd.SPECIAL_PERIOD_LAST_DAY, true,
                RetireeToDateConvention.LAST_RETIREE_DAY, MonthDay.of(7, 31), 1, false,
                HeadChangeEffectiveDate.APPLICATION_DATE));
    }

    @Test
    void documentValidityMustBeOneToFiveYears() {
        RuleParameters d = RuleParameters.defaults();
        assertThat(d.withDocumentPolicy(MonthDay.of(7, 31), 5).documentValidityYears()).isEqualTo(5);
        assertThatThrownBy(() -> d.withDocumentPolicy(MonthDay.of(7, 31), 0))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withDocumentPolicy(MonthDay.of(7, 31), 6))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void missingValuesAreRejected() {
        assertThatThrownBy(() -> RuleParameters.defaults().withFormerDependantEndMode(null))
            .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> RuleParameters.defaults().withDocumentPolicy(null, 1))
            .isInstanceOf(NullPointerException.class);
    }
}
