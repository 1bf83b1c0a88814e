package jp.openkokuho.nhi.linkage.internal.continuity;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jp.openkokuho.nhi.api.audit.OperationGuard;
import jp.openkokuho.nhi.api.eligibility.CorrectionRequest;
import jp.openkokuho.nhi.api.eligibility.CoveragePeriod;
import jp.openkokuho.nhi.api.eligibility.EligibilityService;
import jp.openkokuho.nhi.api.linkage.ContinuityFinding;
import jp.openkokuho.nhi.api.linkage.ContinuityService;
import jp.openkokuho.nhi.api.linkage.LinkageException;
import jp.openkokuho.nhi.api.linkage.MoveOutCorrection;
import jp.openkokuho.nhi.api.privacy.Masking;
import jp.openkokuho.nhi.api.tenant.TenantService;
import jp.openkokuho.nhi.linkage.internal.ContinuityCheck;
import jp.openkokuho.nhi.linkage.internal.LinkageOperations;
import jp.openkokuho.nhi.linkage.internal.store.LinkageStore;
import jp.openkokuho.nhi.linkage.internal.store.LinkageStores;

/**
 * {@link ContinuityService}: R7 checks reported to both tenants, R6 corrections applied to the core's history.
 * A check writes a finding into both tenants' linkage stores, so the caller must be allowed the operation in both:
 * the guard is called for the 転出地 and, inside it, for the 転入地, and the work runs only when both allow it (a
 * refusal is logged in the refusing tenant's operation log).
 */
@Component(service = ContinuityService.class)
public class ContinuityServiceImpl implements ContinuityService {
    /** Source of findings computed from two tenants of this installation. */
    public static final String TENANTS = "TENANTS";

    private final EligibilityService eligibility;
    private final TenantService tenants;
    private final LinkageStores stores;
    private final OperationGuard guard;
    private final Clock clock;

    /**
     * @param eligibility the core
     * @param tenants the tenants
     * @param stores linkage stores
     * @param guard authorises and logs every operation in the municipality\'s operation log
     */
    @Activate
    public ContinuityServiceImpl(@Reference EligibilityService eligibility, @Reference TenantService tenants,
            @Reference LinkageStores stores, @Reference OperationGuard guard) {
        this(eligibility, tenants, stores, guard, Clock.systemUTC());
    }

