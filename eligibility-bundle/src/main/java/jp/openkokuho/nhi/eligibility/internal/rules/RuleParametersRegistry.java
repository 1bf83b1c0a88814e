package jp.openkokuho.nhi.eligibility.internal.rules;

import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The rule parameters of every tenant, as configured by {@link RuleParametersComponent}; a tenant without a
 * configuration gets {@link TenantRules#defaults()}. Configurations come and go at run time; readers never block.
 */
@Component(service = RuleParametersRegistry.class, immediate = true)
public class RuleParametersRegistry {
    private final ConcurrentHashMap<String, TenantRules> rules = new ConcurrentHashMap<>();

    /** An empty registry: every tenant has the defaults. */
    public RuleParametersRegistry() {
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addParameters(RuleParametersComponent component) {
        put(component.tenantCode(), component.rules());
    }

    void removeParameters(RuleParametersComponent component) {
        rules.remove(component.tenantCode(), component.rules());
    }

    /**
     * @param tenantCode tenant
     * @param tenantRules its parameters (replacing earlier ones)
     */
    public void put(String tenantCode, TenantRules tenantRules) {
        rules.put(tenantCode, tenantRules);
    }

    /**
     * @param tenantCode tenant
     * @return its parameters, or the defaults
     */
    public TenantRules forTenant(String tenantCode) {
        return rules.getOrDefault(tenantCode, TenantRules.defaults());
    }
}
