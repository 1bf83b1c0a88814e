package jp.openkokuho.nhi.transfer.nhitax.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.openkokuho.nhi.api.transfer.ChangeItems;
import jp.openkokuho.nhi.api.transfer.DeliveryResult;
import jp.openkokuho.nhi.api.transfer.EligibilityChangeConsumer;
import jp.openkokuho.nhi.transfer.support.TenantChannel;
import jp.openkokuho.nhi.transfer.support.testing.Changes;
import jp.openkokuho.nhi.transfer.support.testing.ComponentDescriptions;
import jp.openkokuho.nhi.transfer.support.testing.ComponentDescriptions.Description;
import jp.openkokuho.nhi.transfer.support.testing.ComponentDescriptions.Reference;
import jp.openkokuho.nhi.transfer.support.testing.RecordingHttpServer;

/** 国保税: the record per fiscal year with the R4 worked examples, channels and the component descriptions. */
class NhiTaxDestinationTest {
    private static final String E = Changes.EVENT;
    private static final String HEADER = "全国地方公共団体コード,宛名番号,国保世帯番号,続柄区分,異動区分,適用開始年月日,適用終了年月日,"
        + "年度,課税月数,課税月,連携番号,イベントID\r\n";
    private static final String FILE = "NHINHITAX_112291_000000000042_" + E + ".csv";
    /** Retired 2025-06-30, notified 2026-02-10 (late): acquired 2025-07-01, recorded in FY2025. */
    private static final String RETIRED = HEADER
        + "112291,000123,900001,HEAD,取得,2025-07-01,,2025,9,2025-07..2026-03,42,"
        + E + "\r\n";

    private static NhiTaxDestination destination(Path root) {
        return new NhiTaxDestination(root, StandardCharsets.UTF_8);
    }

    private static String written(Path root) throws Exception {
        Path out = root.resolve("112291/outbound");
        try (var s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly(FILE);
        }
        return Files.readString(out.resolve(FILE));
    }

    @Test
    void anAcquisitionAfterRetirementIsTaxedFromJulyToMarchOfItsFiscalYear(@TempDir Path root) throws Exception {
        NhiTaxDestination d = destination(root);
        var change = Changes.acquisition("2025-07-01").recordedAt("2026-02-10T01:00:00Z").build();
        assertThat(d.deliver(change)).isEqualTo(DeliveryResult.OK);
        assertThat(d.deliver(change)).isEqualTo(DeliveryResult.OK);
        String text = written(root);
        assertThat(text).isEqualTo(RETIRED);
        assertThat(text).doesNotContain("110270", "MOVE_IN", "2026-11-20", "2026-11-27");
    }

    @Test
    void aLossOnTheSeventyFifthBirthdayIsTaxedForAprilAndMay(@TempDir Path root) throws Exception {
        destination(root).deliver(Changes.loss("2026-04-01", "2026-06-15").build());
        assertThat(written(root)).isEqualTo(HEADER
            + "112291,000123,900001,HEAD,喪失,2026-04-01,2026-06-15,2026,2,2026-04..2026-05,42," + E + "\r\n");
    }

    @Test
    void deathOnMarch31LeavesTheWholeFiscalYearTaxedAndTouchesNoOther(@TempDir Path root) throws Exception {
        destination(root).deliver(Changes.loss("2025-04-01", "2026-04-01").build());
        assertThat(written(root)).isEqualTo(HEADER
            + "112291,000123,900001,HEAD,喪失,2025-04-01,2026-04-01,2025,12,2025-04..2026-03,42," + E + "\r\n");
    }

    @Test
    void aLossAfterSeveralFiscalYearsHasOneRowPerYear(@TempDir Path root) throws Exception {
        destination(root).deliver(Changes.loss("2024-10-01", "2026-06-15")
            .with(ChangeItems.RELATIONSHIP_TYPE, "MEMBER").build());
        assertThat(written(root)).isEqualTo(HEADER
            + "112291,000123,900001,MEMBER,喪失,2024-10-01,2026-06-15,2024,6,2024-10..2025-03,42," + E + "\r\n"
            + "112291,000123,900001,MEMBER,喪失,2024-10-01,2026-06-15,2025,12,2025-04..2026-03,42," + E + "\r\n"
            + "112291,000123,900001,MEMBER,喪失,2024-10-01,2026-06-15,2026,2,2026-04..2026-05,42," + E + "\r\n");
    }

    @Test
    void anOpenPeriodRunsToTheEndOfTheFiscalYearItWasRecordedInJapanTime(@TempDir Path root) throws Exception {
        // 2026-03-31T15:30Z is 2026-04-01 00:30 in Japan: fiscal year 2026 has begun
        destination(root).deliver(Changes.acquisition("2025-07-01").recordedAt("2026-03-31T15:30:00Z").build());
        assertThat(written(root)).isEqualTo(HEADER
            + "112291,000123,900001,HEAD,取得,2025-07-01,,2025,9,2025-07..2026-03,42," + E + "\r\n"
            + "112291,000123,900001,HEAD,取得,2025-07-01,,2026,12,2026-04..2027-03,42," + E + "\r\n");
    }

