package jp.openkokuho.nhi.eligibility.internal;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;

import jp.openkokuho.nhi.api.NhiException;
import jp.openkokuho.nhi.api.eligibility.ChangeKind;
import jp.openkokuho.nhi.api.interchange.InterchangeProgress;
import jp.openkokuho.nhi.api.interchange.InterchangeProgress.Phase;
import jp.openkokuho.nhi.api.tenant.Tenant;
import jp.openkokuho.nhi.eligibility.internal.interchange.ImportError;
import jp.openkokuho.nhi.eligibility.internal.interchange.ImportReport;
import jp.openkokuho.nhi.eligibility.internal.interchange.InterchangeKind;
import jp.openkokuho.nhi.eligibility.internal.interchange.InterchangeReader;
import jp.openkokuho.nhi.eligibility.internal.interchange.InterchangeRecord;
import jp.openkokuho.nhi.eligibility.internal.interchange.InterchangeRow;
import jp.openkokuho.nhi.eligibility.internal.interchange.QualificationChangeRecord;
import jp.openkokuho.nhi.eligibility.internal.interchange.ReaderOptions;
import jp.openkokuho.nhi.eligibility.internal.rules.NotificationDeadlineRule;
import jp.openkokuho.nhi.eligibility.internal.store.CoverageVersionEntity;
import jp.openkokuho.nhi.eligibility.internal.store.ImportLogEntity;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/**
 * Imports a 資格異動ファイル, 緩和措置異動情報ファイル or 国保資格取得喪失年月日連携ファイル into a tenant store with
 * bounded memory, in two streaming passes over the file:
 * <ol>
 * <li><b>check</b>: the reader's cell checks and, for the 資格異動ファイル, {@link QualificationLedger}'s checks of each
 * row against the earlier rows and the stored history; only the ledger's few numbers per person are kept;</li>
 * <li><b>store</b>, only if the first pass found nothing: one transaction that takes the counter row locks (so the
 * tenant's other writers wait), re-reads the file, re-runs the same checks against the then-current history and
 * writes every row with JDBC batches on the transaction's connection; a 資格異動 row also becomes a coverage version
 * with its outbox event and deliveries ({@link CoverageChanges}). A file whose bytes or whose store changed between
 * the passes rolls back entirely.</li>
 * </ol>
 * No entity of a row ever enters a persistence context. Not thread safe; one instance per call.
 */
final class InterchangeImport {
    /** Rows per JDBC batch. */
    static final int BATCH = 1_000;

    private final TenantStore store;
    private final Clock clock;

    /** What the import came to. */
    record Outcome(ImportReport report, boolean alreadyImported, long stored) {
    }

