package jp.openkokuho.nhi.transfer.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.openkokuho.nhi.transfer.support.testing.RecordingHttpServer;
import jp.openkokuho.nhi.transfer.support.testing.RecordingHttpServer.Request;

class HttpPostChannelTest {
    private static final String T = "112291";
    private static final String EVENT = "0f9e7c1a-0000-4000-8000-000000000001";
    private static final String FILE = "NHINHITAX_112291_000000000042_" + EVENT + ".csv";
    private static final byte[] BODY = "宛名番号,年度\r\n000123,2025\r\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path root;
    private RecordingHttpServer server;
    private URI endpoint;

    @BeforeEach
    void start() throws IOException {
        server = RecordingHttpServer.start();
        endpoint = server.uri("/nhi/inbound");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpPostChannel channel() {
        return new HttpPostChannel(root, TenantChannels.newHttpClient(), Duration.ofSeconds(10));
    }

    @Test
    void postsTheRecordOnceWithItsHeadersEvenWhenDeliveredAgain() throws Exception {
        HttpPostChannel ch = channel();
        assertThat(ch.deliver(endpoint, T, EVENT, 42, FILE, StandardCharsets.UTF_8, BODY))
            .isEqualTo(HttpPostChannel.Outcome.POSTED);
        assertThat(ch.deliver(endpoint, T, EVENT, 42, FILE, StandardCharsets.UTF_8, BODY))
            .isEqualTo(HttpPostChannel.Outcome.ALREADY_APPLIED);
        // a restart reads the journal: still no second POST
        assertThat(channel().deliver(endpoint, T, EVENT, 42, FILE, StandardCharsets.UTF_8, BODY))
            .isEqualTo(HttpPostChannel.Outcome.ALREADY_APPLIED);

        assertThat(server.requests()).hasSize(1);
        Request r = server.requests().get(0);
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.path()).isEqualTo("/nhi/inbound");
        assertThat(r.header("Idempotency-Key")).isEqualTo(EVENT);
        assertThat(r.header("Content-Type")).isEqualTo("text/csv; charset=UTF-8");
        assertThat(r.header("Content-Disposition")).isEqualTo("attachment; filename=\"" + FILE + "\"");
        assertThat(r.header("X-NHI-Tenant")).isEqualTo("112291");
        assertThat(r.header("X-NHI-Sequence")).isEqualTo("42");
        assertThat(r.header("Content-Length")).isEqualTo(Integer.toString(BODY.length));
        assertThat(r.body()).isEqualTo(BODY);
        assertThat(Files.readString(root.resolve(T).resolve("post.journal"))).isEqualTo("A " + EVENT + "\n");
        assertThat(ch.appliedEvents(T)).containsExactly(EVENT);
    }

    @Test
    void aServerErrorIsAFailureToRetryAndALater200Succeeds() throws Exception {
        server.answer(500);
        HttpPostChannel ch = channel();
        assertThatThrownBy(() -> ch.deliver(endpoint, T, EVENT, 42, FILE, StandardCharsets.UTF_8, BODY))
            .isInstanceOf(IOException.class)
            .hasMessage("POST of event " + EVENT + " to " + endpoint + " answered HTTP 500; not applied, to be retried");
        assertThat(ch.appliedEvents(T)).isEmpty();

        assertThat(ch.deliver(endpoint, T, EVENT, 42, FILE, StandardCharsets.UTF_8, BODY))
            .isEqualTo(HttpPostChannel.Outcome.POSTED);
        assertThat(server.requests()).hasSize(2);
        assertThat(server.requests()).allSatisfy(r -> assertThat(r.header("Idempotency-Key")).isEqualTo(EVENT));
        assertThat(ch.appliedEvents(T)).containsExactly(EVENT);
    }

    @Test
    void aRedirectOrAClientErrorIsAFailureAndNeitherBodyNorQueryAppearsInTheMessage() throws Exception {
        URI withToken = server.uri("/nhi/inbound?token=secret-token");
        server.answer(302, 404);
        HttpPostChannel ch = channel();
        assertThatThrownBy(() -> ch.deliver(withToken, T, EVENT, 42, FILE, StandardCharsets.UTF_8, BODY))
            .isInstanceOf(IOException.class).hasMessageContaining("answered HTTP 302")
            .hasMessageNotContaining("secret-token").hasMessageNotContaining("answer body");
        assertThatThrownBy(() -> ch.deliver(withToken, T, EVENT, 42, FILE, StandardCharsets.UTF_8, BODY))
            .isInstanceOf(IOException.class).hasMessageContaining("answered HTTP 404");
        assertThat(server.requests()).hasSize(2);
        assertThat(ch.appliedEvents(T)).isEmpty();
    }

    @Test
    void anUnreachableEndpointIsAFailure() throws Exception {
        URI gone;
        try (RecordingHttpServer closed = RecordingHttpServer.start()) {
            gone = closed.uri("/x");
        }
        HttpPostChannel ch = channel();
        assertThatThrownBy(() -> ch.deliver(gone, T, EVENT, 42, FILE, StandardCharsets.UTF_8, BODY))
            .isInstanceOf(IOException.class).hasMessageStartingWith("POST of event " + EVENT + " to " + gone + " failed");
        assertThat(ch.appliedEvents(T)).isEmpty();
    }

    @Test
    void theContentTypeNamesTheRecordsCharset() throws Exception {
        Charset sjis = Charset.forName("Windows-31J");
        byte[] body = "宛名番号\r\n".getBytes(sjis);
        channel().deliver(endpoint, T, EVENT, 7, FILE, sjis, body);
        assertThat(server.requests().get(0).header("Content-Type")).isEqualTo("text/csv; charset=windows-31j");
        assertThat(server.requests().get(0).body()).isEqualTo(body);
    }

    @Test
    void unsafeValuesAndNonHttpUrlsAreRefusedBeforeAnythingIsSent() {
        HttpPostChannel ch = channel();
        assertThatThrownBy(() -> ch.deliver(URI.create("ftp://127.0.0.1/x"), T, EVENT, 1, FILE,
            StandardCharsets.UTF_8, BODY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ch.deliver(endpoint, "../../", EVENT, 1, FILE, StandardCharsets.UTF_8, BODY))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ch.deliver(endpoint, T, "e\r\nX-Evil: 1", 1, FILE, StandardCharsets.UTF_8, BODY))
            .isInstanceOf(IllegalArgumentException.class);
        assertThat(server.requests()).isEmpty();
    }
}
