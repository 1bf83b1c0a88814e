package jp.openkokuho.nhi.transfer.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.openkokuho.nhi.transfer.support.testing.RecordingHttpServer;

class TenantChannelsTest {
    private static final byte[] BODY = "a,b\r\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path root;
    private RecordingHttpServer server;
    private final AtomicInteger clientsMade = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = RecordingHttpServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private TenantChannels channels() {
        return new TenantChannels("nhitax", root, StandardCharsets.UTF_8, () -> {
            clientsMade.incrementAndGet();
            return TenantChannels.newHttpClient();
        }, Duration.ofSeconds(10));
    }

    @Test
    void aTenantWithoutSettingsGetsTheFileChannelUnderTheDefaultRootAndNoHttpClientIsMade() throws Exception {
        TenantChannels ch = channels();
        assertThat(ch.route("112291").charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(ch.deliver("112291", "e1", 1, "f1.csv", BODY)).isTrue();
        assertThat(ch.deliver("112291", "e1", 1, "f1.csv", BODY)).isFalse();
        assertThat(root.resolve("112291/outbound/f1.csv")).hasBinaryContent(BODY);
        assertThat(clientsMade).hasValue(0);
    }

    @Test
    void anHttpTenantIsPostedToWhileOthersStayOnFiles() throws Exception {
        TenantChannels ch = channels();
        assertThat(ch.add(TenantChannel.of("112291", TenantChannel.Kind.HTTP, server.uri("/in").toString(),
            "Windows-31J"))).isTrue();

        TenantChannels.Route route = ch.route("112291");
        assertThat(route.charset()).isEqualTo(Charset.forName("Windows-31J"));
        assertThat(route.deliver("e1", 5, "f1.csv", BODY)).isTrue();
        assertThat(route.deliver("e1", 5, "f1.csv", BODY)).isFalse();
        assertThat(ch.deliver("112275", "e2", 6, "f2.csv", BODY)).isTrue();

        assertThat(server.requests()).hasSize(1);
        assertThat(server.requests().get(0).header("X-NHI-Tenant")).isEqualTo("112291");
        assertThat(server.requests().get(0).header("X-NHI-Sequence")).isEqualTo("5");
        assertThat(root.resolve("112291/post.journal")).hasContent("A e1");
        assertThat(root.resolve("112291/outbound")).doesNotExist();
        assertThat(root.resolve("112275/outbound/f2.csv")).hasBinaryContent(BODY);
        assertThat(clientsMade).hasValue(1);
    }

    @Test
    void aFileTenantMayHaveItsOwnRootAndFallsBackToTheDefaultWhenItsSettingsGo(@TempDir Path own) throws Exception {
        TenantChannels ch = channels();
        TenantChannel settings = TenantChannel.of("112291", TenantChannel.Kind.FILE, own.toString(), null);
        ch.add(settings);
        ch.deliver("112291", "e1", 1, "f1.csv", BODY);
        ch.remove(settings);
        ch.deliver("112291", "e2", 2, "f2.csv", BODY);

        assertThat(own.resolve("112291/outbound/f1.csv")).hasBinaryContent(BODY);
        assertThat(root.resolve("112291/outbound/f2.csv")).hasBinaryContent(BODY);
        assertThat(root.resolve("112291/outbound/f1.csv")).doesNotExist();
    }

    @Test
    void ofTwoConfigurationsForOneTenantTheFirstIsUsedUntilItIsRemoved(@TempDir Path own) throws Exception {
        TenantChannels ch = channels();
        TenantChannel first = TenantChannel.of("112291", TenantChannel.Kind.HTTP, server.uri("/in").toString(), null);
        TenantChannel second = TenantChannel.of("112291", TenantChannel.Kind.FILE, own.toString(), null);
        assertThat(ch.add(first)).isTrue();
        assertThat(ch.add(second)).isFalse();
        ch.deliver("112291", "e1", 1, "f1.csv", BODY);
        ch.remove(first);
        ch.deliver("112291", "e2", 2, "f2.csv", BODY);

        assertThat(server.requests()).extracting(r -> r.header("Idempotency-Key")).containsExactly("e1");
        try (var files = Files.list(own.resolve("112291/outbound"))) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("f2.csv");
        }
    }

    @Test
    void anInvalidConfigurationHoldsTheTenantsDeliveriesBackInsteadOfFallingBackToTheDefault() throws Exception {
        TenantChannels ch = channels();
        TenantChannel wrong = TenantChannel.of("112291", TenantChannel.Kind.HTTP, "ftp://files.example/in", null);
        ch.add(wrong);
        assertThatThrownBy(() -> ch.deliver("112291", "e1", 1, "f1.csv", BODY)).isInstanceOf(IOException.class)
            .hasMessage("nhitax: the channel configuration of tenant 112291 is invalid (an HTTP channel needs an "
                + "absolute http or https URL); not delivered");
        assertThat(root.resolve("112291")).doesNotExist();
        // other tenants are not affected, and deleting the configuration releases the tenant
        assertThat(ch.deliver("112275", "e2", 2, "f2.csv", BODY)).isTrue();
        ch.remove(wrong);
        assertThat(ch.deliver("112291", "e1", 1, "f1.csv", BODY)).isTrue();
        assertThat(root.resolve("112291/outbound/f1.csv")).hasBinaryContent(BODY);
    }

    @Test
    void aRouteTakenBeforeASettingsChangeKeepsItsChannelAndCharset() throws Exception {
        TenantChannels ch = channels();
        TenantChannels.Route before = ch.route("112291");
        ch.add(TenantChannel.of("112291", TenantChannel.Kind.HTTP, server.uri("/in").toString(), "Windows-31J"));
        assertThat(before.charset()).isEqualTo(StandardCharsets.UTF_8);
        before.deliver("e1", 1, "f1.csv", BODY);
        assertThat(root.resolve("112291/outbound/f1.csv")).hasBinaryContent(BODY);
        assertThat(server.requests()).isEmpty();
    }
}
