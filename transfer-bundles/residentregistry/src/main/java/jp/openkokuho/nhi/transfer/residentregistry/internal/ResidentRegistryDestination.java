package jp.openkokuho.nhi.transfer.residentregistry.internal;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.openkokuho.nhi.api.transfer.ChangeItems;
import jp.openkokuho.nhi.api.transfer.DeliveryResult;
import jp.openkokuho.nhi.api.transfer.Destination;
import jp.openkokuho.nhi.api.transfer.EligibilityChange;
import jp.openkokuho.nhi.api.transfer.EligibilityChangeConsumer;
import jp.openkokuho.nhi.transfer.support.FileDropChannel;

/**
 * 移転先1 住民記録システム: writes the NHI entries of the resident record for every change, once per event, into
 * {@code <outbound.root>/<tenant>/outbound/} with an atomic rename (see {@link FileDropChannel}).
 */
@Component(service = EligibilityChangeConsumer.class, configurationPid = ResidentRegistryDestination.PID,
        immediate = true)
@Destination(id = ResidentRegistryDestination.ID, name = "住民記録システム", legalBasis = "住民基本台帳法第7条第10号",
        items = {ChangeItems.ATENA_NO, ChangeItems.COVERAGE_START_DATE, ChangeItems.COVERAGE_END_DATE,
            ChangeItems.PROCESSED_ON})
@Designate(ocd = ResidentRegistryDestination.Config.class)
public class ResidentRegistryDestination implements EligibilityChangeConsumer {
    /** Destination id. */
    public static final String ID = "residentregistry";
    /** Configuration PID. */
    public static final String PID = "jp.openkokuho.nhi.transfer.residentregistry";
    private static final Logger LOG = LoggerFactory.getLogger(ResidentRegistryDestination.class);

    /** Where and how files are written. */
    @ObjectClassDefinition(name = "NHI destination: 住民記録システム")
    public @interface Config {
        /** @return root of the per-tenant outbound directories; empty = ${karaf.data}/nhi/transfer/residentregistry */
        @AttributeDefinition(name = "Outbound root directory")
        String outbound_root() default "";

        /** @return file encoding */
        @AttributeDefinition(name = "Character set", description = "UTF-8 or Windows-31J")
        String charset() default "UTF-8";
    }

    private final FileDropChannel channel;
    private final Charset charset;

    /** @param config where and how to write */
    @Activate
    public ResidentRegistryDestination(Config config) {
        this(root(config.outbound_root()), Charset.forName(config.charset()));
    }

    /**
     * @param root root of the per-tenant outbound directories
     * @param charset file encoding
     */
    public ResidentRegistryDestination(Path root, Charset charset) {
        this.channel = new FileDropChannel(root);
        this.charset = charset;
        LOG.info("住民記録 destination writing to {}", channel.root());
    }

    @Override
    public DeliveryResult deliver(EligibilityChange change) throws IOException {
        if (change.schemaVersion() != EligibilityChange.SCHEMA_VERSION) {
            LOG.error("Change {} has schema version {}, this destination knows {}; cancelled", change.eventId(),
                change.schemaVersion(), EligibilityChange.SCHEMA_VERSION);
            return DeliveryResult.CANCEL;
        }
        channel.deliver(change.tenantCode(), change.eventId(), ResidentRegistryRecord.fileName(change),
            ResidentRegistryRecord.render(change, charset));
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
