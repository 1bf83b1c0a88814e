package jp.openkokuho.nhi.eligibility.internal.rules;

import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The rule parameters of one tenant, one factory configuration of {@link #FACTORY_PID} per municipality, in Karaf
 * {@code etc/jp.openkokuho.nhi.rules-<code>.cfg}. A tenant without one uses {@link TenantRules#defaults()}; every
 * attribute left out keeps its default (the defaults are those of {@link RuleParameters#defaults()}).
 *
 * <pre>
 * municipality.code = 112291
 * former.dependant.end.mode = MONTH_IN_WHICH_TWO_YEARS_ELAPSE
 * residence.status.codes = 01=PERMANENT_RESIDENT, 25=TEMPORARY_VISITOR
 * </pre>
 */
@Component(configurationPid = RuleParametersComponent.FACTORY_PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        service = RuleParametersComponent.class)
@Designate(ocd = RuleParametersComponent.Config.class, factory = true)
public class RuleParametersComponent {
    /** Factory PID of the per-tenant rule parameters. */
    public static final String FACTORY_PID = "jp.openkokuho.nhi.rules";

    /** The parameters; names follow {@link RuleParameters}. */
    @ObjectClassDefinition(name = "NHI rule parameters (per municipality)")
    public @interface Config {
        /** @return the tenant */
        @AttributeDefinition(name = "全国地方公共団体コード")
        String municipality_code();

        /** @return R12 */
        @AttributeDefinition(name = "R12 旧被扶養者 end month", description = "TWENTY_FOUR_MONTHS or "
            + "MONTH_IN_WHICH_TWO_YEARS_ELAPSE")
        String former_dependant_end_mode() default "TWENTY_FOUR_MONTHS";

        /** @return R11 */
        @AttributeDefinition(name = "R11 軽減 ends with the NHI loss")
        boolean involuntary_unemployment_ends_on_loss() default true;

        /** @return R13/R16 */
        @AttributeDefinition(name = "R13 document cap", description = "EXPIRY_DATE or DAY_AFTER_EXPIRY")
        String residence_expiry_cap() default "EXPIRY_DATE";

        /** @return R13 */
        @AttributeDefinition(name = "R13 renewal grace end", description = "SPECIAL_PERIOD_LAST_DAY or "
            + "TWO_MONTHS_FROM_DAY_AFTER_EXPIRY")
        String renewal_grace_end() default "SPECIAL_PERIOD_LAST_DAY";

        /** @return R13 */
        @AttributeDefinition(name = "R13 exclude 社会保障協定 適用証明書 holders")
        boolean exclude_agreement_certificate_holders() default true;

        /** @return R10 */
        @AttributeDefinition(name = "R10 非該当年月日 convention", description = "LAST_RETIREE_DAY or FIRST_DAY_WITHOUT")
        String retiree_to_date_convention() default "LAST_RETIREE_DAY";

        /** @return R16 */
        @AttributeDefinition(name = "R16 資格確認書 cycle end (MM-dd)")
        String document_cycle_end() default "07-31";

        /** @return R16 */
        @AttributeDefinition(name = "R16 資格確認書 validity in cycles (1-5)")
        int document_validity_years() default 1;

        /** @return R17 */
        @AttributeDefinition(name = "R17 reuse 枝番")
        boolean reuse_branch_numbers() default false;

        /** @return R21 */
        @AttributeDefinition(name = "R21 head change effective date", description = "APPROVAL_DATE or "
            + "APPLICATION_DATE")
        String head_change_effective_date() default "APPROVAL_DATE";

        /** @return R13 code table */
        @AttributeDefinition(name = "R13 在留資格コード table", description = "code=ResidenceStatus constant, e.g. "
            + "25=TEMPORARY_VISITOR")
        String[] residence_status_codes() default {};

        /** @return name hint for the web console */
        String webconsole_configurationFactory_nameHint() default "rules {municipality.code}";
    }

    private final String tenantCode;
    private final TenantRules rules;

    /**
     * @param config the configuration
     * @throws IllegalArgumentException naming the attribute whose value is not allowed
     */
    @Activate
    public RuleParametersComponent(Config config) {
        this.tenantCode = config.municipality_code();
        RuleParameters p = new RuleParameters(
            constant(RuleParameters.FormerDependantEndMode.class, config.former_dependant_end_mode(),
                "former.dependant.end.mode"),
            config.involuntary_unemployment_ends_on_loss(),
            constant(RuleParameters.ResidenceExpiryCap.class, config.residence_expiry_cap(), "residence.expiry.cap"),
            constant(RuleParameters.RenewalGraceEnd.class, config.renewal_grace_end(), "renewal.grace.end"),
            config.exclude_agreement_certificate_holders(),
            constant(RuleParameters.RetireeToDateConvention.class, config.retiree_to_date_convention(),
                "retiree.to.date.convention"),
            monthDay(config.document_cycle_end()),
            config.document_validity_years(),
            config.reuse_branch_numbers(),
            constant(RuleParameters.HeadChangeEffectiveDate.class, config.head_change_effective_date(),
                "head.change.effective.date"));
        this.rules = new TenantRules(p, residenceCodes(config.residence_status_codes()));
    }

    /** @return the tenant the parameters are for */
    public String tenantCode() {
        return tenantCode;
    }

    /** @return the parameters */
    public TenantRules rules() {
        return rules;
    }

    /**
     * @param entries {@code code=CONSTANT} entries
     * @return the code table
     * @throws IllegalArgumentException for an entry without {@code =} or with an unknown constant
     */
    static Map<String, ResidenceStatus> residenceCodes(String[] entries) {
        Map<String, ResidenceStatus> map = new LinkedHashMap<>();
        for (String entry : entries) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("residence.status.codes: '" + entry + "' is not code=CONSTANT");
            }
            map.put(entry.substring(0, eq).trim(), constant(ResidenceStatus.class, entry.substring(eq + 1).trim(),
                "residence.status.codes"));
        }
        return map;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value, String attribute) {
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(attribute + ": '" + value + "' is not a " + type.getSimpleName(), e);
        }
    }

    private static MonthDay monthDay(String value) {
        try {
            return MonthDay.parse("--" + value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("document.cycle.end: '" + value + "' is not MM-dd", e);
        }
    }
}
