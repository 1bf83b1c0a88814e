package jp.openkokuho.nhi.transfer.jiritsushien.internal;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Map;

import jp.openkokuho.nhi.transfer.support.testing.CoverageStatusDestinationContract;

/** 自立支援医療システム: the shared contract of destinations that send 加入保険の資格状況. */
class SelfSupportMedicalDestinationTest extends CoverageStatusDestinationContract<SelfSupportMedicalDestination, SelfSupportMedicalTenantChannel> {
    @Override
    protected String id() {
        return "jiritsushien";
    }

    @Override
    protected String name() {
        return "自立支援医療システム";
    }

    @Override
    protected String legalBasis() {
        return "障害者の日常生活及び社会生活を総合的に支援するための法律第7条・第58条";
    }

    @Override
    protected Class<SelfSupportMedicalDestination> destinationType() {
        return SelfSupportMedicalDestination.class;
    }

    @Override
    protected Class<SelfSupportMedicalTenantChannel> channelType() {
        return SelfSupportMedicalTenantChannel.class;
    }

    @Override
    protected SelfSupportMedicalDestination destination(Path root, Charset charset) {
        return new SelfSupportMedicalDestination(root, charset);
    }

    @Override
    protected SelfSupportMedicalTenantChannel channel(Map<String, Object> properties) {
        return new SelfSupportMedicalTenantChannel(properties);
    }

    @Override
    protected void bind(SelfSupportMedicalDestination destination, SelfSupportMedicalTenantChannel channel) {
        destination.addTenantChannel(channel);
    }

    @Override
    protected void unbind(SelfSupportMedicalDestination destination, SelfSupportMedicalTenantChannel channel) {
        destination.removeTenantChannel(channel);
    }
}
