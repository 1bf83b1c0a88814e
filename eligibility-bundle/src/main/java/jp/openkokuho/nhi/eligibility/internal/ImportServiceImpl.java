package jp.openkokuho.nhi.eligibility.internal;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jp.openkokuho.nhi.api.NhiException;
import jp.openkokuho.nhi.api.interchange.ImportResult;
import jp.openkokuho.nhi.api.interchange.ImportService;
import jp.openkokuho.nhi.api.interchange.InterchangeFileKind;
import jp.openkokuho.nhi.api.interchange.InterchangeProgress;
import jp.openkokuho.nhi.eligibility.internal.delivery.OutboxSignal;
import jp.openkokuho.nhi.eligibility.internal.audit.OperationOutcome;
import jp.openkokuho.nhi.eligibility.internal.interchange.ImportError;
import jp.openkokuho.nhi.eligibility.internal.interchange.ImportReport;
import jp.openkokuho.nhi.eligibility.internal.interchange.ImportStaging;
import jp.openkokuho.nhi.eligibility.internal.interchange.InterchangeKind;
import jp.openkokuho.nhi.eligibility.internal.interchange.InterchangeReader;
import jp.openkokuho.nhi.eligibility.internal.interchange.InterchangeRow;
import jp.openkokuho.nhi.eligibility.internal.interchange.ResidenceStatusRecord;
import jp.openkokuho.nhi.eligibility.internal.security.AccessGuard;
import jp.openkokuho.nhi.eligibility.internal.security.Operation;
import jp.openkokuho.nhi.eligibility.internal.store.ImportLogEntity;
import jp.openkokuho.nhi.eligibility.internal.store.ResidenceStatusEntity;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantRegistry;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/**
 * {@link ImportService} over the strict interchange reader. The file's hash (NHI_IMPORT_LOG) makes a repeated import
 * a no-op. A residence-status import stages the file's rows in memory (three short items per person) and stores them
 * in one transaction when the report is clean; the other three kinds, which may have a million rows, stream through
 * {@link InterchangeImport} (check pass, then one storing transaction with JDBC batches).
 *
 * <p>An import reads a copy of the caller's file in the {@link ImportStaging} area, deleted when the import ends;
 * the component sweeps copies left by a crash when it starts.
 *
 * <p>Both methods go through the {@link AccessGuard} (clerks and supervisors of the tenant); an import's log entry
 * commits with its rows, a file that fails the checks is logged as {@code REJECTED}.
 */
@Component(service = ImportService.class)
public class ImportServiceImpl implements ImportService {
    private final TenantRegistry tenants;
    private final OutboxSignal signal;
    private final AccessGuard guard;
    private final Clock clock;
    private final ImportStaging staging;

    /**
     * Starts with a sweep of the staging area, which deletes copies left by imports a crash interrupted.
     *
     * @param tenants the open tenant stores
     * @param signal told after an import wrote outbox events
     * @param guard authorises and logs every operation
     */
    @Activate
    public ImportServiceImpl(@Reference TenantRegistry tenants, @Reference OutboxSignal signal,
            @Reference AccessGuard guard) {
        this(tenants, signal, guard, Clock.systemUTC(), new ImportStaging(ImportStaging.defaultRoot()));
        staging.sweep();
    }

    /**
     * @param tenants the open tenant stores
     * @param signal told after an import wrote outbox events
     * @param guard authorises and logs every operation
     * @param clock time source
     */
    public ImportServiceImpl(TenantRegistry tenants, OutboxSignal signal, AccessGuard guard, Clock clock) {
        this(tenants, signal, guard, clock, new ImportStaging(ImportStaging.defaultRoot()));
    }

    /**
     * @param tenants the open tenant stores
     * @param signal told after an import wrote outbox events
     * @param guard authorises and logs every operation
     * @param clock time source
     * @param staging where files are copied for the duration of an import
     */
    public ImportServiceImpl(TenantRegistry tenants, OutboxSignal signal, AccessGuard guard, Clock clock,
            ImportStaging staging) {
        this.tenants = tenants;
        this.signal = signal;
        this.guard = guard;
        this.clock = clock;
        this.staging = staging;
    }

    @Override
    public ImportResult validate(String tenantCode, InterchangeFileKind kind, Path file, Charset charset) {
        return guard.call(tenantCode, Operation.IMPORT_VALIDATE, null, () -> {
            TenantStore store = tenants.store(tenantCode);
            ImportReport report = new InterchangeImport(store, clock).check(InterchangeKind.valueOf(kind.name()),
                file, charset, InterchangeProgress.NONE);
            if (!report.accepted()) {
                guard.outcome(OperationOutcome.REJECTED);
            }
            return result(kind, report, false, 0);
        });
    }

