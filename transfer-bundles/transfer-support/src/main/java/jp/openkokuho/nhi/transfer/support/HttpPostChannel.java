package jp.openkokuho.nhi.transfer.support;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Delivers a record by HTTP POST to a destination system's endpoint, once per event id as far as this side can tell.
 *
 * <p>Each delivery is one {@code POST} of the rendered bytes with the headers
 * <pre>
 * Idempotency-Key: &lt;event id&gt;
 * Content-Type: text/csv; charset=&lt;charset&gt;
 * Content-Disposition: attachment; filename="&lt;file name&gt;"
 * X-NHI-Tenant: &lt;tenant code&gt;
 * X-NHI-Sequence: &lt;outbox sequence&gt;
 * </pre>
 * A {@code 2xx} answer means applied: the event id is then appended to the tenant's journal
 * {@code <journal root>/<tenant>/post.journal} (forced to disk), and a later delivery of the same event does not
 * POST again. Any other status (redirects are not followed), a timeout or an I/O error throws an
 * {@link IOException} naming the status or the failure, never the response body, and records nothing, so the
 * platform retries. A crash between the {@code 2xx} and the journal line makes the next delivery POST again with the
 * same {@code Idempotency-Key}; the receiving system must treat a key it has acknowledged as done.
 *
 * <p>The endpoint is given per delivery, so one instance (and one journal per tenant) serves every tenant of a
 * destination whatever URL each tenant is configured with.
 *
 * <p>Thread safe: deliveries for one tenant are serialised, including the HTTP exchange, so an abandoned call that
 * is still waiting for its answer and the retry of the same event never POST at the same time; different tenants
 * proceed in parallel.
 */
public final class HttpPostChannel {
    private static final String JOURNAL = "post.journal";

    /** What a delivery did. */
    public enum Outcome {
        /** The endpoint answered 2xx to this call's POST. */
        POSTED,
        /** An earlier delivery of the same event was acknowledged; nothing was sent. */
        ALREADY_APPLIED
    }

    private final Path journalRoot;
    private final HttpClient client;
    private final Duration timeout;
    private final Map<String, EventJournal> journals = new HashMap<>();

    /**
     * @param journalRoot directory under which each tenant's {@code <tenant>/post.journal} is kept
     * @param client the HTTP client (it should not follow redirects)
     * @param timeout the longest a POST may take until its answer, shorter than the platform's delivery timeout
     */
    public HttpPostChannel(Path journalRoot, HttpClient client, Duration timeout) {
        this.journalRoot = journalRoot.toAbsolutePath();
        this.client = Objects.requireNonNull(client, "client");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /**
     * POSTs one record for one event, unless that event was acknowledged before.
     *
     * @param endpoint the {@code http} or {@code https} URL to POST to
     * @param tenantCode 6-digit tenant code
     * @param eventId the change's event id (the idempotency key)
     * @param sequence the change's outbox sequence
     * @param fileName the record's file name (letters, digits, {@code . _ -}), sent in {@code Content-Disposition}
     * @param charset the character set the bytes are encoded in
     * @param content the record's bytes
     * @return what happened
     * @throws IOException if the endpoint did not answer {@code 2xx} or could not be reached; nothing is recorded
     */
    public Outcome deliver(URI endpoint, String tenantCode, String eventId, long sequence, String fileName,
            Charset charset, byte[] content) throws IOException {
        checkEndpoint(endpoint);
        Names.tenant(tenantCode);
        Names.safe(eventId, "event id");
        Names.safe(fileName, "file name");
        EventJournal journal = journal(tenantCode);
        synchronized (journal) {
            if (journal.isApplied(eventId)) {
                return Outcome.ALREADY_APPLIED;
            }
            HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Idempotency-Key", eventId)
                .header("Content-Type", "text/csv; charset=" + charset.name())
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("X-NHI-Tenant", tenantCode)
                .header("X-NHI-Sequence", Long.toString(sequence))
                .POST(HttpRequest.BodyPublishers.ofByteArray(content))
                .build();
            int status;
            try {
                status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("POST of event " + eventId + " to " + describe(endpoint)
                    + " was interrupted");
            } catch (IOException e) {
                throw new IOException("POST of event " + eventId + " to " + describe(endpoint) + " failed: " + e, e);
            }
            if (status < 200 || status > 299) {
                throw new IOException("POST of event " + eventId + " to " + describe(endpoint) + " answered HTTP "
                    + status + "; not applied, to be retried");
            }
            journal.applied(eventId);
            return Outcome.POSTED;
        }
    }

    /**
     * @param tenantCode 6-digit tenant code
     * @return the event ids recorded as acknowledged for the tenant
     * @throws IOException if the journal cannot be read
     */
    public Set<String> appliedEvents(String tenantCode) throws IOException {
        return new EventJournal(journalRoot.resolve(Names.tenant(tenantCode)).resolve(JOURNAL)).applied();
    }

    private EventJournal journal(String tenantCode) throws IOException {
        synchronized (journals) {
            EventJournal journal = journals.get(tenantCode);
            if (journal == null) {
                journal = new EventJournal(journalRoot.resolve(tenantCode).resolve(JOURNAL));
                journals.put(tenantCode, journal);
            }
            return journal;
        }
    }

    /**
     * @param endpoint a configured endpoint
     * @return the endpoint
     * @throws IllegalArgumentException unless it is an absolute {@code http} or {@code https} URL with a host
     */
    static URI checkEndpoint(URI endpoint) {
        String scheme = endpoint == null || endpoint.getScheme() == null ? ""
            : endpoint.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || endpoint.getHost() == null) {
            throw new IllegalArgumentException("an HTTP channel needs an absolute http or https URL");
        }
        return endpoint;
    }

    /** The endpoint for messages: scheme, host, port and path; never user information or a query. */
    static String describe(URI endpoint) {
        return endpoint.getScheme() + "://" + endpoint.getHost() + (endpoint.getPort() < 0 ? "" : ":"
            + endpoint.getPort()) + (endpoint.getRawPath() == null ? "" : endpoint.getRawPath());
    }
}
