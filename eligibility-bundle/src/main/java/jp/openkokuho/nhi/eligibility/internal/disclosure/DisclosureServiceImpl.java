package jp.openkokuho.nhi.eligibility.internal.disclosure;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.openkokuho.nhi.api.NhiException;
import jp.openkokuho.nhi.api.disclosure.DisclosureResult;
import jp.openkokuho.nhi.api.disclosure.DisclosureSection;
import jp.openkokuho.nhi.api.disclosure.DisclosureService;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestActionKind;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestKind;
import jp.openkokuho.nhi.api.disclosure.RequesterRelation;
import jp.openkokuho.nhi.api.linkage.InfoExchangeService;
import jp.openkokuho.nhi.api.linkage.ProvisionRecord;
import jp.openkokuho.nhi.api.transfer.DestinationInfo;
import jp.openkokuho.nhi.api.transfer.TransferStatusService;
import jp.openkokuho.nhi.eligibility.internal.PersonServiceImpl;
import jp.openkokuho.nhi.eligibility.internal.document.JapaneseFont;
import jp.openkokuho.nhi.eligibility.internal.privacy.PrivacyInputs;
import jp.openkokuho.nhi.eligibility.internal.security.AccessGuard;
import jp.openkokuho.nhi.eligibility.internal.security.Operation;
import jp.openkokuho.nhi.eligibility.internal.store.PersonEntity;
import jp.openkokuho.nhi.eligibility.internal.store.PrivacyRequestEntity;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantRegistry;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/**
 * {@link DisclosureService}: reads the person's records of the core in one transaction
 * ({@link DisclosureReader}), the 情報提供等記録 from the linkage bundle's {@link InfoExchangeService} when it runs
 * (an optional, dynamic reference: the core works without the linkage bundle, and the bundle then says the section
 * is missing), prints the PDF, zips it with the CSV files and records the production against the request in the
 * same transaction as the operation log entry.
 */
@Component(service = DisclosureService.class)
public class DisclosureServiceImpl implements DisclosureService {
    private static final Logger LOG = LoggerFactory.getLogger(DisclosureServiceImpl.class);

    private final TenantRegistry tenants;
    private final AccessGuard guard;
    private final TransferStatusService transfers;
    private final DisclosurePdf pdf;
    private final Clock clock;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile InfoExchangeService exchange;

    /**
     * @param tenants the open tenant stores
     * @param guard authorises and logs every operation
     * @param transfers names the destinations of the transfer records
     * @param font the Japanese font
     */
    @Activate
    public DisclosureServiceImpl(@Reference TenantRegistry tenants, @Reference AccessGuard guard,
            @Reference TransferStatusService transfers, @Reference JapaneseFont font) {
        this(tenants, guard, transfers, font, null, Clock.systemUTC());
    }

    /**
     * @param tenants the open tenant stores
     * @param guard authorises and logs every operation
     * @param transfers names the destinations of the transfer records
     * @param font the Japanese font
     * @param exchange the linkage's 情報提供等記録, or {@code null} when the linkage bundle does not run
     * @param clock time source
     */
    public DisclosureServiceImpl(TenantRegistry tenants, AccessGuard guard, TransferStatusService transfers,
            JapaneseFont font, InfoExchangeService exchange, Clock clock) {
        this.tenants = tenants;
        this.guard = guard;
        this.transfers = transfers;
        this.pdf = new DisclosurePdf(font);
        this.exchange = exchange;
        this.clock = clock;
    }

    @Override
    public DisclosureResult produce(String tenantCode, String requestReference, Path outputDirectory) {
        return guard.call(tenantCode, Operation.DISCLOSURE_PRODUCE, null, () -> {
            Objects.requireNonNull(outputDirectory, "outputDirectory");
            if (!Files.isDirectory(outputDirectory) || !Files.isWritable(outputDirectory)) {
                throw new NhiException("INPUT", "output directory " + outputDirectory
                    + " does not exist or is not writable");
            }
            Produced p = prepare(tenantCode, requestReference);
            Path file = null;
            try {
                file = place(outputDirectory, p);
                DisclosureResult r = record(tenantCode, p, file);
                LOG.info("Tenant {}: disclosure for request {} written to {} ({} bytes)", tenantCode, p.ref,
                    file.getFileName(), p.zip.length);
                return r;
            } catch (RuntimeException | Error e) {
                deleteQuietly(file, e);
                throw e;
            }
        });
    }