    /**
     * @param store the tenant store
     * @param clock time source
     */
    InterchangeImport(TenantStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * The first pass alone: every check, nothing stored.
     *
     * @return the report with the reader's errors and the cross-row errors, by line
     */
    ImportReport check(InterchangeKind kind, Path file, Charset charset, InterchangeProgress progress) {
        QualificationLedger ledger = kind == InterchangeKind.QUALIFICATION_CHANGE
            ? new QualificationLedger(String.valueOf(file.getFileName())) : null;
        if (ledger != null) {
            store.read(em -> {
                sql(() -> ledger.loadStored(connection(em)));
                return null;
            });
        }
        List<ImportError> found = new ArrayList<>();
        long[] counts = new long[2];
        List<ImportError> rowErrors = new ArrayList<>();
        ImportReport report = read(kind, file, charset, row -> {
            counts[0]++;
            if (ledger != null) {
                ledger.apply(row.line(), (QualificationChangeRecord) row.record(), rowErrors);
                counts[1] += rowErrors.size();
                for (ImportError e : rowErrors) {
                    if (found.size() < ReaderOptions.DEFAULT_MAX_ERRORS) {
                        found.add(e);
                    }
                }
                rowErrors.clear();
            }
            tick(progress, Phase.VALIDATING, counts[0]);
        });
        progress.rowsDone(Phase.VALIDATING, counts[0]);
        if (found.isEmpty()) {
            return report;
        }
        List<ImportError> all = new ArrayList<>(report.errors());
        all.addAll(found);
        all.sort(Comparator.comparingLong(ImportError::line));
        return new ImportReport(report.fileName(), report.kind(), report.sha256(), report.byteCount(),
            report.recordCount(), all.subList(0, Math.min(all.size(), ReaderOptions.DEFAULT_MAX_ERRORS)),
            report.errorCount() + counts[1], report.complete());
    }

    /**
     * Checks and, if the file is clean and new, stores it.
     *
     * @param inTransaction called last in the storing transaction (the operation log entry commits with the rows)
     * @return the outcome; a rejected file stored nothing
     * @throws NhiException {@code IMPORT_CONCURRENT} if the file or the store changed between the passes
     */
    Outcome importFile(InterchangeKind kind, Path file, Charset charset, InterchangeProgress progress,
            java.util.function.Consumer<EntityManager> inTransaction) {
        ImportReport report = check(kind, file, charset, progress);
        if (!report.accepted()) {
            return new Outcome(report, false, 0);
        }
        ImportLogEntity.Key logKey = new ImportLogEntity.Key(report.sha256(), kind.name());
        if (store.read(em -> em.find(ImportLogEntity.class, logKey)) != null) {
            return new Outcome(report, true, 0);
        }
        long stored = store.inTransaction(em -> {
            if (em.find(ImportLogEntity.class, logKey) != null) {
                return -1L;
            }
            long n = sql(() -> storeRows(em, kind, file, charset, report, progress));
            ImportLogEntity log = new ImportLogEntity();
            log.setSha256(report.sha256());
            log.setKind(kind.name());
            log.setFileName(report.fileName());
            log.setRecords(n);
            log.setImportedAt(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            em.persist(log);
            inTransaction.accept(em);
            return n;
        });
        return new Outcome(report, stored < 0, Math.max(stored, 0));
    }

    private long storeRows(EntityManager em, InterchangeKind kind, Path file, Charset charset, ImportReport checked,
            InterchangeProgress progress) throws SQLException {
        boolean coverage = kind == InterchangeKind.QUALIFICATION_CHANGE;
        long rowBase = CoverageChanges.advanceCounter(em, "interchange_row", 0);
        long outboxBase = coverage ? CoverageChanges.advanceCounter(em, "outbox", 0) : 0;
        Connection c = connection(em);
        InterchangeTable table = InterchangeTable.of(kind);
        Tenant tenant = store.tenant();
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        Timestamp importedAt = Timestamp.valueOf(now);
        LocalDate today = LocalDate.now(clock.withZone(EligibilityServiceImpl.JAPAN));
        QualificationLedger ledger = coverage ? new QualificationLedger(checked.fileName()) : null;
        if (ledger != null) {
            ledger.loadStored(c);
        }
        long[] counts = new long[2];
        List<ImportError> errors = new ArrayList<>();
        ImportReport again;
        try (PreparedStatement rows = c.prepareStatement(table.insertSql());
                CoverageBatchWriter writer = coverage ? new CoverageBatchWriter(c) : null) {
            again = read(kind, file, charset, row -> sql(() -> {
                InterchangeRecord record = row.record();
                Integer historySeq = null;
                if (ledger != null) {
                    QualificationChangeRecord r = (QualificationChangeRecord) record;
                    QualificationLedger.Assignment a = ledger.apply(row.line(), r, errors);
                    if (a == null) {
                        throw changedMeanwhile(errors.get(0).toString());
                    }
                    historySeq = a.historySeq();
                    CoverageVersionEntity v = version(r, a, today, now);
                    writer.add(v);
                    if (!v.isDeleted()) {
                        long seq = outboxBase + ++counts[1];
                        writer.add(CoverageChanges.outboxEvent(tenant, v, seq, now));
                        for (var d : CoverageChanges.deliveries(tenant, v, seq, now)) {
                            writer.add(d);
                        }
                    }
                }
                counts[0]++;
                table.bind(rows, rowBase + counts[0], checked.sha256(), row.line(), importedAt, historySeq, record);
                rows.addBatch();
                if (counts[0] % BATCH == 0) {
                    rows.executeBatch();
                    if (writer != null) {
                        writer.flush();
                    }
                }
                tick(progress, Phase.STORING, counts[0]);
            }));
            rows.executeBatch();
            if (writer != null) {
                writer.flush();
            }
        }
        if (!again.accepted() || !again.sha256().equals(checked.sha256())) {
            throw changedMeanwhile("the file changed while it was imported");
        }
        CoverageChanges.advanceCounter(em, "interchange_row", counts[0]);
        if (coverage) {
            CoverageChanges.advanceCounter(em, "outbox", counts[1]);
        }
        progress.rowsDone(Phase.STORING, counts[0]);
        return counts[0];
    }

    /** The coverage version a checked 資格異動 row becomes. */
    static CoverageVersionEntity version(QualificationChangeRecord r, QualificationLedger.Assignment a,
            LocalDate today, LocalDateTime now) {
        CoverageVersionEntity v = new CoverageVersionEntity();
        v.setAtenaNo(r.atenaNo());
        v.setPeriodSeq(a.periodSeq());
        v.setChangeKind((r.coverageEndDate() == null ? ChangeKind.ACQUIRED : ChangeKind.LOST).name());
        v.setNhiHouseholdNo(r.nhiHouseholdNo());
        v.setRelationshipType(a.relationship().name());
        v.setCoverageStartDate(r.coverageStartDate());
        v.setCoverageStartReason(r.coverageStartReason().name());
        // the file has no event date: the acquisition date stands for it (R2 gives the same day for most reasons)
        v.setStartEventDate(r.coverageStartDate());
        v.setStartNotifiedDate(r.startNotifiedDate());
        v.setStartLate(NotificationDeadlineRule.isLate(r.coverageStartDate(), r.startNotifiedDate()));
        if (r.coverageEndDate() != null) {
            v.setCoverageEndDate(r.coverageEndDate());
            v.setCoverageEndReason(r.coverageEndReason().name());
            v.setEndEventDate(r.coverageEndDate());
            v.setEndNotifiedDate(r.endNotifiedDate());
            v.setEndLate(NotificationDeadlineRule.isLate(r.coverageEndDate(), r.endNotifiedDate()));
        }
        v.setDeleted(r.isDeleted());
        // 処理日 of the file row is the version's transaction time; a row without one is processed today
        CoverageChanges.stamp(v, a.historySeq(), r.processedOn() != null ? r.processedOn() : today, now,
            UUID.randomUUID().toString());
        return v;
    }

    private static void tick(InterchangeProgress progress, Phase phase, long rows) {
        if (rows % InterchangeProgress.INTERVAL == 0) {
            progress.rowsDone(phase, rows);
        }
    }

    private static NhiException changedMeanwhile(String why) {
        return new NhiException("IMPORT_CONCURRENT", "nothing was stored: the file or the tenant's history changed"
            + " between checking and storing (" + why + "); import the file again");
    }

    /** The JDBC connection of the EntityManager's running transaction. */
    static Connection connection(EntityManager em) {
        Connection c = em.unwrap(Connection.class);
        if (c == null) {
            throw new IllegalStateException("no JDBC connection in the running transaction");
        }
        return c;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ImportReport read(InterchangeKind kind, Path file, Charset charset,
            Consumer<InterchangeRow<? extends InterchangeRecord>> sink) {
        try {
            return new InterchangeReader().read(file, charset, (Class) kind.recordType(), (Consumer) sink);
        } catch (IOException e) {
            throw new NhiException("IMPORT_IO", "cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new NhiException("IMPORT_CHARSET", e.getMessage(), e);
        }
    }

    /** JDBC work inside lambdas. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run() throws SQLException;
    }

    /** JDBC work without a result. */
    @FunctionalInterface
    interface SqlAction {
        void run() throws SQLException;
    }

    static <T> T sql(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new NhiException("STORE", "the tenant store failed: " + e.getMessage(), e);
        }
    }

    static void sql(SqlAction work) {
        sql(() -> {
            work.run();
            return null;
        });
    }
}
