package jp.openkokuho.nhi.transfer.residentregistry.internal;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.openkokuho.nhi.api.transfer.ChangeItems;
import jp.openkokuho.nhi.api.transfer.DeliveryResult;
import jp.openkokuho.nhi.api.transfer.Destination;
import jp.openkokuho.nhi.api.transfer.EligibilityChange;
import jp.openkokuho.nhi.api.transfer.EligibilityChangeConsumer;
import jp.openkokuho.nhi.transfer.support.DestinationConfig;
import jp.openkokuho.nhi.transfer.support.TenantChannel;
import jp.openkokuho.nhi.transfer.support.TenantChannels;

/**
 * 移転先1 住民記録システム: writes the NHI entries of the resident record for every change, once per event, through
 * each municipality's channel: by default a file drop into {@code <outbound.root>/<tenant>/outbound/} with an atomic
 * rename, or as set by a {@value #TENANT_PID} factory configuration (file drop elsewhere, or HTTP POST;
 * {@link ResidentRegistryTenantChannel}, bound here dynamically).
 */
@Component(service = EligibilityChangeConsumer.class, configurationPid = ResidentRegistryDestination.PID,
        immediate = true)
@Destination(id = ResidentRegistryDestination.ID, name = "住民記録システム", legalBasis = "住民基本台帳法第7条第10号",
        items = {ChangeItems.ATENA_NO, ChangeItems.COVERAGE_START_DATE, ChangeItems.COVERAGE_END_DATE,
            ChangeItems.PROCESSED_ON})
@Designate(ocd = DestinationConfig.class)
public class ResidentRegistryDestination implements EligibilityChangeConsumer {
    /** Destination id. */
    public static final String ID = "residentregistry";
    /** Configuration PID. */
    public static final String PID = "jp.openkokuho.nhi.transfer.residentregistry";
    /** Factory configuration PID of one municipality's channel. */
    public static final String TENANT_PID = PID + ".tenant";
    private static final Logger LOG = LoggerFactory.getLogger(ResidentRegistryDestination.class);

    private final TenantChannels channels;

    /** @param config the defaults for municipalities without a channel configuration */
    @Activate
    public ResidentRegistryDestination(DestinationConfig config) {
        this(root(config.outbound_root()), Charset.forName(config.charset()));
    }

    /**
     * @param root root of the per-tenant outbound directories
     * @param charset file encoding
     */
    public ResidentRegistryDestination(Path root, Charset charset) {
        this.channels = new TenantChannels(ID, root, charset);
        LOG.info("住民記録 destination: default channel writes to {}", root.toAbsolutePath());
    }

    @Reference(service = TenantChannel.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, target = "(" + TenantChannel.DESTINATION + "=" + ID + ")",
            unbind = "removeTenantChannel")
    void addTenantChannel(TenantChannel channel) {
        channels.add(channel);
    }

    void removeTenantChannel(TenantChannel channel) {
        channels.remove(channel);
    }

    @Override
    public DeliveryResult deliver(EligibilityChange change) throws IOException {
        if (change.schemaVersion() != EligibilityChange.SCHEMA_VERSION) {
            LOG.error("Change {} has schema version {}, this destination knows {}; cancelled", change.eventId(),
                change.schemaVersion(), EligibilityChange.SCHEMA_VERSION);
            return DeliveryResult.CANCEL;
        }
        TenantChannels.Route route = channels.route(change.tenantCode());
        route.deliver(change.eventId(), change.sequence(), ResidentRegistryRecord.fileName(change),
            ResidentRegistryRecord.render(change, route.charset()));
        return DeliveryResult.OK;
    }

    static Path root(String configured) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String data = System.getProperty("karaf.data");
        if (data == null) {
            throw new IllegalStateException("outbound.root is not configured and karaf.data is not set");
        }
        return Path.of(data, "nhi", "transfer", ID);
    }
}
