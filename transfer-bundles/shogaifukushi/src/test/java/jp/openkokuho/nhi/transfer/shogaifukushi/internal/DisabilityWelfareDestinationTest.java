package jp.openkokuho.nhi.transfer.shogaifukushi.internal;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Map;

import jp.openkokuho.nhi.transfer.support.testing.CoverageStatusDestinationContract;

/** 障害福祉システム: the shared contract of destinations that send 加入保険の資格状況. */
class DisabilityWelfareDestinationTest extends CoverageStatusDestinationContract<DisabilityWelfareDestination, DisabilityWelfareTenantChannel> {
    @Override
    protected String id() {
        return "shogaifukushi";
    }

    @Override
    protected String name() {
        return "障害福祉システム";
    }

    @Override
    protected String legalBasis() {
        return "障害者の日常生活及び社会生活を総合的に支援するための法律第76条の2";
    }

    @Override
    protected Class<DisabilityWelfareDestination> destinationType() {
        return DisabilityWelfareDestination.class;
    }

    @Override
    protected Class<DisabilityWelfareTenantChannel> channelType() {
        return DisabilityWelfareTenantChannel.class;
    }

    @Override
    protected DisabilityWelfareDestination destination(Path root, Charset charset) {
        return new DisabilityWelfareDestination(root, charset);
    }

    @Override
    protected DisabilityWelfareTenantChannel channel(Map<String, Object> properties) {
        return new DisabilityWelfareTenantChannel(properties);
    }

    @Override
    protected void bind(DisabilityWelfareDestination destination, DisabilityWelfareTenantChannel channel) {
        destination.addTenantChannel(channel);
    }

    @Override
    protected void unbind(DisabilityWelfareDestination destination, DisabilityWelfareTenantChannel channel) {
        destination.removeTenantChannel(channel);
    }
}
