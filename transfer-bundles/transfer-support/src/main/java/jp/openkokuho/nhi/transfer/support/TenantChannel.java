package jp.openkokuho.nhi.transfer.support;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How one municipality's records reach one destination system: by file drop or by HTTP POST, where to, and in which
 * character set. Parsed from the properties of a factory configuration
 * {@code jp.openkokuho.nhi.transfer.<destination>.tenant-<name>.cfg}:
 *
 * <pre>
 * municipality.code = 112291                          # required, 6 digits
 * channel = http                                      # file (default) or http
 * target = https://tax.example.lg.jp/nhi/inbound      # file: root directory (default: the destination's root)
 *                                                     # http: the URL to POST to (required)
 * charset = Windows-31J                               # default: the destination's charset
 * </pre>
 *
 * <p>Each destination bundle registers one DS factory component per such configuration: a subclass of this class
 * whose only code is its constructor (DS needs the configuration PID on a class of the bundle). The destination
 * binds them dynamically and routes each tenant's deliveries through {@link TenantChannels}. Instances are
 * immutable; equality is identity, so that one configuration's instance is removed and not another's.
 */
public class TenantChannel {
    /** Property: 全国地方公共団体コード of the municipality the settings are for. */
    public static final String MUNICIPALITY_CODE = "municipality.code";
    /** Property: {@code file} or {@code http}. */
    public static final String CHANNEL = "channel";
    /** Property: root directory (file) or URL (http). */
    public static final String TARGET = "target";
    /** Property: character set of the records. */
    public static final String CHARSET = "charset";
    /** Service property naming the destination id a tenant channel component belongs to. */
    public static final String DESTINATION = "nhi.transfer.channel.destination";

    /** The ways a record can travel. */
    public enum Kind {
        /** Idempotent file drop ({@link FileDropChannel}). */
        FILE,
        /** Idempotent HTTP POST ({@link HttpPostChannel}). */
        HTTP
    }

    private final String tenantCode;
    private final Kind kind;
    private final Path directory;
    private final URI endpoint;
    private final Charset charset;
    private final String problem;

    /**
     * Parses the settings. Settings that name their municipality but are otherwise wrong do not fail: they are kept
     * with their {@link #problem()}, and {@link TenantChannels} then fails that municipality's deliveries (to be
     * retried once the configuration is fixed) rather than deliver them through a channel nobody configured.
     *
     * @param properties configuration properties (see the class comment); other keys are ignored
     * @throws IllegalArgumentException if {@code municipality.code} is missing or not 6 digits
     */
    public TenantChannel(Map<String, ?> properties) {
        this.tenantCode = code(properties);
        Kind k = null;
        Path dir = null;
        URI url = null;
        Charset cs = null;
        String wrong = null;
        try {
            String channel = Optional.ofNullable(text(properties, CHANNEL)).orElse("file").toLowerCase(Locale.ROOT);
            String target = text(properties, TARGET);
            switch (channel) {
                case "file" -> {
                    k = Kind.FILE;
                    dir = target == null ? null : directory(target);
                }
                case "http" -> {
                    k = Kind.HTTP;
                    if (target == null) {
                        throw new IllegalArgumentException(
                            TARGET + " is missing: an http channel needs the URL to POST to");
                    }
                    url = endpoint(target);
                }
                default -> throw new IllegalArgumentException(CHANNEL + " must be file or http, not '" + channel
                    + "'");
            }
            String charsetName = text(properties, CHARSET);
            cs = charsetName == null ? null : charset(charsetName);
        } catch (IllegalArgumentException e) {
            k = null;
            dir = null;
            url = null;
            cs = null;
            wrong = e.getMessage();
        }
        this.kind = k;
        this.directory = dir;
        this.endpoint = url;
        this.charset = cs;
        this.problem = wrong;
    }

    /**
     * @param tenantCode 6-digit municipality code
     * @param kind the channel
     * @param target root directory, URL or {@code null} (file channel under the destination's root)
     * @param charset character set name or {@code null} (the destination's)
     * @return the settings (with a {@link #problem()} if they are wrong)
     */
    public static TenantChannel of(String tenantCode, Kind kind, String target, String charset) {
        Map<String, Object> p = new HashMap<>();
        p.put(MUNICIPALITY_CODE, tenantCode);
        p.put(CHANNEL, kind.name().toLowerCase(Locale.ROOT));
        if (target != null) {
            p.put(TARGET, target);
        }
        if (charset != null) {
            p.put(CHARSET, charset);
        }
        return new TenantChannel(p);
    }

    /** @return the municipality the settings are for */
    public final String tenantCode() {
        return tenantCode;
    }

    /** @return the channel, or {@code null} if the settings have a {@link #problem()} */
    public final Kind kind() {
        return kind;
    }

    /** @return what is wrong with the settings (naming the property), if anything */
    public final Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** @return the file channel's root directory, if one is configured */
    public final Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

    /** @return the http channel's URL, if this is an http channel */
    public final Optional<URI> endpoint() {
        return Optional.ofNullable(endpoint);
    }

    /** @return the character set, if one is configured */
    public final Optional<Charset> charset() {
        return Optional.ofNullable(charset);
    }

    @Override
    public final boolean equals(Object obj) {
        return this == obj;
    }

    @Override
    public final int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        if (problem != null) {
            return "tenant " + tenantCode + " with an invalid channel configuration: " + problem;
        }
        return "tenant " + tenantCode + " by " + kind.name().toLowerCase(Locale.ROOT)
            + (endpoint != null ? " to " + HttpPostChannel.describe(endpoint) : "")
            + (directory != null ? " under " + directory : "")
            + (charset != null ? " in " + charset.name() : "");
    }

    private static String code(Map<String, ?> properties) {
        String code = text(properties, MUNICIPALITY_CODE);
        if (code == null) {
            throw new IllegalArgumentException(MUNICIPALITY_CODE + " is missing");
        }
        try {
            return Names.tenant(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(MUNICIPALITY_CODE + " must be 6 digits, not '" + code + "'");
        }
    }

    private static String text(Map<String, ?> properties, String key) {
        Object v = properties.get(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof String || v instanceof Number)) {
            throw new IllegalArgumentException(key + " must be a single value");
        }
        String s = v.toString().trim();
        return s.isEmpty() ? null : s;
    }

    private static Path directory(String target) {
        try {
            Path p = Path.of(target);
            if (!p.isAbsolute()) {
                throw new IllegalArgumentException(TARGET + " of a file channel must be an absolute directory");
            }
            return p;
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(TARGET + " is not a directory path: " + e.getReason());
        }
    }

    private static URI endpoint(String target) {
        try {
            return HttpPostChannel.checkEndpoint(new URI(target));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(TARGET + " is not a URL: " + e.getReason());
        }
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException(CHARSET + " '" + name + "' is not supported");
        }
    }
}
