#set( $symbol_pound = '#' )
package ${package};

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import jp.openkokuho.nhi.api.transfer.ChangeItems;
import jp.openkokuho.nhi.api.transfer.ChangeTypes;
import jp.openkokuho.nhi.api.transfer.DeliveryResult;
import jp.openkokuho.nhi.api.transfer.Destination;
import jp.openkokuho.nhi.api.transfer.EligibilityChange;
import jp.openkokuho.nhi.api.transfer.EligibilityChangeConsumer;

/**
 * 移転先 ${destinationName} (${legalBasis}): receives the NHI eligibility changes of every municipality whose tenant
 * configuration lists {@value ${symbol_pound}ID} in {@code destinations}, and writes one CSV file per change into
 * {@code <outbound.root>/<tenant>/outbound/}, exactly once per event id (see {@link FileDrop}).
 *
 * <p><b>What to change.</b> {@link ${symbol_pound}ITEMS} and the {@code items} of {@link Destination} declare the items
 * the legal basis allows; {@link ${symbol_pound}HEADER}, {@link ${symbol_pound}render} and {@link ${symbol_pound}fileName}
 * define the file the destination system reads. The delivery contract (idempotency, CANCEL of unknown schema
 * versions, no personal data in logs) is kept by {@link ${symbol_pound}deliver} and {@link FileDrop}; keep it when you change
 * them.
 *
 * <p><b>Configuration</b> (optional, PID {@value ${symbol_pound}PID}): {@code outbound.root} (default
 * {@code ${karaf.data}/nhi/transfer/${destinationId}}) and {@code charset} ({@code UTF-8} or {@code Windows-31J}).
 *
 * <p><b>Threading.</b> The platform calls {@link ${symbol_pound}deliver} at most once at a time per tenant, but may call it
 * again with the same change while an abandoned (timed-out) call still runs; {@link FileDrop} serialises the
 * deliveries of a tenant, so that is safe.
 */
@Component(service = EligibilityChangeConsumer.class, configurationPid = ${destinationClass}.PID, immediate = true)
@Destination(id = ${destinationClass}.ID, name = ${destinationClass}.NAME,
        legalBasis = ${destinationClass}.LEGAL_BASIS,
        items = {ChangeItems.ATENA_NO, ChangeItems.COVERAGE_START_DATE, ChangeItems.COVERAGE_END_DATE,
            ChangeItems.PROCESSED_ON})
public class ${destinationClass} implements EligibilityChangeConsumer {
    /** Destination id: tenants name it in {@code destinations}; the feature is {@code nhi-transfer-<id>}. */
    public static final String ID = "${destinationId}";
    /** The destination system's name as staff read it. */
    public static final String NAME = "${destinationName}";
    /** Legal basis of the transfer, as the assessment states it. */
    public static final String LEGAL_BASIS = "${legalBasis}";
    /** Configuration PID ({@code etc/<PID>.cfg}). */
    public static final String PID = "jp.openkokuho.nhi.transfer." + ID;

    /**
     * The item schema this bundle understands: the api's {@link EligibilityChange${symbol_pound}SCHEMA_VERSION} as it was when
     * the bundle was compiled (the constant is copied into this class by the compiler). A change of any other
     * version is cancelled, never guessed at.
     */
    static final int KNOWN_SCHEMA_VERSION = EligibilityChange.SCHEMA_VERSION;

    /** The items written, in column order after the tenant code and the change kind; nothing else is written. */
    static final String[] ITEMS = {ChangeItems.ATENA_NO, ChangeItems.COVERAGE_START_DATE,
        ChangeItems.COVERAGE_END_DATE, ChangeItems.PROCESSED_ON};

    /** Header row of every file. */
    static final String[] HEADER = {"全国地方公共団体コード", "異動区分", "宛名番号", "適用開始年月日", "適用終了年月日", "処理日",
        "連携番号", "イベントID"};

