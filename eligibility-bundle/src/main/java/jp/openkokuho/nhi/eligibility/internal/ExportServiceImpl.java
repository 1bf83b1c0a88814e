package jp.openkokuho.nhi.eligibility.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jp.openkokuho.nhi.api.NhiException;
import jp.openkokuho.nhi.api.eligibility.AcquisitionReason;
import jp.openkokuho.nhi.api.eligibility.LossReason;
import jp.openkokuho.nhi.api.eligibility.RelationshipType;
import jp.openkokuho.nhi.api.interchange.ExportResult;
import jp.openkokuho.nhi.api.interchange.ExportService;
import jp.openkokuho.nhi.api.interchange.InterchangeFileKind;
import jp.openkokuho.nhi.api.interchange.InterchangeProgress;
import jp.openkokuho.nhi.eligibility.internal.interchange.InterchangeCharsets;
import jp.openkokuho.nhi.eligibility.internal.interchange.InterchangeExportException;
import jp.openkokuho.nhi.eligibility.internal.interchange.InterchangeKind;
import jp.openkokuho.nhi.eligibility.internal.interchange.InterchangeRecord;
import jp.openkokuho.nhi.eligibility.internal.interchange.InterchangeWriter;
import jp.openkokuho.nhi.eligibility.internal.security.AccessGuard;
import jp.openkokuho.nhi.eligibility.internal.security.Operation;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantRegistry;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/**
 * {@link ExportService} over {@link InterchangeWriter}: streams the stored rows from a database cursor into the
 * writer (atomic temporary file + move), in one read transaction of the tenant store, so memory does not grow with
 * the number of rows.
 *
 * <p>What is written: the rows of the kind's table in order of arrival (V5 tables; 在留資格 by 宛名番号 and sequence).
 * The 資格異動ファイル also gets, after the imported rows, one row per coverage version that staff recorded through
 * {@link EligibilityServiceImpl} (no imported row), by 宛名番号 and 履歴番号, with the items a version has. Importing
 * the file into another tenant stores exactly these rows, so its export is byte-identical.
 */
@Component(service = ExportService.class)
public class ExportServiceImpl implements ExportService {
    private final TenantRegistry tenants;

    private static final int MAX_PURPOSE = 180;

    private final AccessGuard guard;

    /**
     * @param tenants the open tenant stores
     * @param guard authorises and logs every operation
     */
    @Activate
    public ExportServiceImpl(@Reference TenantRegistry tenants, @Reference AccessGuard guard) {
        this.tenants = tenants;
        this.guard = guard;
    }

    @Override
    public ExportResult exportFile(String tenantCode, InterchangeFileKind kind, Path file, Charset charset,
            String purpose, InterchangeProgress progress) {
        String why = purpose == null ? "" : purpose.strip();
        boolean stated = !why.isEmpty() && why.length() <= MAX_PURPOSE
            && why.codePoints().noneMatch(Character::isISOControl);
        // the entry carries the purpose the supervisor gave; a missing one is logged as such and refused
        String logged = Operation.EXPORT_FILE.purpose() + ": " + (stated ? why : "（利用目的の記載なし）");
        return guard.call(tenantCode, Operation.EXPORT_FILE, null, logged,
            List.of(Operation.EXPORT_FILE.items().get(0) + "." + kind.name().toLowerCase(java.util.Locale.ROOT)), () -> {
                if (!stated) {
                    throw new IllegalArgumentException("a bulk export needs its purpose (利用目的): 1 to "
                        + MAX_PURPOSE + " characters of text");
                }
                return export(tenantCode, kind, file, charset, progress);
            });
    }