    @Override
    public ImportResult importFile(String tenantCode, InterchangeFileKind kind, Path file, Charset charset) {
        return importFile(tenantCode, kind, file, charset, InterchangeProgress.NONE);
    }

    @Override
    public ImportResult importFile(String tenantCode, InterchangeFileKind kind, Path file, Charset charset,
            InterchangeProgress progress) {
        return guard.call(tenantCode, Operation.IMPORT_FILE, null,
            () -> store(tenantCode, kind, file, charset, progress));
    }

    private ImportResult store(String tenantCode, InterchangeFileKind kind, Path file, Charset charset,
            InterchangeProgress progress) {
        TenantStore store = tenants.store(tenantCode);
        // the import reads a private copy, deleted as soon as the import ends (the start-up sweep after a crash)
        Path staged = staging.stage(file);
        try {
            return importStaged(store, kind, staged, charset, progress);
        } finally {
            staging.delete(staged);
        }
    }

    private ImportResult importStaged(TenantStore store, InterchangeFileKind kind, Path file, Charset charset,
            InterchangeProgress progress) {
        if (kind != InterchangeFileKind.RESIDENCE_STATUS) {
            InterchangeImport.Outcome o = new InterchangeImport(store, clock).importFile(
                InterchangeKind.valueOf(kind.name()), file, charset, progress, guard::sealInTransaction);
            if (!o.report().accepted()) {
                guard.outcome(OperationOutcome.REJECTED);
            }
            if (o.stored() > 0 && kind == InterchangeFileKind.QUALIFICATION_CHANGE) {
                signal.changesCommitted(store.tenant().code());
            }
            return result(kind, o.report(), o.alreadyImported(), o.stored());
        }
        List<InterchangeRow<ResidenceStatusRecord>> staged = new ArrayList<>();
        ImportReport report = readResidence(file, charset, staged);
        if (!report.accepted()) {
            guard.outcome(OperationOutcome.REJECTED);
            return result(kind, report, false, 0);
        }
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        long stored = store.inTransaction(em -> {
            if (em.find(ImportLogEntity.class, new ImportLogEntity.Key(report.sha256(), kind.name())) != null) {
                return -1L; // a repeated file stores nothing; the guard logs the call on its own
            }
            for (InterchangeRow<ResidenceStatusRecord> row : staged) {
                ResidenceStatusRecord r = row.record();
                Integer last = em.createQuery("SELECT MAX(s.seq) FROM ResidenceStatusEntity s WHERE s.atenaNo = :a",
                    Integer.class).setParameter("a", r.atenaNo()).getSingleResult();
                ResidenceStatusEntity e = new ResidenceStatusEntity();
                e.setAtenaNo(r.atenaNo());
                e.setSeq(last == null ? 1 : last + 1);
                e.setResidenceStatusCode(r.residenceStatusCode());
                e.setResidenceExpiryDate(r.residenceExpiryDate());
                e.setImportSha256(report.sha256());
                e.setLineNo(row.line());
                e.setImportedAt(now);
                em.persist(e);
                // flush each row so the next row of the same person sees its sequence number
                em.flush();
            }
            ImportLogEntity log = new ImportLogEntity();
            log.setSha256(report.sha256());
            log.setKind(kind.name());
            log.setFileName(report.fileName());
            log.setRecords(staged.size());
            log.setImportedAt(now);
            em.persist(log);
            guard.sealInTransaction(em);
            return (long) staged.size();
        });
        progress.rowsDone(InterchangeProgress.Phase.STORING, Math.max(stored, 0));
        return result(kind, report, stored < 0, Math.max(stored, 0));
    }

    private static ImportReport readResidence(Path file, Charset charset,
            List<InterchangeRow<ResidenceStatusRecord>> staged) {
        try {
            return new InterchangeReader().read(file, charset, ResidenceStatusRecord.class, staged::add);
        } catch (IOException e) {
            throw new NhiException("IMPORT_IO", "cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new NhiException("IMPORT_CHARSET", e.getMessage(), e);
        }
    }

    private static ImportResult result(InterchangeFileKind kind, ImportReport report, boolean alreadyImported,
            long stored) {
        List<String> lines = new ArrayList<>();
        for (ImportError e : report.errors()) {
            lines.add(e.toString());
        }
        if (report.suppressedErrorCount() > 0) {
            lines.add("... and " + report.suppressedErrorCount() + " more errors not listed");
        }
        return new ImportResult(report.fileName(), kind, report.sha256(), report.recordCount(), report.accepted(),
            alreadyImported, stored, lines);
    }
}