    @Override
    public DisclosureResult produce(String tenantCode, String requestReference, OutputStream out) {
        return guard.call(tenantCode, Operation.DISCLOSURE_PRODUCE, null, () -> {
            Objects.requireNonNull(out, "out");
            Produced p = prepare(tenantCode, requestReference);
            DisclosureResult r = record(tenantCode, p, null);
            try {
                out.write(p.zip);
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("the disclosure bundle for request " + p.ref + " was recorded but"
                    + " could not be written to the stream; produce it again", e);
            }
            return r;
        });
    }

    /** A bundle ready to be placed and recorded. */
    private record Produced(String ref, String baseName, byte[] zip, String sha256, Instant at, DisclosureContent content,
            boolean provisions) {
    }

    private Produced prepare(String tenantCode, String requestReference) {
        TenantStore store = tenants.store(tenantCode);
        String ref = PrivacyInputs.reference(requestReference, "request reference");
        Instant now = clock.instant();
        // 1. who: the request, open and of the right kind, names the person; the log entry names them too
        PrivacyRequestEntity request = store.read(em -> RequestLedger.requireOpen(em, ref,
            PrivacyRequestKind.DISCLOSURE));
        String atena = request.getAtenaNo();
        guard.subject(atena);
        // 2. the linkage's records, before the core's, so that a failing linkage leaves nothing half done
        InfoExchangeService linkage = exchange;
        List<ProvisionRecord> provisions = linkage == null ? null : linkage.provisionLog(tenantCode, atena);
        Map<String, String> names = new TreeMap<>();
        for (DestinationInfo d : transfers.destinations()) {
            if (d.name() != null && !d.name().isBlank()) {
                names.put(d.id(), d.name());
            }
        }
        // 3. the core's records, in one transaction so that the sections agree with each other
        DisclosureContent content = store.read(em -> {
            PersonEntity person = PersonServiceImpl.require(em, atena);
            String myNumber = DisclosureReader.myNumberHeld(em, atena);
            List<Section> sections = List.of(DisclosureReader.person(em, atena, myNumber),
                DisclosureReader.coverage(em, atena), DisclosureReader.retiree(em, atena),
                DisclosureReader.household(em, atena), DisclosureReader.income(em, atena),
                DisclosureReader.unemployment(em, atena), DisclosureReader.residence(em, atena),
                DisclosureReader.documents(em, atena), DisclosureReader.suspensions(em, atena),
                DisclosureReader.transfers(em, atena, names), DisclosureReader.provisions(provisions));
            return new DisclosureContent(store.tenant().name(), ref, DisclosureReader.date(request.getReceivedOn()),
                RequesterRelation.valueOf(request.getRequesterRelation()).label(), atena, person.getName(),
                DisclosureReader.date(person.getBirthDate()), myNumber, now, sections);
        });
        byte[] zip = DisclosureBundle.zip(content, pdf.render(content), LocalDateTime.ofInstant(now,
            RequestInputs.JAPAN));
        return new Produced(ref, "disclosure-" + ref.replaceAll("[^A-Za-z0-9_-]", "_"), zip, sha256(zip), now,
            content, provisions != null);
    }

    /** Writes the bundle under the first free name, complete or not at all (temporary file + atomic rename). */
    private static Path place(Path dir, Produced p) {
        try {
            Path tmp = Files.createTempFile(dir, ".disclosure-", ".part");
            try {
                Files.write(tmp, p.zip);
                for (int n = 1; ; n++) {
                    Path target = dir.resolve(p.baseName + (n == 1 ? "" : "-" + n) + ".zip");
                    if (Files.exists(target)) {
                        continue;
                    }
                    try {
                        // a link fails if the name was taken meanwhile; the move would replace it
                        Files.createLink(target, tmp);
                        return target;
                    } catch (FileAlreadyExistsException raced) {
                        // taken between the check and the link: next number
                    } catch (UnsupportedOperationException | IOException noLinks) {
                        return Files.move(tmp, target);
                    }
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the disclosure bundle could not be written to " + dir, e);
        }
    }

    private DisclosureResult record(String tenantCode, Produced p, Path file) {
        String fileName = file == null ? p.baseName + ".zip" : file.getFileName().toString();
        List<DisclosureSection> sections = p.content.sections().stream().map(s -> new DisclosureSection(
            s.fileName(), s.title(), s.rows().size())).toList();
        RequestLedger.recordStep(tenants.store(tenantCode), guard, p.ref, PrivacyRequestKind.DISCLOSURE,
            PrivacyRequestActionKind.DISCLOSURE_PRODUCED, fileName + " SHA-256 " + p.sha256 + (p.provisions ? ""
                : "（情報提供等記録なし：情報連携の機能が停止中）"), p.at);
        return new DisclosureResult(p.ref, fileName, file, p.sha256, p.zip.length, p.at, sections, p.provisions);
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path file, Throwable failure) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