    private ExportResult export(String tenantCode, InterchangeFileKind kind, Path file, Charset charset,
            InterchangeProgress progress) {
        TenantStore store = tenants.store(tenantCode);
        InterchangeWriter writer;
        try {
            writer = new InterchangeWriter(charset, false);
        } catch (IllegalArgumentException e) {
            throw new NhiException("EXPORT_CHARSET", e.getMessage() + "; use UTF-8 or Windows-31J", e);
        }
        InterchangeKind k = InterchangeKind.valueOf(kind.name());
        @SuppressWarnings("unchecked")
        Class<InterchangeRecord> type = (Class<InterchangeRecord>) (Class<?>) k.recordType();
        long rows = store.read(em -> {
            Connection c = InterchangeImport.connection(em);
            try (Cursor cursor = new Cursor(c, queries(k), progress)) {
                return writer.write(file, type, cursor);
            } catch (InterchangeExportException e) {
                throw new NhiException("EXPORT_VALUE", e.getMessage() + "; nothing written", e);
            } catch (IOException e) {
                throw new NhiException("EXPORT_IO", "cannot write " + file.getFileName() + ": " + e.getMessage(), e);
            } catch (SQLException e) {
                throw new NhiException("STORE", "the tenant store failed: " + e.getMessage(), e);
            }
        });
        progress.rowsDone(InterchangeProgress.Phase.EXPORTING, rows);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long bytes;
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
                bytes = in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return new ExportResult(String.valueOf(file.getFileName()), kind,
                InterchangeCharsets.requireSupported(charset).name(), rows, bytes,
                HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new NhiException("EXPORT_IO", "cannot read back " + file.getFileName() + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A query and how one of its rows becomes a record. */
    private record Query(String sql, RowMapper mapper) {
    }

    @FunctionalInterface
    private interface RowMapper {
        InterchangeRecord map(ResultSet rs) throws SQLException;
    }

    private static List<Query> queries(InterchangeKind kind) {
        return switch (kind) {
            case RESIDENCE_STATUS -> List.of(new Query("SELECT ATENA_NO, RESIDENCE_STATUS_CODE, RESIDENCE_EXPIRY_DATE"
                + " FROM NHI_RESIDENCE_STATUS ORDER BY ATENA_NO, SEQ",
                rs -> kind.record(rs.getString(1), rs.getString(2), localDate(rs.getDate(3)))));
            case QUALIFICATION_CHANGE -> {
                InterchangeTable t = InterchangeTable.QUALIFICATION_CHANGE;
                yield List.of(new Query(t.selectSql(), t::read), new Query("SELECT v.ATENA_NO, v.HISTORY_SEQ,"
                    + " v.NHI_HOUSEHOLD_NO, v.RELATIONSHIP_TYPE, v.COVERAGE_START_DATE, v.COVERAGE_START_REASON,"
                    + " v.START_NOTIFIED_DATE, v.COVERAGE_END_DATE, v.COVERAGE_END_REASON, v.END_NOTIFIED_DATE,"
                    + " v.START_EVENT_DATE, v.END_EVENT_DATE, v.IS_DELETED, v.PROCESSED_ON FROM NHI_COVERAGE_VERSION v"
                    + " WHERE NOT EXISTS (SELECT 1 FROM NHI_QUALIFICATION_CHANGE q WHERE q.ATENA_NO = v.ATENA_NO"
                    + " AND q.COVERAGE_HISTORY_SEQ = v.HISTORY_SEQ) ORDER BY v.ATENA_NO, v.HISTORY_SEQ",
                    ExportServiceImpl::recordedVersion));
            }
            default -> {
                InterchangeTable t = InterchangeTable.of(kind);
                yield List.of(new Query(t.selectSql(), t::read));
            }
        };
    }

    /** A coverage version recorded by staff as a 資格異動 row: the items a version has, the others empty. */
    private static InterchangeRecord recordedVersion(ResultSet rs) throws SQLException {
        Object[] v = new Object[InterchangeKind.QUALIFICATION_CHANGE.items().size()];
        v[0] = rs.getString(3);
        v[2] = rs.getString(1);
        v[3] = rs.getInt(2);
        v[5] = QualificationLedger.relationshipCode(RelationshipType.valueOf(rs.getString(4)));
        v[12] = localDate(rs.getDate(5));
        v[14] = AcquisitionReason.valueOf(rs.getString(6));
        v[15] = localDate(rs.getDate(7));
        v[16] = localDate(rs.getDate(8));
        String endReason = rs.getString(9);
        v[18] = endReason == null ? null : LossReason.valueOf(endReason);
        v[19] = localDate(rs.getDate(10));
        // 異動日: the event of the version's change (the loss if it has one, else the acquisition)
        v[20] = v[16] != null ? localDate(rs.getDate(12)) : localDate(rs.getDate(11));
        v[45] = rs.getBoolean(13);
        v[47] = localDate(rs.getDate(14));
        return InterchangeKind.QUALIFICATION_CHANGE.record(v);
    }

    private static java.time.LocalDate localDate(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    /** The rows of one or more queries, one after the other, read once; opens each query when it is reached. */
    private static final class Cursor implements Iterable<InterchangeRecord>, Iterator<InterchangeRecord>,
            AutoCloseable {
        private final Connection connection;
        private final Iterator<Query> queries;
        private final InterchangeProgress progress;
        private Query query;
        private PreparedStatement statement;
        private ResultSet rs;
        private Boolean ready;
        private long count;

        Cursor(Connection connection, List<Query> queries, InterchangeProgress progress) {
            this.connection = connection;
            this.queries = queries.iterator();
            this.progress = progress;
        }

        @Override
        public Iterator<InterchangeRecord> iterator() {
            return this;
        }

        @Override
        public boolean hasNext() {
            if (ready == null) {
                ready = InterchangeImport.sql(this::advance);
            }
            return ready;
        }

        private boolean advance() throws SQLException {
            while (true) {
                if (rs != null && rs.next()) {
                    return true;
                }
                closeQuery();
                if (!queries.hasNext()) {
                    return false;
                }
                query = queries.next();
                statement = connection.prepareStatement(query.sql());
                statement.setFetchSize(InterchangeImport.BATCH);
                rs = statement.executeQuery();
            }
        }

        @Override
        public InterchangeRecord next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ready = null;
            InterchangeRecord r = InterchangeImport.sql(() -> query.mapper().map(rs));
            if (++count % InterchangeProgress.INTERVAL == 0) {
                progress.rowsDone(InterchangeProgress.Phase.EXPORTING, count);
            }
            return r;
        }

        private void closeQuery() throws SQLException {
            try (PreparedStatement s = statement; ResultSet r = rs) {
                statement = null;
                rs = null;
            }
        }

        @Override
        public void close() throws SQLException {
            closeQuery();
        }
    }
}
