package jp.openkokuho.nhi.transfer.hitorioyairyo.internal;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Map;

import jp.openkokuho.nhi.transfer.support.testing.CoverageStatusDestinationContract;

/** ひとり親医療システム: the shared contract of destinations that send 加入保険の資格状況. */
class SingleParentMedicalDestinationTest extends CoverageStatusDestinationContract<SingleParentMedicalDestination, SingleParentMedicalTenantChannel> {
    @Override
    protected String id() {
        return "hitorioyairyo";
    }

    @Override
    protected String name() {
        return "ひとり親医療システム";
    }

    @Override
    protected String legalBasis() {
        return "番号法第19条第8号";
    }

    @Override
    protected Class<SingleParentMedicalDestination> destinationType() {
        return SingleParentMedicalDestination.class;
    }

    @Override
    protected Class<SingleParentMedicalTenantChannel> channelType() {
        return SingleParentMedicalTenantChannel.class;
    }

    @Override
    protected SingleParentMedicalDestination destination(Path root, Charset charset) {
        return new SingleParentMedicalDestination(root, charset);
    }

    @Override
    protected SingleParentMedicalTenantChannel channel(Map<String, Object> properties) {
        return new SingleParentMedicalTenantChannel(properties);
    }

    @Override
    protected void bind(SingleParentMedicalDestination destination, SingleParentMedicalTenantChannel channel) {
        destination.addTenantChannel(channel);
    }

    @Override
    protected void unbind(SingleParentMedicalDestination destination, SingleParentMedicalTenantChannel channel) {
        destination.removeTenantChannel(channel);
    }
}
