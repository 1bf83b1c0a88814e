package jp.openkokuho.nhi.transfer.shogaifukushi.internal;

import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

import jp.openkokuho.nhi.transfer.support.TenantChannel;
import jp.openkokuho.nhi.transfer.support.TenantChannelConfig;

/**
 * One municipality's channel to the 障害福祉システム: one instance per factory configuration
 * {@code etc/jp.openkokuho.nhi.transfer.shogaifukushi.tenant-<name>.cfg}, registered for
 * {@link DisabilityWelfareDestination} only.
 * A configuration without a valid {@code municipality.code} fails this component's activation; any other mistake
 * holds back that municipality's deliveries to this destination (retried) until it is fixed or deleted.
 */
@Component(service = TenantChannel.class, configurationPid = DisabilityWelfareDestination.TENANT_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = TenantChannel.DESTINATION + "=" + DisabilityWelfareDestination.ID)
@Designate(ocd = TenantChannelConfig.class, factory = true)
public class DisabilityWelfareTenantChannel extends TenantChannel {

    /** @param properties the factory configuration's properties */
    @Activate
    public DisabilityWelfareTenantChannel(Map<String, Object> properties) {
        super(properties);
    }
}
