package jp.openkokuho.nhi.linkage.internal.duplicate;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jp.openkokuho.nhi.api.audit.OperationGuard;
import jp.openkokuho.nhi.api.linkage.DuplicateCandidate;
import jp.openkokuho.nhi.api.linkage.DuplicateCoverageService;
import jp.openkokuho.nhi.api.linkage.DuplicateStage;
import jp.openkokuho.nhi.api.linkage.ImportReport;
import jp.openkokuho.nhi.api.linkage.LinkageException;
import jp.openkokuho.nhi.api.privacy.Masking;
import jp.openkokuho.nhi.api.tenant.TenantService;
import jp.openkokuho.nhi.linkage.internal.Hashes;
import jp.openkokuho.nhi.linkage.internal.ImportLog;
import jp.openkokuho.nhi.linkage.internal.StrictCsv;
import jp.openkokuho.nhi.linkage.internal.duplicate.DuplicateCoverageCandidates.Candidate;
import jp.openkokuho.nhi.linkage.internal.duplicate.DuplicateCoverageCandidates.Entry;
import jp.openkokuho.nhi.linkage.internal.LinkageOperations;
import jp.openkokuho.nhi.linkage.internal.store.LinkageStores;

/** {@link DuplicateCoverageService} on the tenant's linkage store. */
@Component(service = DuplicateCoverageService.class)
public class DuplicateCoverageServiceImpl implements DuplicateCoverageService {
    /** 資格重複状況結果一覧, our layout version 1. */
    public static final List<String> HEADER = List.of("一覧年月", "宛名番号", "被用者保険保険者番号",
        "被用者保険資格取得日", "国保資格取得日");

    private final TenantService tenants;
    private final LinkageStores stores;
    private final OperationGuard guard;
    private final Clock clock;

    /**
     * @param tenants the tenants
     * @param stores linkage stores
     * @param guard authorises and logs every operation in the municipality\'s operation log
     */
    @Activate
    public DuplicateCoverageServiceImpl(@Reference TenantService tenants, @Reference LinkageStores stores, @Reference OperationGuard guard) {
        this(tenants, stores, guard, Clock.systemUTC());
    }