    private static final System.Logger LOG = System.getLogger(${destinationClass}.class.getName());
    private static final Pattern TENANT_CODE = Pattern.compile("[0-9]{6}");
    private static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}");

    /** Where and how files are written; every attribute is optional. */
    public @interface Config {
        /** @return root of the per-tenant folders; empty means {@code ${karaf.data}/nhi/transfer/<id>} */
        String outbound_root() default "";

        /** @return character set of the files: {@code UTF-8} or {@code Windows-31J} */
        String charset() default "UTF-8";
    }

    private final FileDrop drop;
    private final Charset charset;

    /**
     * Activated by Declarative Services.
     *
     * @param config the configuration, or its defaults
     * @throws IllegalStateException if no root is configured and {@code karaf.data} is not set, or the character
     *         set is unknown; the component then stays unsatisfied and SCR logs this message
     */
    @Activate
    public ${destinationClass}(Config config) {
        this(root(config.outbound_root()), charset(config.charset()));
    }

    /**
     * @param root root of the per-tenant folders
     * @param charset character set of the files
     */
    public ${destinationClass}(Path root, Charset charset) {
        this.drop = new FileDrop(root);
        this.charset = charset;
        LOG.log(System.Logger.Level.INFO, "Destination {0} writes {1} files under {2}", ID, charset.name(),
            drop.root());
    }

    /**
     * Writes the change's file unless its event id was applied before.
     *
     * @return {@link DeliveryResult${symbol_pound}OK} when the file is in place (now or by an earlier delivery),
     *         {@link DeliveryResult${symbol_pound}CANCEL} for a change this bundle can never represent
     * @throws IOException if the file system fails; the platform retries, and nothing is recorded as applied
     */
    @Override
    public DeliveryResult deliver(EligibilityChange change) throws IOException {
        // Log only identifiers of the change (event id, tenant, version, type), never its items: they are
        // personal data.
        if (change.schemaVersion() != KNOWN_SCHEMA_VERSION) {
            LOG.log(System.Logger.Level.ERROR, "Change {0} of tenant {1} has schema version {2}; this bundle "
                + "knows {3}. Cancelled: install a version of the destination that knows it, then retry the "
                + "dead letters.",
                change.eventId(), change.tenantCode(), change.schemaVersion(), KNOWN_SCHEMA_VERSION);
            return DeliveryResult.CANCEL;
        }
        if (!ChangeTypes.ACQUIRED.equals(change.changeType()) && !ChangeTypes.LOST.equals(change.changeType())) {
            LOG.log(System.Logger.Level.ERROR, "Change {0} of tenant {1} has the unknown type {2}; cancelled.",
                change.eventId(), change.tenantCode(), change.changeType());
            return DeliveryResult.CANCEL;
        }
        if (!TENANT_CODE.matcher(change.tenantCode()).matches() || !EVENT_ID.matcher(change.eventId()).matches()) {
            LOG.log(System.Logger.Level.ERROR,
                "A change has a tenant code or event id unfit for a file name; cancelled.");
            return DeliveryResult.CANCEL;
        }
        FileDrop.Outcome outcome = drop.deliver(change.tenantCode(), change.eventId(), fileName(change),
            render(change).getBytes(charset));
        LOG.log(System.Logger.Level.DEBUG, "Change {0} of tenant {1}: {2}", change.eventId(), change.tenantCode(),
            outcome);
        return DeliveryResult.OK;
    }

    /**
     * The file the destination system reads for one change: a header row and one record, CRLF line ends
     * (RFC 4180). An item the change does not carry is an empty field.
     *
     * @param change the change
     * @return the file's text
     */
    static String render(EligibilityChange change) {
        StringBuilder out = new StringBuilder();
        appendRecord(out, HEADER);
        String[] record = new String[HEADER.length];
        record[0] = change.tenantCode();
        record[1] = ChangeTypes.LOST.equals(change.changeType()) ? "喪失" : "取得";
        for (int i = 0; i < ITEMS.length; i++) {
            String value = change.item(ITEMS[i]);
            record[2 + i] = value == null ? "" : value;
        }
        record[2 + ITEMS.length] = Long.toString(change.sequence());
        record[3 + ITEMS.length] = change.eventId();
        appendRecord(out, record);
        return out.toString();
    }

    /**
     * @param change the change
     * @return a name that sorts in the tenant's outbox order and carries no personal data:
     *         {@code <id>_<tenant>_<12-digit sequence>_<event id>.csv}
     */
    static String fileName(EligibilityChange change) {
        return String.format(Locale.ROOT, "%s_%s_%012d_%s.csv", ID, change.tenantCode(), change.sequence(),
            change.eventId());
    }

    private static void appendRecord(StringBuilder out, String[] fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            String f = fields[i];
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\r') >= 0 || f.indexOf('\n') >= 0) {
                out.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                out.append(f);
            }
        }
        out.append("\r\n");
    }

    static Path root(String configured) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.trim());
        }
        String data = System.getProperty("karaf.data");
        if (data == null || data.isBlank()) {
            throw new IllegalStateException("Destination " + ID + ": configure outbound.root in etc/" + PID
                + ".cfg; karaf.data is not set, so there is no default folder");
        }
        return Path.of(data, "nhi", "transfer", ID);
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Destination " + ID + ": unknown charset '" + name + "' in etc/" + PID
                + ".cfg; use UTF-8 or Windows-31J", e);
        }
    }
}
