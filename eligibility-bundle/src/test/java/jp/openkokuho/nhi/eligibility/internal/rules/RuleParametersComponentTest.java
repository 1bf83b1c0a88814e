package jp.openkokuho.nhi.eligibility.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.MonthDay;

import org.junit.jupiter.api.Test;

class RuleParametersComponentTest {

    private static RuleParametersComponent.Config config(String code, String[] residenceCodes, String headChange) {
        RuleParametersComponent.Config c = mock(RuleParametersComponent.Config.class);
        when(c.municipality_code()).thenReturn(code);
        when(c.former_dependant_end_mode()).thenReturn("TWENTY_FOUR_MONTHS");
        when(c.involuntary_unemployment_ends_on_loss()).thenReturn(true);
        when(c.residence_expiry_cap()).thenReturn("DAY_AFTER_EXPIRY");
        when(c.renewal_grace_end()).thenReturn("SPECIAL_PERIOD_LAST_DAY");
        when(c.exclude_agreement_certificate_holders()).thenReturn(true);
        when(c.retiree_to_date_convention()).thenReturn("LAST_RETIREE_DAY");
        when(c.document_cycle_end()).thenReturn("03-31");
        when(c.document_validity_years()).thenReturn(2);
        when(c.reuse_branch_numbers()).thenReturn(false);
        when(c.head_change_effective_date()).thenReturn(headChange);
        when(c.residence_status_codes()).thenReturn(residenceCodes);
        return c;
    }

    @Test
    void aConfigurationBecomesTheTenantsRulesAndOtherTenantsKeepTheDefaults() {
        RuleParametersComponent c = new RuleParametersComponent(config("112291",
            new String[] {"25=TEMPORARY_VISITOR", " 01 = PERMANENT_RESIDENT"}, "APPLICATION_DATE"));
        RuleParametersRegistry registry = new RuleParametersRegistry();
        registry.addParameters(c);

        TenantRules wako = registry.forTenant("112291");
        assertThat(wako.parameters().residenceExpiryCap()).isEqualTo(RuleParameters.ResidenceExpiryCap.DAY_AFTER_EXPIRY);
        assertThat(wako.parameters().documentCycleEnd()).isEqualTo(MonthDay.of(3, 31));
        assertThat(wako.parameters().documentValidityYears()).isEqualTo(2);
        assertThat(wako.parameters().headChangeEffectiveDate())
            .isEqualTo(RuleParameters.HeadChangeEffectiveDate.APPLICATION_DATE);
        assertThat(wako.residenceStatus("25")).contains(ResidenceStatus.TEMPORARY_VISITOR);
        assertThat(wako.residenceStatus("01")).contains(ResidenceStatus.PERMANENT_RESIDENT);
        assertThat(wako.residenceStatus("99")).isEmpty();
        assertThat(registry.forTenant("112275")).isEqualTo(TenantRules.defaults());

        registry.removeParameters(c);
        assertThat(registry.forTenant("112291")).isEqualTo(TenantRules.defaults());
    }

    @Test
    void aValueThatIsNotAllowedNamesTheAttribute() {
        assertThatThrownBy(() -> new RuleParametersComponent(config("112291", new String[0], "TOMORROW")))
            .hasMessage("head.change.effective.date: 'TOMORROW' is not a HeadChangeEffectiveDate");
        assertThatThrownBy(() -> new RuleParametersComponent(config("112291", new String[] {"25"}, "APPROVAL_DATE")))
            .hasMessage("residence.status.codes: '25' is not code=CONSTANT");
    }
}
