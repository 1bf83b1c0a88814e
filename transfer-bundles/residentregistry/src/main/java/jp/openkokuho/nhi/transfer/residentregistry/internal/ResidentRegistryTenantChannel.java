package jp.openkokuho.nhi.transfer.residentregistry.internal;

import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

import jp.openkokuho.nhi.transfer.support.TenantChannel;
import jp.openkokuho.nhi.transfer.support.TenantChannelConfig;

/**
 * One municipality's channel to the 住民記録システム: one instance per factory configuration
 * {@code etc/jp.openkokuho.nhi.transfer.residentregistry.tenant-<name>.cfg}, registered for
 * {@link ResidentRegistryDestination} only.
 * A configuration without a valid {@code municipality.code} fails this component's activation; any other mistake
 * holds back that municipality's deliveries to this destination (retried) until it is fixed or deleted.
 */
@Component(service = TenantChannel.class, configurationPid = ResidentRegistryDestination.TENANT_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = TenantChannel.DESTINATION + "=" + ResidentRegistryDestination.ID)
@Designate(ocd = TenantChannelConfig.class, factory = true)
public class ResidentRegistryTenantChannel extends TenantChannel {

    /** @param properties the factory configuration's properties */
    @Activate
    public ResidentRegistryTenantChannel(Map<String, Object> properties) {
        super(properties);
    }
}