    /**
     * @param tenants the tenants
     * @param stores linkage stores
     * @param guard authorises and logs every operation in the municipality\'s operation log
     * @param clock time source
     */
    public DuplicateCoverageServiceImpl(TenantService tenants, LinkageStores stores, OperationGuard guard, Clock clock) {
        this.tenants = tenants;
        this.stores = stores;
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    public ImportReport importDuplicateList(String tenantCode, String fileName, byte[] content) {
        return guard.call(tenantCode, LinkageOperations.DUPLICATE_IMPORT, null, () -> importDuplicateListUnguarded(tenantCode, fileName, content));
    }

    private ImportReport importDuplicateListUnguarded(String tenantCode, String fileName, byte[] content) {
        tenants.require(tenantCode);
        List<Entry> entries = new ArrayList<>();
        for (StrictCsv.Row r : StrictCsv.read(fileName, content, HEADER)) {
            String insurer = r.digits(2, HEADER.get(2), 8);
            if (insurer.length() != 8) {
                throw r.bad(HEADER.get(2), "must be the 8-digit 保険者番号 of the employee insurance");
            }
            entries.add(new Entry(r.month(0, HEADER.get(0)), r.digits(1, HEADER.get(1), 20), insurer,
                r.date(3, HEADER.get(3)), r.date(4, HEADER.get(4))));
        }
        String sha = Hashes.sha256(content);
        return stores.forTenant(tenantCode).inTransaction(c -> {
            int stored = 0;
            for (Entry e : entries) {
                try (PreparedStatement del = c.prepareStatement("DELETE FROM duplicate_entry WHERE list_month = ? AND atena_no = ?")) {
                    del.setString(1, e.listMonth().toString());
                    del.setString(2, e.atenaNo());
                    del.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO duplicate_entry (list_month, atena_no, "
                        + "employee_insurer_no, employee_acquisition_date, nhi_acquisition_date) VALUES (?,?,?,?,?)")) {
                    ps.setString(1, e.listMonth().toString());
                    ps.setString(2, e.atenaNo());
                    ps.setString(3, e.employeeInsurerNo());
                    ps.setDate(4, Date.valueOf(e.employeeAcquisitionDate()));
                    ps.setDate(5, Date.valueOf(e.nhiAcquisitionDate()));
                    stored += ps.executeUpdate();
                }
            }
            return ImportLog.record(c, "DUPLICATE_COVERAGE", new ImportReport(fileName, sha, stored, List.of(),
                List.of()), clock.instant());
        });
    }

    @Override
    public List<DuplicateCandidate> candidates(String tenantCode, YearMonth latestList) {
        return guard.call(tenantCode, LinkageOperations.DUPLICATE_CANDIDATES, null, () -> candidatesUnguarded(tenantCode, latestList));
    }

    private List<DuplicateCandidate> candidatesUnguarded(String tenantCode, YearMonth latestList) {
        tenants.require(tenantCode);
        return stores.forTenant(tenantCode).inTransaction(c -> {
            List<DuplicateCandidate> out = new ArrayList<>();
            for (Candidate k : DuplicateCoverageCandidates.candidates(entries(c), latestList)) {
                out.add(withTracking(c, k));
            }
            return out;
        });
    }

    @Override
    public DuplicateCandidate advance(String tenantCode, String atenaNo, YearMonth latestList, LocalDate today) {
        return guard.call(tenantCode, LinkageOperations.DUPLICATE_ADVANCE, atenaNo, () -> advanceUnguarded(tenantCode, atenaNo, latestList, today));
    }

    private DuplicateCandidate advanceUnguarded(String tenantCode, String atenaNo, YearMonth latestList, LocalDate today) {
        tenants.require(tenantCode);
        return stores.forTenant(tenantCode).inTransaction(c -> {
            Candidate k = DuplicateCoverageCandidates.candidates(entries(c), latestList).stream()
                .filter(x -> x.atenaNo().equals(atenaNo)).findFirst()
                .orElseThrow(() -> new LinkageException("R5", "宛名番号 " + Masking.atenaNumber(atenaNo)
                    + " is not a 資格重複 candidate on the list of " + latestList));
            DuplicateCandidate now = withTracking(c, k);
            if (now.noticeDeadline() != null && !today.isAfter(now.noticeDeadline())) {
                throw new LinkageException("R5", "the reply deadline " + now.noticeDeadline() + " has not passed");
            }
            DuplicateStage next;
            LocalDate deadline;
            switch (now.stage()) {
                case CANDIDATE -> {
                    next = DuplicateStage.NOTIFIED;
                    deadline = DuplicateCoverageCandidates.noticeDeadline(today, false);
                }
                case NOTIFIED -> {
                    next = DuplicateStage.RENOTIFIED;
                    deadline = DuplicateCoverageCandidates.noticeDeadline(today, true);
                }
                case RENOTIFIED -> {
                    next = DuplicateStage.LOSS_PROPOSED;
                    deadline = null;
                }
                default -> throw new LinkageException("R5", "職権喪失 is already proposed for 宛名番号 "
                    + Masking.atenaNumber(atenaNo));
            }
            try (PreparedStatement del = c.prepareStatement("DELETE FROM duplicate_tracking WHERE atena_no = ?")) {
                del.setString(1, atenaNo);
                del.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO duplicate_tracking (atena_no, stage, notice_sent, "
                    + "notice_deadline, updated_at) VALUES (?,?,?,?,?)")) {
                ps.setString(1, atenaNo);
                ps.setString(2, next.name());
                ps.setDate(3, Date.valueOf(today));
                ps.setDate(4, deadline == null ? null : Date.valueOf(deadline));
                ps.setTimestamp(5, Timestamp.from(clock.instant()));
                ps.executeUpdate();
            }
            return new DuplicateCandidate(k.atenaNo(), k.employeeInsurerNo(), k.consecutiveLists(),
                k.proposedLossDate(), next, deadline);
        });
    }

    private static List<Entry> entries(Connection c) throws SQLException {
        List<Entry> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT list_month, atena_no, "
                + "employee_insurer_no, employee_acquisition_date, nhi_acquisition_date FROM duplicate_entry")) {
            while (rs.next()) {
                out.add(new Entry(YearMonth.parse(rs.getString(1)), rs.getString(2), rs.getString(3),
                    rs.getDate(4).toLocalDate(), rs.getDate(5).toLocalDate()));
            }
        }
        return out;
    }

    private static DuplicateCandidate withTracking(Connection c, Candidate k) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT stage, notice_deadline FROM duplicate_tracking WHERE atena_no = ?")) {
            ps.setString(1, k.atenaNo());
            try (ResultSet rs = ps.executeQuery()) {
                DuplicateStage stage = DuplicateStage.CANDIDATE;
                LocalDate deadline = null;
                if (rs.next()) {
                    stage = DuplicateStage.valueOf(rs.getString(1));
                    Date d = rs.getDate(2);
                    deadline = d == null ? null : d.toLocalDate();
                }
                return new DuplicateCandidate(k.atenaNo(), k.employeeInsurerNo(), k.consecutiveLists(),
                    k.proposedLossDate(), stage, deadline);
            }
        }
    }
}
