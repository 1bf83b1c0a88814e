package jp.openkokuho.nhi.linkage.internal.exchange;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts requests to the 中間サーバー's HTTP endpoint as {@code key=value} lines (UTF-8): {@code POST <url>/<tenant>}.
 * Active only when configured (PID {@value #PID}); without it, exchanges are recorded but not sent.
 */
@Component(configurationPid = HttpIntermediateServerClient.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = HttpIntermediateServerClient.Config.class)
public class HttpIntermediateServerClient implements IntermediateServerClient {
    /** Configuration PID. */
    public static final String PID = "jp.openkokuho.nhi.linkage.intermediate";
    private static final Logger LOG = LoggerFactory.getLogger(HttpIntermediateServerClient.class);

    /** Configuration. */
    @ObjectClassDefinition(name = "NHI 中間サーバー endpoint")
    public @interface Config {
        /** @return base URL */
        @AttributeDefinition(name = "URL")
        String url();

        /** @return timeout in seconds */
        @AttributeDefinition(name = "Timeout (s)")
        int timeoutSeconds() default 30;
    }

    private final URI base;
    private final Duration timeout;
    private final HttpClient http;

    /**
     * @param config the endpoint
     */
    @Activate
    public HttpIntermediateServerClient(Config config) {
        this(URI.create(config.url()), Duration.ofSeconds(config.timeoutSeconds()));
    }

    /**
     * @param base base URL
     * @param timeout per request
     */
    public HttpIntermediateServerClient(URI base, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public boolean send(String tenantCode, Request request) {
        String body = "requestId=" + request.requestId() + "\ndirection=" + request.direction() + "\nagencyCode="
            + request.agencyCode() + "\nitems=" + request.itemNos().stream().map(String::valueOf)
                .collect(Collectors.joining(",")) + "\ncounterpart=" + request.counterpart() + "\n";
        HttpRequest req = HttpRequest.newBuilder(base.resolve(base.getPath().endsWith("/") ? tenantCode : base.getPath() + "/" + tenantCode))
            .timeout(timeout).header("Content-Type", "text/plain; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            int status = http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                LOG.warn("中間サーバー refused request {} of tenant {} with HTTP {}", request.requestId(), tenantCode, status);
            }
            return status / 100 == 2;
        } catch (IOException e) {
            LOG.warn("中間サーバー unreachable for request {} of tenant {}: {}", request.requestId(), tenantCode, e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
