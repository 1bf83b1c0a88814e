package jp.openkokuho.nhi.transfer.shogaifukushi19.internal;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Map;

import jp.openkokuho.nhi.transfer.support.testing.CoverageStatusDestinationContract;

/** 障害福祉システム(番号法): the shared contract of destinations that send 加入保険の資格状況. */
class DisabilityWelfareNumberActDestinationTest extends CoverageStatusDestinationContract<DisabilityWelfareNumberActDestination, DisabilityWelfareNumberActTenantChannel> {
    @Override
    protected String id() {
        return "shogaifukushi19";
    }

    @Override
    protected String name() {
        return "障害福祉システム(番号法)";
    }

    @Override
    protected String legalBasis() {
        return "番号法第19条第8号";
    }

    @Override
    protected Class<DisabilityWelfareNumberActDestination> destinationType() {
        return DisabilityWelfareNumberActDestination.class;
    }

    @Override
    protected Class<DisabilityWelfareNumberActTenantChannel> channelType() {
        return DisabilityWelfareNumberActTenantChannel.class;
    }

    @Override
    protected DisabilityWelfareNumberActDestination destination(Path root, Charset charset) {
        return new DisabilityWelfareNumberActDestination(root, charset);
    }

    @Override
    protected DisabilityWelfareNumberActTenantChannel channel(Map<String, Object> properties) {
        return new DisabilityWelfareNumberActTenantChannel(properties);
    }

    @Override
    protected void bind(DisabilityWelfareNumberActDestination destination, DisabilityWelfareNumberActTenantChannel channel) {
        destination.addTenantChannel(channel);
    }

    @Override
    protected void unbind(DisabilityWelfareNumberActDestination destination, DisabilityWelfareNumberActTenantChannel channel) {
        destination.removeTenantChannel(channel);
    }
}
