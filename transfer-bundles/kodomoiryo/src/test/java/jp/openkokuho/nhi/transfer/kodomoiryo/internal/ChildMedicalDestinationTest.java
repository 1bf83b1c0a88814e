package jp.openkokuho.nhi.transfer.kodomoiryo.internal;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Map;

import jp.openkokuho.nhi.transfer.support.testing.CoverageStatusDestinationContract;

/** こども(乳幼児)医療システム: the shared contract of destinations that send 加入保険の資格状況. */
class ChildMedicalDestinationTest extends CoverageStatusDestinationContract<ChildMedicalDestination, ChildMedicalTenantChannel> {
    @Override
    protected String id() {
        return "kodomoiryo";
    }

    @Override
    protected String name() {
        return "こども(乳幼児)医療システム";
    }

    @Override
    protected String legalBasis() {
        return "番号法第19条第8号";
    }

    @Override
    protected Class<ChildMedicalDestination> destinationType() {
        return ChildMedicalDestination.class;
    }

    @Override
    protected Class<ChildMedicalTenantChannel> channelType() {
        return ChildMedicalTenantChannel.class;
    }

    @Override
    protected ChildMedicalDestination destination(Path root, Charset charset) {
        return new ChildMedicalDestination(root, charset);
    }

    @Override
    protected ChildMedicalTenantChannel channel(Map<String, Object> properties) {
        return new ChildMedicalTenantChannel(properties);
    }

    @Override
    protected void bind(ChildMedicalDestination destination, ChildMedicalTenantChannel channel) {
        destination.addTenantChannel(channel);
    }

    @Override
    protected void unbind(ChildMedicalDestination destination, ChildMedicalTenantChannel channel) {
        destination.removeTenantChannel(channel);
    }
}
