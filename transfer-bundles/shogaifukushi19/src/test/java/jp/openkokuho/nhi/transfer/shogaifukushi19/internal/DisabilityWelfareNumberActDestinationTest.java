package jp.openkokuho.nhi.transfer.shogaifukushi19.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.openkokuho.nhi.api.transfer.DeliveryResult;
import jp.openkokuho.nhi.api.transfer.EligibilityChangeConsumer;
import jp.openkokuho.nhi.transfer.support.TenantChannel;
import jp.openkokuho.nhi.transfer.support.testing.Changes;
import jp.openkokuho.nhi.transfer.support.testing.ComponentDescriptions;
import jp.openkokuho.nhi.transfer.support.testing.ComponentDescriptions.Description;
import jp.openkokuho.nhi.transfer.support.testing.ComponentDescriptions.Reference;
import jp.openkokuho.nhi.transfer.support.testing.RecordingHttpServer;

class DisabilityWelfareNumberActDestinationTest {
    private static final String E2 = "0f9e7c1a-0000-4000-8000-000000000002";
    private static final String HEADER = "全国地方公共団体コード,宛名番号,異動区分,保険者番号,"
        + "国保資格取得年月日,国保資格喪失年月日,連携番号,イベントID\r\n";
    private static final String ACQUIRED_FILE = "NHISHOGAIFUKUSHI19_112291_000000000042_" + Changes.EVENT + ".csv";
    private static final String ACQUIRED = HEADER
        + "112291,000123,取得,110270,2026-04-10,,42," + Changes.EVENT + "\r\n";
    private static final String LOST_FILE = "NHISHOGAIFUKUSHI19_112291_000000000043_" + E2 + ".csv";
    private static final String LOST = HEADER
        + "112291,000123,喪失,110270,2026-04-10,2026-09-02,43," + E2 + "\r\n";

    private static DisabilityWelfareNumberActDestination destination(Path root) {
        return new DisabilityWelfareNumberActDestination(root, StandardCharsets.UTF_8);
    }

    private static List<String> files(Path dir) throws Exception {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesAnAcquisitionOnceWithAJapaneseHeaderAndOnlyTheDeclaredItems(@TempDir Path root) throws Exception {
        DisabilityWelfareNumberActDestination d = destination(root);
        assertThat(d.deliver(Changes.acquisition("2026-04-10").build())).isEqualTo(DeliveryResult.OK);
        assertThat(d.deliver(Changes.acquisition("2026-04-10").build())).isEqualTo(DeliveryResult.OK);

        Path out = root.resolve("112291/outbound");
        assertThat(files(out)).containsExactly(ACQUIRED_FILE);
        String text = Files.readString(out.resolve(ACQUIRED_FILE));
        assertThat(text).isEqualTo(ACQUIRED);
        assertThat(text).doesNotContain("900001", "HEAD", "MOVE_IN", "JOINED_EMPLOYEE_INSURANCE", "2026-11-20",
            "2026-11-21", "2026-11-27");
    }

    @Test
    void writesALossWithTheFirstDayWithoutCoverage(@TempDir Path root) throws Exception {
        destination(root).deliver(Changes.loss("2026-04-10", "2026-09-02").eventId(E2).sequence(43).build());
        assertThat(root.resolve("112291/outbound/" + LOST_FILE)).hasContent(LOST);
    }

    @Test
    void aMunicipalityConfiguredForHttpReceivesTheRecordByPostOnce(@TempDir Path root) throws Exception {
        DisabilityWelfareNumberActDestination d = destination(root);
        try (RecordingHttpServer server = RecordingHttpServer.start()) {
            DisabilityWelfareNumberActTenantChannel http = new DisabilityWelfareNumberActTenantChannel(Map.of(
                TenantChannel.MUNICIPALITY_CODE, "112291", TenantChannel.CHANNEL, "http",
                TenantChannel.TARGET, server.uri("/shogaifukushi19").toString(),
                TenantChannel.CHARSET, "Windows-31J"));
            d.addTenantChannel(http);
            assertThat(d.deliver(Changes.acquisition("2026-04-10").build())).isEqualTo(DeliveryResult.OK);
            assertThat(d.deliver(Changes.acquisition("2026-04-10").build())).isEqualTo(DeliveryResult.OK);

            assertThat(server.requests()).hasSize(1);
            RecordingHttpServer.Request r = server.requests().get(0);
            assertThat(r.path()).isEqualTo("/shogaifukushi19");
            assertThat(r.header("Idempotency-Key")).isEqualTo(Changes.EVENT);
            assertThat(r.header("Content-Type")).isEqualTo("text/csv; charset=windows-31j");
            assertThat(r.header("X-NHI-Tenant")).isEqualTo("112291");
            assertThat(r.header("X-NHI-Sequence")).isEqualTo("42");
            assertThat(r.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"" + ACQUIRED_FILE + "\"");
            assertThat(r.body()).isEqualTo(ACQUIRED.getBytes(Charset.forName("Windows-31J")));
            assertThat(root.resolve("112291/outbound")).doesNotExist();

            // once the configuration is deleted the municipality is back on the default file drop
            d.removeTenantChannel(http);
            d.deliver(Changes.loss("2026-04-10", "2026-09-02").eventId(E2).sequence(43).build());
            assertThat(server.requests()).hasSize(1);
            assertThat(root.resolve("112291/outbound/" + LOST_FILE)).hasContent(LOST);
        }
    }

    @Test
    void anUnknownSchemaVersionIsCancelledNotRetried(@TempDir Path root) throws Exception {
        assertThat(destination(root).deliver(Changes.acquisition("2026-04-10").schemaVersion(2).build()))
            .isEqualTo(DeliveryResult.CANCEL);
        assertThat(root.resolve("112291")).doesNotExist();
    }

    @Test
    void theComponentDescriptionsDeclareTheDestinationAndBindTheMunicipalityChannels() {
        Description d = ComponentDescriptions.of(DisabilityWelfareNumberActDestination.class);
        assertThat(d.provides()).containsExactly(EligibilityChangeConsumer.class.getName());
        assertThat(d.configurationPid()).isEqualTo("jp.openkokuho.nhi.transfer.shogaifukushi19");
        assertThat(d.property("nhi.destination.id")).containsExactly("shogaifukushi19");
        assertThat(d.property("nhi.destination.name")).containsExactly("障害福祉システム(番号法)");
        assertThat(d.property("nhi.destination.legalBasis")).containsExactly("番号法第19条第8号");
        assertThat(d.property("nhi.destination.items")).containsExactly("atena_no", "coverage_start_date",
            "coverage_end_date", "insurer_no")
            .isEqualTo(DisabilityWelfareNumberActRecord.ITEMS.names());
        assertThat(d.property("outbound.root")).containsExactly("");
        assertThat(d.property("charset")).containsExactly("UTF-8");
        assertThat(d.references()).containsExactly(new Reference("TenantChannel", TenantChannel.class.getName(),
            "0..n", "dynamic", "(nhi.transfer.channel.destination=shogaifukushi19)", "addTenantChannel",
            "removeTenantChannel"));

        Description t = ComponentDescriptions.of(DisabilityWelfareNumberActTenantChannel.class);
        assertThat(t.provides()).containsExactly(TenantChannel.class.getName());
        assertThat(t.configurationPid()).isEqualTo("jp.openkokuho.nhi.transfer.shogaifukushi19.tenant");
        assertThat(t.configurationPolicy()).isEqualTo("require");
        assertThat(t.property("nhi.transfer.channel.destination")).containsExactly("shogaifukushi19");
    }
}
