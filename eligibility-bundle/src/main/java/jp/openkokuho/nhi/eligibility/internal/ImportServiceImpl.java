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
import jp.openkokuho.nhi.eligibility.internal.audit.OperationOutcome;
import jp.openkokuho.nhi.eligibility.internal.interchange.ImportError;
import jp.openkokuho.nhi.eligibility.internal.interchange.ImportReport;
import jp.openkokuho.nhi.eligibility.internal.interchange.InterchangeReader;
import jp.openkokuho.nhi.eligibility.internal.interchange.InterchangeRecord;
import jp.openkokuho.nhi.eligibility.internal.interchange.InterchangeRow;
import jp.openkokuho.nhi.eligibility.internal.interchange.MitigationChangeRecord;
import jp.openkokuho.nhi.eligibility.internal.interchange.PrefQualificationDatesRecord;
import jp.openkokuho.nhi.eligibility.internal.interchange.QualificationChangeRecord;
import jp.openkokuho.nhi.eligibility.internal.interchange.ResidenceStatusRecord;
import jp.openkokuho.nhi.eligibility.internal.security.AccessGuard;
import jp.openkokuho.nhi.eligibility.internal.security.Operation;
import jp.openkokuho.nhi.eligibility.internal.store.ImportLogEntity;
import jp.openkokuho.nhi.eligibility.internal.store.ResidenceStatusEntity;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantRegistry;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/**
 * {@link ImportService} over the strict interchange reader. A residence-status import stages the file's rows, and
 * only when the report is clean stores them together with the file's hash in one transaction of the tenant's store;
 * the hash makes a repeated import a no-op. Rows are staged in memory: a 在留資格ファイル has three short items per
 * person. (The 資格異動 import, which must stream a million rows, stores through a different path.)
 *
 * <p>Both methods go through the {@link AccessGuard} (clerks and supervisors of the tenant); an import's log entry
 * commits with its rows, a file that fails the checks is logged as {@code REJECTED}.
 */
@Component(service = ImportService.class)
public class ImportServiceImpl implements ImportService {
    private final TenantRegistry tenants;
    private final AccessGuard guard;
    private final Clock clock;

    /**
     * @param tenants the open tenant stores
     * @param guard authorises and logs every operation
     */
    @Activate
    public ImportServiceImpl(@Reference TenantRegistry tenants, @Reference AccessGuard guard) {
        this(tenants, guard, Clock.systemUTC());
    }

    /**
     * @param tenants the open tenant stores
     * @param guard authorises and logs every operation
     * @param clock time source
     */
    public ImportServiceImpl(TenantRegistry tenants, AccessGuard guard, Clock clock) {
        this.tenants = tenants;
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    public ImportResult validate(String tenantCode, InterchangeFileKind kind, Path file, Charset charset) {
        return guard.call(tenantCode, Operation.IMPORT_VALIDATE, null, () -> {
            tenants.store(tenantCode);
            ImportReport report = read(kind, file, charset, row -> { });
            if (!report.accepted()) {
                guard.outcome(OperationOutcome.REJECTED);
            }
            return result(kind, report, false, 0);
        });
    }

    @Override
    public ImportResult importFile(String tenantCode, InterchangeFileKind kind, Path file, Charset charset) {
        return guard.call(tenantCode, Operation.IMPORT_FILE, null, () -> store(tenantCode, kind, file, charset));
    }

    private ImportResult store(String tenantCode, InterchangeFileKind kind, Path file, Charset charset) {
        TenantStore store = tenants.store(tenantCode);
        if (kind != InterchangeFileKind.RESIDENCE_STATUS) {
            throw new NhiException("IMPORT_KIND", kind.japaneseName() + " cannot be stored by this version;"
                + " check it with nhi:import --check");
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

    private static ImportReport read(InterchangeFileKind kind, Path file, Charset charset,
            java.util.function.Consumer<InterchangeRow<? extends InterchangeRecord>> sink) {
        try {
            InterchangeReader reader = new InterchangeReader();
            return switch (kind) {
                case QUALIFICATION_CHANGE -> reader.read(file, charset, QualificationChangeRecord.class, sink::accept);
                case MITIGATION_CHANGE -> reader.read(file, charset, MitigationChangeRecord.class, sink::accept);
                case PREF_QUALIFICATION_DATES -> reader.read(file, charset, PrefQualificationDatesRecord.class,
                    sink::accept);
                case RESIDENCE_STATUS -> reader.read(file, charset, ResidenceStatusRecord.class, sink::accept);
            };
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
