package jp.openkokuho.nhi.transfer.support.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.openkokuho.nhi.api.transfer.DeliveryResult;
import jp.openkokuho.nhi.api.transfer.EligibilityChangeConsumer;
import jp.openkokuho.nhi.transfer.support.CoverageStatusRecord;
import jp.openkokuho.nhi.transfer.support.TenantChannel;
import jp.openkokuho.nhi.transfer.support.testing.ComponentDescriptions.Description;
import jp.openkokuho.nhi.transfer.support.testing.ComponentDescriptions.Reference;

/**
 * The tests every destination built on {@link CoverageStatusRecord} must pass. A destination's test class extends
 * this and says which destination and channel component it is about.
 *
 * @param <D> the destination component
 * @param <C> its per-municipality channel component
 */
public abstract class CoverageStatusDestinationContract<D extends EligibilityChangeConsumer, C extends TenantChannel> {
    private static final String E2 = "0f9e7c1a-0000-4000-8000-000000000002";
    private static final String HEADER = "全国地方公共団体コード,宛名番号,異動区分,保険者番号,"
        + "国保資格取得年月日,国保資格喪失年月日,連携番号,イベントID\r\n";
    private static final String ACQUIRED = HEADER + "112291,000123,取得,110270,2026-04-10,,42," + Changes.EVENT + "\r\n";
    private static final String LOST = HEADER + "112291,000123,喪失,110270,2026-04-10,2026-09-02,43," + E2 + "\r\n";

    /** @return destination id */
    protected abstract String id();

    /** @return the system's name */
    protected abstract String name();

    /** @return the legal basis */
    protected abstract String legalBasis();

    /** @return the destination component class */
    protected abstract Class<D> destinationType();

    /** @return the channel component class */
    protected abstract Class<C> channelType();

    /**
     * @param root default file-drop root
     * @param charset default encoding
     * @return a destination
     */
    protected abstract D destination(Path root, Charset charset);

    /**
     * @param properties channel configuration
     * @return a channel component
     */
    protected abstract C channel(Map<String, Object> properties);

    /** Calls the destination's bind method (package private in the destination's package). */
    protected abstract void bind(D destination, C channel);

    /** Calls the destination's unbind method. */
    protected abstract void unbind(D destination, C channel);

    private String file(long sequence, String event) {
        return "NHI" + id().toUpperCase(Locale.ROOT) + "_112291_" + String.format("%012d", sequence) + "_" + event
            + ".csv";
    }