    @Test
    void aPeriodWithinOneMonthIsSentWithNoTaxableMonth(@TempDir Path root) throws Exception {
        destination(root).deliver(Changes.loss("2026-04-10", "2026-04-20").build());
        assertThat(written(root)).isEqualTo(HEADER
            + "112291,000123,900001,HEAD,喪失,2026-04-10,2026-04-20,2026,0,,42," + E + "\r\n");
    }

    @Test
    void aChangeThatCannotBeTaxedIsCancelledAsIsAnUnknownSchemaVersion(@TempDir Path root) throws Exception {
        NhiTaxDestination d = destination(root);
        assertThat(d.deliver(Changes.loss("2026-04-10", "2026-04-09").build())).isEqualTo(DeliveryResult.CANCEL);
        assertThat(d.deliver(Changes.loss("2026-04-10", "2026-06-01").without(ChangeItems.COVERAGE_END_DATE)
            .build())).isEqualTo(DeliveryResult.CANCEL);
        assertThat(d.deliver(Changes.acquisition("2025-07-01").schemaVersion(2).build()))
            .isEqualTo(DeliveryResult.CANCEL);
        assertThat(root.resolve("112291")).doesNotExist();
    }

    @Test
    void aMunicipalityConfiguredForHttpReceivesTheRecordByPostOnce(@TempDir Path root) throws Exception {
        NhiTaxDestination d = destination(root);
        try (RecordingHttpServer server = RecordingHttpServer.start()) {
            NhiTaxTenantChannel http = new NhiTaxTenantChannel(Map.of(TenantChannel.MUNICIPALITY_CODE, "112291",
                TenantChannel.CHANNEL, "http", TenantChannel.TARGET, server.uri("/nhitax").toString(),
                TenantChannel.CHARSET, "Windows-31J"));
            d.addTenantChannel(http);
            var change = Changes.acquisition("2025-07-01").recordedAt("2026-02-10T01:00:00Z").build();
            d.deliver(change);
            d.deliver(change);

            assertThat(server.requests()).hasSize(1);
            RecordingHttpServer.Request r = server.requests().get(0);
            assertThat(r.header("Idempotency-Key")).isEqualTo(E);
            assertThat(r.header("Content-Type")).isEqualTo("text/csv; charset=windows-31j");
            assertThat(r.header("X-NHI-Tenant")).isEqualTo("112291");
            assertThat(r.header("X-NHI-Sequence")).isEqualTo("42");
            assertThat(r.body()).isEqualTo(RETIRED.getBytes(Charset.forName("Windows-31J")));
            assertThat(root.resolve("112291/outbound")).doesNotExist();
            d.removeTenantChannel(http);
        }
    }

    @Test
    void theComponentDescriptionsDeclareTheDestinationAndBindTheMunicipalityChannels() {
        Description d = ComponentDescriptions.of(NhiTaxDestination.class);
        assertThat(d.provides()).containsExactly(EligibilityChangeConsumer.class.getName());
        assertThat(d.configurationPid()).isEqualTo("jp.openkokuho.nhi.transfer.nhitax");
        assertThat(d.property("nhi.destination.id")).containsExactly("nhitax");
        assertThat(d.property("nhi.destination.name")).containsExactly("国民健康保険税システム");
        assertThat(d.property("nhi.destination.legalBasis")).containsExactly("地方税法第703条の4");
        assertThat(d.property("nhi.destination.items")).containsExactly("atena_no", "nhi_household_no",
            "relationship_type", "coverage_start_date", "coverage_end_date").isEqualTo(NhiTaxRecord.ITEMS.names());
        assertThat(d.property("outbound.root")).containsExactly("");
        assertThat(d.property("charset")).containsExactly("UTF-8");
        assertThat(d.references()).containsExactly(new Reference("TenantChannel", TenantChannel.class.getName(),
            "0..n", "dynamic", "(nhi.transfer.channel.destination=nhitax)", "addTenantChannel",
            "removeTenantChannel"));

        Description t = ComponentDescriptions.of(NhiTaxTenantChannel.class);
        assertThat(t.provides()).containsExactly(TenantChannel.class.getName());
        assertThat(t.configurationPid()).isEqualTo("jp.openkokuho.nhi.transfer.nhitax.tenant");
        assertThat(t.configurationPolicy()).isEqualTo("require");
        assertThat(t.property("nhi.transfer.channel.destination")).containsExactly("nhitax");
    }
}
