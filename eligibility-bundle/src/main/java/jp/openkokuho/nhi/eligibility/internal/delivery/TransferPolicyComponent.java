package jp.openkokuho.nhi.eligibility.internal.delivery;

import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import jp.openkokuho.nhi.api.transfer.TransferPolicyConstants;

/**
 * One transfer policy per factory configuration ({@code etc/jp.openkokuho.nhi.transfer.policy-<destination>.cfg}).
 * Without one, a destination receives nothing.
 */
@Component(configurationPid = TransferPolicyConstants.FACTORY_PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        service = TransferPolicyComponent.class)
@Designate(ocd = TransferPolicyComponent.Config.class, factory = true)
public class TransferPolicyComponent {

    /** A destination's legal basis and allowed items. */
    @ObjectClassDefinition(name = "NHI transfer policy (purpose limitation)")
    public @interface Config {
        /** @return destination id */
        @AttributeDefinition(name = "Destination id")
        String destination_id();

        /** @return legal basis */
        @AttributeDefinition(name = "Legal basis (法令上の根拠)")
        String legal_basis();

        /** @return allowed items */
        @AttributeDefinition(name = "Allowed items")
        String[] items() default {};

        /** @return name hint for the web console */
        String webconsole_configurationFactory_nameHint() default "{destination.id}: {legal.basis}";
    }

    private final TransferPolicy policy;

    /** @param config the policy */
    @Activate
    public TransferPolicyComponent(Config config) {
        this.policy = new TransferPolicy(config.destination_id(), config.legal_basis(),
            Set.copyOf(TransferPolicy.names(config.items())));
    }

    /** @return the policy */
    public TransferPolicy policy() {
        return policy;
    }
}