    /**
     * @param eligibility the core
     * @param tenants the tenants
     * @param stores linkage stores
     * @param guard authorises and logs every operation in the municipality\'s operation log
     * @param clock time source
     */
    public ContinuityServiceImpl(EligibilityService eligibility, TenantService tenants, LinkageStores stores, OperationGuard guard,
            Clock clock) {
        this.eligibility = eligibility;
        this.tenants = tenants;
        this.stores = stores;
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    public ContinuityFinding checkMove(String tenantCode, String atenaNo, String incomingTenantCode,
            String incomingAtenaNo) {
        return guard.call(tenantCode, LinkageOperations.CONTINUITY_CHECK, atenaNo,
            () -> guard.call(incomingTenantCode, LinkageOperations.CONTINUITY_CHECK, incomingAtenaNo,
                () -> checkMoveUnguarded(tenantCode, atenaNo, incomingTenantCode, incomingAtenaNo)));
    }

    private ContinuityFinding checkMoveUnguarded(String tenantCode, String atenaNo, String incomingTenantCode,
            String incomingAtenaNo) {
        tenants.require(tenantCode);
        tenants.require(incomingTenantCode);
        if (!tenantCode.substring(0, 2).equals(incomingTenantCode.substring(0, 2))) {
            throw new LinkageException("R7", tenantCode + " and " + incomingTenantCode
                + " are in different prefectures: a real loss and acquisition (R3), no 資格継続");
        }
        CoveragePeriod old = lastEnded(tenantCode, atenaNo);
        CoveragePeriod next = eligibility.periods(incomingTenantCode, incomingAtenaNo).stream()
            .min(Comparator.comparingLong(p -> Math.abs(p.startDate().toEpochDay() - old.endDate().toEpochDay())))
            .orElseThrow(() -> new LinkageException("R7", "宛名番号 " + Masking.atenaNumber(incomingAtenaNo)
                + " has no coverage in " + incomingTenantCode));
        ContinuityCheck.Result r = ContinuityCheck.check(old.endDate(), next.startDate());
        Instant now = clock.instant();
        insert(stores.forTenant(incomingTenantCode), "INCOMING", incomingAtenaNo, tenantCode, atenaNo, old.endDate(),
            next.startDate(), r, TENANTS, now);
        return insert(stores.forTenant(tenantCode), "OUTGOING", atenaNo, incomingTenantCode, incomingAtenaNo,
            old.endDate(), next.startDate(), r, TENANTS, now);
    }

    @Override
    public List<ContinuityFinding> findings(String tenantCode) {
        return guard.call(tenantCode, LinkageOperations.CONTINUITY_FINDINGS, null, () -> findingsUnguarded(tenantCode));
    }

    private List<ContinuityFinding> findingsUnguarded(String tenantCode) {
        tenants.require(tenantCode);
        return stores.forTenant(tenantCode).inTransaction(c -> {
            List<ContinuityFinding> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT finding_id, side, atena_no, "
                    + "other_municipality_code, other_atena_no, coverage_end_date, coverage_start_date, kind, days, "
                    + "source, found_at FROM continuity_finding ORDER BY finding_id DESC")) {
                while (rs.next()) {
                    out.add(new ContinuityFinding(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getDate(6).toLocalDate(), rs.getDate(7).toLocalDate(), rs.getString(8),
                        rs.getInt(9), rs.getString(10), rs.getTimestamp(11).toInstant()));
                }
            }
            return out;
        });
    }

    @Override
    public MoveOutCorrection correctMoveOut(String tenantCode, String atenaNo, LocalDate confirmedDate) {
        return guard.call(tenantCode, LinkageOperations.CONTINUITY_CORRECT, atenaNo, () -> correctMoveOutUnguarded(tenantCode, atenaNo, confirmedDate));
    }

    private MoveOutCorrection correctMoveOutUnguarded(String tenantCode, String atenaNo, LocalDate confirmedDate) {
        tenants.require(tenantCode);
        CoveragePeriod old = lastEnded(tenantCode, atenaNo);
        if (old.endDate().equals(confirmedDate)) {
            throw new LinkageException("R6", "the recorded 資格喪失年月日 of 宛名番号 " + Masking.atenaNumber(atenaNo)
                + " already is " + confirmedDate);
        }
        if (!confirmedDate.isAfter(old.startDate())) {
            throw new LinkageException("R6", "転出確定日 " + confirmedDate + " is not after the 資格取得年月日 "
                + old.startDate());
        }
        List<Integer> years = FiscalYears.spanned(old.endDate(), confirmedDate);
        // the linkage record is written first and committed only after the core accepted the correction, so a
        // refused correction leaves no record; the core writes a new version of the period (history kept)
        return stores.forTenant(tenantCode).inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO move_out_correction (atena_no, planned_date, "
                    + "confirmed_date, fiscal_years, created_at) VALUES (?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, atenaNo);
                ps.setDate(2, Date.valueOf(old.endDate()));
                ps.setDate(3, Date.valueOf(confirmedDate));
                ps.setString(4, years.toString());
                ps.setTimestamp(5, Timestamp.from(clock.instant()));
                ps.executeUpdate();
                eligibility.recordCorrection(tenantCode, new CorrectionRequest(atenaNo, old.startDate(), null,
                    confirmedDate, reference(confirmedDate)));
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return new MoveOutCorrection(keys.getLong(1), atenaNo, old.endDate(), confirmedDate, years);
                }
            }
        });
    }

    /**
     * @param confirmedDate 転出確定日
     * @return the reference the core stores with the corrected version
     */
    static String reference(LocalDate confirmedDate) {
        return "R6 転出確定 " + confirmedDate;
    }

    private CoveragePeriod lastEnded(String tenantCode, String atenaNo) {
        return eligibility.periods(tenantCode, atenaNo).stream().filter(p -> p.endDate() != null)
            .reduce((a, b) -> b)
            .orElseThrow(() -> new LinkageException("R7", "宛名番号 " + Masking.atenaNumber(atenaNo)
                + " has no ended coverage in " + tenantCode));
    }

    /** Stores one finding; also used for findings from a federation file. */
    public static ContinuityFinding insert(LinkageStore store, String side, String atenaNo, String otherCode,
            String otherAtenaNo, LocalDate end, LocalDate start, ContinuityCheck.Result r, String source, Instant now) {
        return store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO continuity_finding (side, atena_no, "
                    + "other_municipality_code, other_atena_no, coverage_end_date, coverage_start_date, kind, days, "
                    + "source, found_at) VALUES (?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, side);
                ps.setString(2, atenaNo);
                ps.setString(3, otherCode);
                ps.setString(4, otherAtenaNo);
                ps.setDate(5, Date.valueOf(end));
                ps.setDate(6, Date.valueOf(start));
                ps.setString(7, r.kind().name());
                ps.setInt(8, (int) r.days());
                ps.setString(9, source);
                ps.setTimestamp(10, Timestamp.from(now));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return new ContinuityFinding(keys.getLong(1), side, atenaNo, otherCode, otherAtenaNo, end, start,
                        r.kind().name(), (int) r.days(), source, now);
                }
            }
        });
    }
}
