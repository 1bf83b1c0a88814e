package jp.openkokuho.nhi.transfer.jiritsushien.internal;

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
import jp.openkokuho.nhi.transfer.support.CoverageStatusRecord;
import jp.openkokuho.nhi.transfer.support.CsvDelivery;
import jp.openkokuho.nhi.transfer.support.DestinationConfig;
import jp.openkokuho.nhi.transfer.support.TenantChannel;
import jp.openkokuho.nhi.transfer.support.TenantChannels;

/**
 * 移転先2 自立支援医療システム
 * (障害者の日常生活及び社会生活を総合的に支援するための法律第7条・第58条; 用途: 加入保険の資格状況の確認のため).
 *
 * <p>Delivers one {@link CoverageStatusRecord} per change, once per event, through each
 * municipality's channel: by default a file drop into {@code <outbound.root>/<tenant>/outbound/}, or as set by a
 * {@value #TENANT_PID} factory configuration ({@link SelfSupportMedicalTenantChannel}, bound here dynamically).
 */
@Component(service = EligibilityChangeConsumer.class, configurationPid = SelfSupportMedicalDestination.PID,
        immediate = true)
@Destination(id = SelfSupportMedicalDestination.ID, name = "自立支援医療システム",
        legalBasis = "障害者の日常生活及び社会生活を総合的に支援するための法律第7条・第58条",
        items = {ChangeItems.ATENA_NO, ChangeItems.COVERAGE_START_DATE, ChangeItems.COVERAGE_END_DATE,
            ChangeItems.INSURER_NO})
@Designate(ocd = DestinationConfig.class)
public class SelfSupportMedicalDestination implements EligibilityChangeConsumer {
    /** Destination id. */
    public static final String ID = "jiritsushien";
    /** Configuration PID of the destination's defaults. */
    public static final String PID = "jp.openkokuho.nhi.transfer.jiritsushien";
    /** Factory configuration PID of one municipality's channel. */
    public static final String TENANT_PID = PID + ".tenant";
    private static final Logger LOG = LoggerFactory.getLogger(SelfSupportMedicalDestination.class);

    private final CsvDelivery delivery;

    /** @param config the defaults for municipalities without a channel configuration */
    @Activate
    public SelfSupportMedicalDestination(DestinationConfig config) {
        this(CsvDelivery.root(config.outbound_root(), ID), Charset.forName(config.charset()));
    }

    /**
     * @param root root of the per-tenant directories of the default file channel
     * @param charset default record encoding
     */
    public SelfSupportMedicalDestination(Path root, Charset charset) {
        this.delivery = new CsvDelivery(ID, new CoverageStatusRecord(),
            new TenantChannels(ID, root, charset));
        LOG.info("自立支援医療システム destination: default channel writes to {}",
            root.toAbsolutePath());
    }

    @Reference(service = TenantChannel.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, target = "(" + TenantChannel.DESTINATION + "=" + ID + ")",
            unbind = "removeTenantChannel")
    void addTenantChannel(TenantChannel channel) {
        delivery.channels().add(channel);
    }

    void removeTenantChannel(TenantChannel channel) {
        delivery.channels().remove(channel);
    }

    @Override
    public DeliveryResult deliver(EligibilityChange change) throws IOException {
        return delivery.deliver(change);
    }
}
