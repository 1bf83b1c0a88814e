package jp.openkokuho.nhi.transfer.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.openkokuho.nhi.api.transfer.ChangeItems;
import jp.openkokuho.nhi.api.transfer.DeliveryResult;
import jp.openkokuho.nhi.api.transfer.EligibilityChange;
import jp.openkokuho.nhi.transfer.support.testing.Changes;
import jp.openkokuho.nhi.transfer.support.testing.RecordingHttpServer;

class CsvDeliveryTest {
    private static final String FILE = "NHITEST_112291_000000000042_" + Changes.EVENT + ".csv";

    /** A minimal record: 宛名番号 and 異動区分. */
    private static final RecordFormat FORMAT = new RecordFormat() {
        private final DeclaredItems items = new DeclaredItems(ChangeItems.ATENA_NO);

        @Override
        public DeclaredItems items() {
            return items;
        }

        @Override
        public List<String> header() {
            return List.of("宛名番号", "異動区分");
        }

        @Override
        public List<List<String>> rows(EligibilityChange change) {
            return List.of(List.of(items.required(change, ChangeItems.ATENA_NO), CsvRecords.changeKind(change)));
        }
    };

    private static CsvDelivery delivery(Path root) {
        return new CsvDelivery("test", FORMAT, new TenantChannels("test", root, StandardCharsets.UTF_8,
            TenantChannels::newHttpClient, Duration.ofSeconds(10)));
    }

    @Test
    void writesTheRecordOnce(@TempDir Path root) throws Exception {
        CsvDelivery d = delivery(root);
        assertThat(d.deliver(Changes.acquisition("2026-04-01").build())).isEqualTo(DeliveryResult.OK);
        assertThat(d.deliver(Changes.acquisition("2026-04-01").build())).isEqualTo(DeliveryResult.OK);
        assertThat(root.resolve("112291/outbound/" + FILE)).hasContent("宛名番号,異動区分\r\n000123,取得\r\n");
    }

    @Test
    void anUnknownSchemaVersionOrAnUnrepresentableChangeIsCancelledAndNothingIsWritten(@TempDir Path root)
            throws Exception {
        CsvDelivery d = delivery(root);
        assertThat(d.deliver(Changes.acquisition("2026-04-01").schemaVersion(2).build()))
            .isEqualTo(DeliveryResult.CANCEL);
        assertThat(d.deliver(Changes.acquisition("2026-04-01").without(ChangeItems.ATENA_NO).build()))
            .isEqualTo(DeliveryResult.CANCEL);
        assertThat(d.deliver(Changes.acquisition("2026-04-01").type("nhi/eligibility/other").build()))
            .isEqualTo(DeliveryResult.CANCEL);
        assertThat(root.resolve("112291")).doesNotExist();
    }

    @Test
    void aChannelFailureIsThrownForTheRetry(@TempDir Path root) throws Exception {
        CsvDelivery d = delivery(root);
        try (RecordingHttpServer server = RecordingHttpServer.start()) {
            d.channels().add(TenantChannel.of("112291", TenantChannel.Kind.HTTP, server.uri("/in").toString(), null));
            server.answer(503);
            assertThatThrownBy(() -> d.deliver(Changes.acquisition("2026-04-01").build()))
                .isInstanceOf(IOException.class).hasMessageContaining("answered HTTP 503");
            assertThat(d.deliver(Changes.acquisition("2026-04-01").build())).isEqualTo(DeliveryResult.OK);
            assertThat(server.requests()).hasSize(2);
            assertThat(server.requests().get(1).body())
                .isEqualTo("宛名番号,異動区分\r\n000123,取得\r\n".getBytes(StandardCharsets.UTF_8));
            assertThat(server.requests().get(1).header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"" + FILE + "\"");
        }
    }

    @Test
    void theRootDefaultsUnderKarafData() {
        assertThat(CsvDelivery.root(" /srv/x ", "nhitax")).isEqualTo(Path.of("/srv/x"));
        String before = System.getProperty("karaf.data");
        System.setProperty("karaf.data", "/opt/nhi/data");
        try {
            assertThat(CsvDelivery.root("", "nhitax")).isEqualTo(Path.of("/opt/nhi/data/nhi/transfer/nhitax"));
        } finally {
            if (before == null) {
                System.clearProperty("karaf.data");
            } else {
                System.setProperty("karaf.data", before);
            }
        }
    }
}
