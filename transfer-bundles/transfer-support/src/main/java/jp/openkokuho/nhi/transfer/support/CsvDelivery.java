package jp.openkokuho.nhi.transfer.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.openkokuho.nhi.api.transfer.DeliveryResult;
import jp.openkokuho.nhi.api.transfer.EligibilityChange;

/**
 * The delivery steps every CSV destination shares: refuse an unknown schema version ({@code CANCEL}), build the
 * destination's rows ({@code CANCEL} if the change cannot be represented), encode them in the tenant's character
 * set, name the file {@code NHI<ID>_<tenant>_<sequence>_<event>.csv} and hand it to the tenant's channel, which
 * applies each event at most once. Channel failures propagate as {@link IOException} (retried by the platform).
 *
 * <p>Logs name the destination, tenant code and event id only, never an item's value.
 */
public final class CsvDelivery {
    private static final Logger LOG = LoggerFactory.getLogger(CsvDelivery.class);

    private final String destinationId;
    private final RecordFormat format;
    private final TenantChannels channels;

    /**
     * @param destinationId the destination id
     * @param format the destination's record
     * @param channels the destination's tenant channels
     */
    public CsvDelivery(String destinationId, RecordFormat format, TenantChannels channels) {
        this.destinationId = Objects.requireNonNull(destinationId, "destinationId");
        this.format = Objects.requireNonNull(format, "format");
        this.channels = Objects.requireNonNull(channels, "channels");
    }

    /** @return the tenant channels, for the destination component's bind and unbind methods */
    public TenantChannels channels() {
        return channels;
    }

    /**
     * @param change the change
     * @return {@code OK} once applied (now or earlier), {@code CANCEL} if it can never be applied
     * @throws IOException if the channel failed; retried by the platform
     */
    public DeliveryResult deliver(EligibilityChange change) throws IOException {
        if (!CsvRecords.supported(change)) {
            LOG.error("{}: change {} of tenant {} has schema version {}, this destination knows {}; cancelled",
                destinationId, change.eventId(), change.tenantCode(), change.schemaVersion(),
                EligibilityChange.SCHEMA_VERSION);
            return DeliveryResult.CANCEL;
        }
        List<List<String>> rows;
        try {
            rows = format.rows(change);
        } catch (UnrepresentableChangeException e) {
            LOG.error("{}: change {} of tenant {} cannot be represented ({}); cancelled", destinationId,
                change.eventId(), change.tenantCode(), e.getMessage());
            return DeliveryResult.CANCEL;
        }
        TenantChannels.Route route = channels.route(change.tenantCode());
        route.deliver(change.eventId(), change.sequence(), CsvRecords.fileName(destinationId, change),
            CsvRecords.render(format.header(), rows, route.charset()));
        return DeliveryResult.OK;
    }

    /**
     * @param configured the configured root directory, or empty
     * @param destinationId the destination id
     * @return the configured root, or {@code ${karaf.data}/nhi/transfer/<destination id>}
     * @throws IllegalStateException if neither is available
     */
    public static Path root(String configured, String destinationId) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.trim());
        }
        String data = System.getProperty("karaf.data");
        if (data == null) {
            throw new IllegalStateException("outbound.root is not configured and karaf.data is not set");
        }
        return Path.of(data, "nhi", "transfer", destinationId);
    }
}
