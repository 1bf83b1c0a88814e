package jp.openkokuho.nhi.transfer.residentregistry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.openkokuho.nhi.api.transfer.ChangeItems;
import jp.openkokuho.nhi.api.transfer.ChangeTypes;
import jp.openkokuho.nhi.api.transfer.DeliveryResult;
import jp.openkokuho.nhi.api.transfer.EligibilityChange;
import jp.openkokuho.nhi.transfer.support.TenantChannel;
import jp.openkokuho.nhi.transfer.support.testing.RecordingHttpServer;

class ResidentRegistryDestinationTest {

    private static EligibilityChange lost() {
        return new EligibilityChange("0f9e7c1a-0000-4000-8000-000000000001", "112291", 42, "000123", 2,
            ChangeTypes.LOST, 1, Instant.parse("2026-11-27T01:00:00Z"), Map.of(ChangeItems.ATENA_NO, "000123",
                ChangeItems.COVERAGE_START_DATE, "2026-04-10", ChangeItems.COVERAGE_END_DATE, "2026-09-02",
                ChangeItems.PROCESSED_ON, "2026-11-27", ChangeItems.NHI_HOUSEHOLD_NO, "900001"));
    }

    @Test
    void writesTheResidentRecordItemsOnceWithAJapaneseHeader(@TempDir Path root) throws Exception {
        ResidentRegistryDestination d = new ResidentRegistryDestination(root, StandardCharsets.UTF_8);
        assertThat(d.deliver(lost())).isEqualTo(DeliveryResult.OK);
        assertThat(d.deliver(lost())).isEqualTo(DeliveryResult.OK);

        Path dir = root.resolve("112291/outbound");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList())
                .containsExactly("NHIJUKI_112291_000000000042_0f9e7c1a-0000-4000-8000-000000000001.csv");
        }
        String text = Files.readString(dir.resolve("NHIJUKI_112291_000000000042_0f9e7c1a-0000-4000-8000-000000000001.csv"));
        assertThat(text).isEqualTo("全国地方公共団体コード,宛名番号,異動区分,国保資格取得年月日,国保資格喪失年月日,処理日,連携番号,イベントID\r\n"
            + "112291,000123,喪失,2026-04-10,2026-09-02,2026-11-27,42,0f9e7c1a-0000-4000-8000-000000000001\r\n");
        // items the destination is not entitled to (the household number) are not written
        assertThat(text).doesNotContain("900001");
    }

    @Test
    void aMunicipalityConfiguredForHttpReceivesTheRecordByPostOnceThenFilesAgainWhenRemoved(@TempDir Path root)
            throws Exception {
        ResidentRegistryDestination d = new ResidentRegistryDestination(root, StandardCharsets.UTF_8);
        try (RecordingHttpServer server = RecordingHttpServer.start()) {
            ResidentRegistryTenantChannel http = new ResidentRegistryTenantChannel(Map.of(
                TenantChannel.MUNICIPALITY_CODE, "112291", TenantChannel.CHANNEL, "http",
                TenantChannel.TARGET, server.uri("/juki").toString()));
            d.addTenantChannel(http);
            assertThat(d.deliver(lost())).isEqualTo(DeliveryResult.OK);
            assertThat(d.deliver(lost())).isEqualTo(DeliveryResult.OK);

            assertThat(server.requests()).hasSize(1);
            RecordingHttpServer.Request r = server.requests().get(0);
            assertThat(r.path()).isEqualTo("/juki");
            assertThat(r.header("Idempotency-Key")).isEqualTo("0f9e7c1a-0000-4000-8000-000000000001");
            assertThat(new String(r.body(), StandardCharsets.UTF_8)).startsWith("全国地方公共団体コード,宛名番号,異動区分")
                .contains("112291,000123,喪失,2026-04-10,2026-09-02");
            assertThat(root.resolve("112291/outbound")).doesNotExist();

            // once the configuration is deleted, the municipality's next change goes to the default file drop
            d.removeTenantChannel(http);
            EligibilityChange next = lost();
            d.deliver(new EligibilityChange("0f9e7c1a-0000-4000-8000-000000000002", next.tenantCode(), 43,
                next.subjectKey(), 3, next.changeType(), 1, next.recordedAt(), next.items()));
            assertThat(server.requests()).hasSize(1);
            assertThat(root.resolve("112291/outbound/NHIJUKI_112291_000000000043_"
                + "0f9e7c1a-0000-4000-8000-000000000002.csv")).exists();
        }
    }

    @Test
    void windows31jIsSupported(@TempDir Path root) throws Exception {
        Charset sjis = Charset.forName("Windows-31J");
        new ResidentRegistryDestination(root, sjis).deliver(lost());
        Path f;
        try (var files = Files.list(root.resolve("112291/outbound"))) {
            f = files.findFirst().orElseThrow();
        }
        assertThat(new String(Files.readAllBytes(f), sjis)).startsWith("全国地方公共団体コード,宛名番号,異動区分");
    }

    @Test
    void anUnknownSchemaVersionIsCancelledNotRetried(@TempDir Path root) throws Exception {
        EligibilityChange c = lost();
        EligibilityChange v2 = new EligibilityChange(c.eventId(), c.tenantCode(), c.sequence(), c.subjectKey(),
            c.subjectSequence(), c.changeType(), 2, c.recordedAt(), c.items());
        assertThat(new ResidentRegistryDestination(root, StandardCharsets.UTF_8).deliver(v2))
            .isEqualTo(DeliveryResult.CANCEL);
        assertThat(root.resolve("112291")).doesNotExist();
    }

    @Test
    void theRecordCarriesOnlyTheDeclaredItems() {
        assertThat(ResidentRegistryRecord.ITEMS).containsExactly(ChangeItems.ATENA_NO,
            ChangeItems.COVERAGE_START_DATE, ChangeItems.COVERAGE_END_DATE, ChangeItems.PROCESSED_ON);
        assertThat(List.of(ResidentRegistryRecord.HEADER)).hasSize(8);
    }
}