    private static List<String> files(Path dir) throws Exception {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesAnAcquisitionOnceWithAJapaneseHeaderAndOnlyTheDeclaredItems(@TempDir Path root) throws Exception {
        D d = destination(root, Charset.forName("UTF-8"));
        assertThat(d.deliver(Changes.acquisition("2026-04-10").build())).isEqualTo(DeliveryResult.OK);
        assertThat(d.deliver(Changes.acquisition("2026-04-10").build())).isEqualTo(DeliveryResult.OK);

        Path out = root.resolve("112291/outbound");
        assertThat(files(out)).containsExactly(file(42, Changes.EVENT));
        String text = Files.readString(out.resolve(file(42, Changes.EVENT)));
        assertThat(text).isEqualTo(ACQUIRED);
        assertThat(text).doesNotContain("900001", "HEAD", "MOVE_IN", "JOINED_EMPLOYEE_INSURANCE", "2026-11-20",
            "2026-11-21", "2026-11-27");
    }

    @Test
    void writesALossWithTheFirstDayWithoutCoverage(@TempDir Path root) throws Exception {
        destination(root, Charset.forName("UTF-8"))
            .deliver(Changes.loss("2026-04-10", "2026-09-02").eventId(E2).sequence(43).build());
        assertThat(root.resolve("112291/outbound/" + file(43, E2))).hasContent(LOST);
    }

    @Test
    void aMunicipalityConfiguredForHttpReceivesTheRecordByPostOnce(@TempDir Path root) throws Exception {
        D d = destination(root, Charset.forName("UTF-8"));
        try (RecordingHttpServer server = RecordingHttpServer.start()) {
            C http = channel(Map.of(TenantChannel.MUNICIPALITY_CODE, "112291", TenantChannel.CHANNEL, "http",
                TenantChannel.TARGET, server.uri("/" + id()).toString(), TenantChannel.CHARSET, "Windows-31J"));
            bind(d, http);
            assertThat(d.deliver(Changes.acquisition("2026-04-10").build())).isEqualTo(DeliveryResult.OK);
            assertThat(d.deliver(Changes.acquisition("2026-04-10").build())).isEqualTo(DeliveryResult.OK);

            assertThat(server.requests()).hasSize(1);
            RecordingHttpServer.Request r = server.requests().get(0);
            assertThat(r.path()).isEqualTo("/" + id());
            assertThat(r.header("Idempotency-Key")).isEqualTo(Changes.EVENT);
            assertThat(r.header("Content-Type")).isEqualTo("text/csv; charset=windows-31j");
            assertThat(r.header("X-NHI-Tenant")).isEqualTo("112291");
            assertThat(r.header("X-NHI-Sequence")).isEqualTo("42");
            assertThat(r.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"" + file(42, Changes.EVENT) + "\"");
            assertThat(r.body()).isEqualTo(ACQUIRED.getBytes(Charset.forName("Windows-31J")));
            assertThat(root.resolve("112291/outbound")).doesNotExist();

            // once the configuration is deleted the municipality is back on the default file drop
            unbind(d, http);
            d.deliver(Changes.loss("2026-04-10", "2026-09-02").eventId(E2).sequence(43).build());
            assertThat(server.requests()).hasSize(1);
            assertThat(root.resolve("112291/outbound/" + file(43, E2))).hasContent(LOST);
        }
    }

    @Test
    void anUnknownSchemaVersionIsCancelledNotRetried(@TempDir Path root) throws Exception {
        assertThat(destination(root, Charset.forName("UTF-8"))
            .deliver(Changes.acquisition("2026-04-10").schemaVersion(2).build())).isEqualTo(DeliveryResult.CANCEL);
        assertThat(root.resolve("112291")).doesNotExist();
    }

    @Test
    void theComponentDescriptionsDeclareTheDestinationAndBindTheMunicipalityChannels() {
        String pid = "jp.openkokuho.nhi.transfer." + id();
        Description d = ComponentDescriptions.of(destinationType());
        assertThat(d.provides()).containsExactly(EligibilityChangeConsumer.class.getName());
        assertThat(d.configurationPid()).isEqualTo(pid);
        assertThat(d.property("nhi.destination.id")).containsExactly(id());
        assertThat(d.property("nhi.destination.name")).containsExactly(name());
        assertThat(d.property("nhi.destination.legalBasis")).containsExactly(legalBasis());
        assertThat(d.property("nhi.destination.items")).containsExactly("atena_no", "coverage_start_date",
            "coverage_end_date", "insurer_no").isEqualTo(CoverageStatusRecord.ITEMS.names());
        assertThat(d.property("outbound.root")).containsExactly("");
        assertThat(d.property("charset")).containsExactly("UTF-8");
        assertThat(d.references()).containsExactly(new Reference("TenantChannel", TenantChannel.class.getName(),
            "0..n", "dynamic", "(nhi.transfer.channel.destination=" + id() + ")", "addTenantChannel",
            "removeTenantChannel"));

        Description t = ComponentDescriptions.of(channelType());
        assertThat(t.provides()).containsExactly(TenantChannel.class.getName());
        assertThat(t.configurationPid()).isEqualTo(pid + ".tenant");
        assertThat(t.configurationPolicy()).isEqualTo("require");
        assertThat(t.property("nhi.transfer.channel.destination")).containsExactly(id());
    }
}
