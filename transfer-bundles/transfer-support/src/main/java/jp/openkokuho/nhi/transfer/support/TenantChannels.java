package jp.openkokuho.nhi.transfer.support;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes a destination's deliveries to each tenant's channel. A tenant without {@link TenantChannel} settings gets
 * the default: a {@link FileDropChannel} under the destination's root in the destination's character set.
 *
 * <p>Settings come and go while deliveries run ({@link #add}, {@link #remove}, called from DS bind and unbind).
 * If two configurations name the same tenant, the first one added stays in use, the second is logged and takes
 * over only when the first is removed. Settings with a {@link TenantChannel#problem() problem} make the tenant's
 * deliveries fail (and be retried) instead of falling back to the default: a record must never go where nobody
 * configured it to go.
 *
 * <p>One {@link FileDropChannel} is kept per root directory and one {@link HttpPostChannel} for all http tenants
 * (its journal lives under the default root: {@code <root>/<tenant>/post.journal}), so that each journal file has
 * exactly one in-memory owner. The HTTP client is created on the first http delivery only.
 *
 * <p>Thread safe.
 */
public final class TenantChannels {
    /** Longest wait for an HTTP answer: below the platform's default delivery timeout of 30 s. */
    public static final Duration HTTP_TIMEOUT = Duration.ofSeconds(20);
    private static final Logger LOG = LoggerFactory.getLogger(TenantChannels.class);

    private final String destinationId;
    private final Path defaultRoot;
    private final Charset defaultCharset;
    private final Supplier<HttpClient> httpClients;
    private final Duration httpTimeout;
    private final Map<String, List<TenantChannel>> settings = new HashMap<>();
    private final Map<Path, FileDropChannel> files = new HashMap<>();
    private HttpPostChannel http;

    /**
     * @param destinationId the destination, for log messages
     * @param defaultRoot the destination's root directory
     * @param defaultCharset the destination's character set
     */
    public TenantChannels(String destinationId, Path defaultRoot, Charset defaultCharset) {
        this(destinationId, defaultRoot, defaultCharset, TenantChannels::newHttpClient, HTTP_TIMEOUT);
    }

    /**
     * @param destinationId the destination, for log messages
     * @param defaultRoot the destination's root directory
     * @param defaultCharset the destination's character set
     * @param httpClients makes the HTTP client when the first http delivery needs it
     * @param httpTimeout longest wait for an HTTP answer
     */
    public TenantChannels(String destinationId, Path defaultRoot, Charset defaultCharset,
            Supplier<HttpClient> httpClients, Duration httpTimeout) {
        this.destinationId = Objects.requireNonNull(destinationId, "destinationId");
        this.defaultRoot = defaultRoot.toAbsolutePath();
        this.defaultCharset = Objects.requireNonNull(defaultCharset, "defaultCharset");
        this.httpClients = Objects.requireNonNull(httpClients, "httpClients");
        this.httpTimeout = Objects.requireNonNull(httpTimeout, "httpTimeout");
    }

    /** @return the destination's root directory (file channels without a target, and the HTTP journals) */
    public Path defaultRoot() {
        return defaultRoot;
    }

    /**
     * Adds a tenant's settings.
     *
     * @param channel the settings
     * @return {@code true} if they are now in use, {@code false} if other settings for the tenant were added first
     */
    public synchronized boolean add(TenantChannel channel) {
        List<TenantChannel> list = settings.computeIfAbsent(channel.tenantCode(), k -> new ArrayList<>());
        list.add(channel);
        if (list.size() == 1) {
            log(channel);
            return true;
        }
        LOG.warn("{}: two channel configurations for tenant {}; the first stays in use, the other ({}) is ignored "
            + "until the first is removed", destinationId, channel.tenantCode(), channel);
        return false;
    }

    /**
     * Removes a tenant's settings; the tenant falls back to the next settings added for it, or to the default.
     *
     * @param channel the settings given to {@link #add}
     */
    public synchronized void remove(TenantChannel channel) {
        List<TenantChannel> list = settings.get(channel.tenantCode());
        if (list == null || !list.remove(channel)) {
            return;
        }
        if (list.isEmpty()) {
            settings.remove(channel.tenantCode());
            LOG.info("{}: tenant {} is back on the default file channel", destinationId, channel.tenantCode());
        } else {
            log(list.get(0));
        }
    }

    private void log(TenantChannel inUse) {
        if (inUse.problem().isPresent()) {
            LOG.error("{}: {}; its deliveries fail until the configuration is fixed or deleted", destinationId,
                inUse);
        } else {
            LOG.info("{}: {}", destinationId, inUse);
        }
    }

    /**
     * @param tenantCode 6-digit tenant code
     * @return the tenant's route as configured now; later changes of the settings do not affect it
     */
    public synchronized Route route(String tenantCode) {
        Names.tenant(tenantCode);
        List<TenantChannel> list = settings.get(tenantCode);
        TenantChannel c = list == null ? null : list.get(0);
        Charset charset = c == null ? defaultCharset : c.charset().orElse(defaultCharset);
        if (c != null && c.problem().isPresent()) {
            String message = destinationId + ": the channel configuration of tenant " + tenantCode + " is invalid ("
                + c.problem().get() + "); not delivered";
            return new Route(tenantCode, charset, (eventId, sequence, fileName, content) -> {
                throw new IOException(message);
            });
        }
        if (c != null && c.kind() == TenantChannel.Kind.HTTP) {
            if (http == null) {
                http = new HttpPostChannel(defaultRoot, httpClients.get(), httpTimeout);
            }
            HttpPostChannel channel = http;
            return new Route(tenantCode, charset, (eventId, sequence, fileName, content) -> channel.deliver(
                c.endpoint().orElseThrow(), tenantCode, eventId, sequence, fileName, charset, content)
                == HttpPostChannel.Outcome.POSTED);
        }
        Path root = c == null ? defaultRoot : c.directory().orElse(defaultRoot);
        FileDropChannel channel = files.computeIfAbsent(root.toAbsolutePath(), FileDropChannel::new);
        return new Route(tenantCode, charset, (eventId, sequence, fileName, content) -> channel.deliver(tenantCode,
            eventId, fileName, content) == FileDropChannel.Outcome.WRITTEN);
    }

    /**
     * Delivers one record through the tenant's channel. Render the record in {@code route(tenant).charset()} and
     * deliver through that route instead when the settings may change in between.
     *
     * @param tenantCode 6-digit tenant code
     * @param eventId the change's event id (the idempotency key)
     * @param sequence the change's outbox sequence
     * @param fileName the record's file name
     * @param content the record's bytes
     * @return {@code true} if this call applied it, {@code false} if an earlier delivery of the event had
     * @throws IOException if the channel failed; nothing is recorded as applied then
     */
    public boolean deliver(String tenantCode, String eventId, long sequence, String fileName, byte[] content)
            throws IOException {
        return route(tenantCode).deliver(eventId, sequence, fileName, content);
    }

    /**
     * @return the client http channels use: HTTP/1.1 (no h2c upgrade attempts towards in-house systems), no
     *         redirects (a redirect is a failure, never a silent POST elsewhere), 10 s to connect
     */
    static HttpClient newHttpClient() {
        return HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    }

    /** One tenant's channel as it was configured when the route was taken. */
    public static final class Route {
        private final String tenantCode;
        private final Charset charset;
        private final Sender sender;

        Route(String tenantCode, Charset charset, Sender sender) {
            this.tenantCode = tenantCode;
            this.charset = charset;
            this.sender = sender;
        }

        /** @return the tenant */
        public String tenantCode() {
            return tenantCode;
        }

        /** @return the character set the tenant's records are to be encoded in */
        public Charset charset() {
            return charset;
        }

        /**
         * @param eventId the change's event id (the idempotency key)
         * @param sequence the change's outbox sequence
         * @param fileName the record's file name
         * @param content the record's bytes, encoded in {@link #charset()}
         * @return {@code true} if this call applied it, {@code false} if an earlier delivery of the event had
         * @throws IOException if the channel failed; nothing is recorded as applied then
         */
        public boolean deliver(String eventId, long sequence, String fileName, byte[] content) throws IOException {
            return sender.send(eventId, sequence, fileName, content);
        }
    }

    @FunctionalInterface
    interface Sender {
        boolean send(String eventId, long sequence, String fileName, byte[] content) throws IOException;
    }
}
