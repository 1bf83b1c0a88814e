package jp.openkokuho.nhi.linkage.internal.highcost;

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
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jp.openkokuho.nhi.api.audit.OperationGuard;
import jp.openkokuho.nhi.api.eligibility.CoveragePeriod;
import jp.openkokuho.nhi.api.eligibility.EligibilityService;
import jp.openkokuho.nhi.api.eligibility.RelationshipType;
import jp.openkokuho.nhi.api.linkage.AgeGroup;
import jp.openkokuho.nhi.api.linkage.CarryOverCase;
import jp.openkokuho.nhi.api.linkage.CarryOverState;
import jp.openkokuho.nhi.api.linkage.ContinuityVerdict;
import jp.openkokuho.nhi.api.linkage.HighCostAssessment;
import jp.openkokuho.nhi.api.linkage.HighCostCarryOverService;
import jp.openkokuho.nhi.api.linkage.HighCostMonthKind;
import jp.openkokuho.nhi.api.linkage.ImportReport;
import jp.openkokuho.nhi.api.linkage.LinkageException;
import jp.openkokuho.nhi.api.linkage.MemberChangeCause;
import jp.openkokuho.nhi.api.linkage.PersonMove;
import jp.openkokuho.nhi.api.privacy.Masking;
import jp.openkokuho.nhi.api.tenant.TenantService;
import jp.openkokuho.nhi.linkage.internal.Hashes;
import jp.openkokuho.nhi.linkage.internal.ImportLog;
import jp.openkokuho.nhi.linkage.internal.highcost.HouseholdContinuityJudge.Household;
import jp.openkokuho.nhi.linkage.internal.highcost.HouseholdContinuityJudge.Proposal;
import jp.openkokuho.nhi.linkage.internal.LinkageOperations;
import jp.openkokuho.nhi.linkage.internal.store.LinkageStore;
import jp.openkokuho.nhi.linkage.internal.store.LinkageStores;

/** {@link HighCostCarryOverService} on the tenant's linkage store; reads coverage only through the API. */
@Component(service = HighCostCarryOverService.class)
public class HighCostCarryOverServiceImpl implements HighCostCarryOverService {
    private static final String OWN = "OWN";
    private static final String CARRIED = "CARRIED";
    private static final String CASE_COLUMNS = "case_id, incoming_household_no, outgoing_municipality_code, "
        + "outgoing_household_no, move_date, proposal, criteria, proposal_reason, state, decision_reason, decided_by, "
        + "decided_at";

    private final EligibilityService eligibility;
    private final TenantService tenants;
    private final LinkageStores stores;
    private final OperationGuard guard;
    private final HighCostLimitTable table;
    private final Clock clock;

    /**
     * @param eligibility the core
     * @param tenants the tenants
     * @param stores linkage stores
     * @param guard authorises and logs every operation in the municipality\'s operation log
     */
    @Activate
    public HighCostCarryOverServiceImpl(@Reference EligibilityService eligibility, @Reference TenantService tenants,
            @Reference LinkageStores stores, @Reference OperationGuard guard) {
        this(eligibility, tenants, stores, guard, HighCostLimitTable.bundled(), Clock.systemUTC());
    }

    /**
     * @param eligibility the core
     * @param tenants the tenants
     * @param stores linkage stores
     * @param guard authorises and logs every operation in the municipality\'s operation log
     * @param table the 高額療養費 limit table
     * @param clock time source
     */
    public HighCostCarryOverServiceImpl(EligibilityService eligibility, TenantService tenants, LinkageStores stores, OperationGuard guard,
            HighCostLimitTable table, Clock clock) {
        this.eligibility = eligibility;
        this.tenants = tenants;
        this.stores = stores;
        this.guard = guard;
        this.table = table;
        this.clock = clock;
    }

    @Override
    public CarryOverCase detectCandidate(String tenantCode, String outgoingTenantCode, LocalDate moveDate,
            List<PersonMove> moves) {
        return guard.call(tenantCode, LinkageOperations.HIGHCOST_DETECT, null, () -> detectCandidateUnguarded(tenantCode, outgoingTenantCode, moveDate, moves));
    }

    private CarryOverCase detectCandidateUnguarded(String tenantCode, String outgoingTenantCode, LocalDate moveDate,
            List<PersonMove> moves) {
        tenants.require(tenantCode);
        tenants.require(outgoingTenantCode);
        if (moves == null || moves.isEmpty()) {
            throw new LinkageException("R8", "a household move needs at least one person");
        }
        Map<String, MemberChangeCause> causes = new HashMap<>();
        Set<String> before = new HashSet<>();
        Set<String> after = new HashSet<>();
        String headBefore = null;
        String headAfter = null;
        String householdBefore = null;
        String householdAfter = null;
        for (int i = 0; i < moves.size(); i++) {
            PersonMove m = moves.get(i);
            String key = "P" + i;
            if (m.cause() != null) {
                causes.put(key, m.cause());
            }
            if (m.outgoingAtenaNo() != null) {
                CoveragePeriod p = coveredOn(outgoingTenantCode, m.outgoingAtenaNo(), moveDate.minusDays(1));
                before.add(key);
                if (p.relationship() == RelationshipType.HEAD) {
                    headBefore = key;
                    householdBefore = p.nhiHouseholdNo();
                }
            }
            if (m.incomingAtenaNo() != null) {
                CoveragePeriod p = coveredOn(tenantCode, m.incomingAtenaNo(), moveDate);
                after.add(key);
                if (p.relationship() == RelationshipType.HEAD) {
                    headAfter = key;
                    householdAfter = p.nhiHouseholdNo();
                }
            }
        }
        if (headBefore == null || headAfter == null) {
            throw new LinkageException("R8", "no 世帯主 among the persons given on the "
                + (headBefore == null ? "転出地 (" + outgoingTenantCode + ")" : "転入地 (" + tenantCode + ")") + " side");
        }
        boolean samePrefecture = tenantCode.substring(0, 2).equals(outgoingTenantCode.substring(0, 2));
        Proposal proposal = HouseholdContinuityJudge.judge(samePrefecture, new Household(headBefore, before),
            new Household(headAfter, after), causes);
        CarryOverState state = proposal.verdict() == ContinuityVerdict.OUT_OF_PREFECTURE
            ? CarryOverState.DETECTED : CarryOverState.CANDIDATE;
        String hhBefore = householdBefore;
        String hhAfter = householdAfter;
        return store(tenantCode).inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO carry_over_case (incoming_household_no, "
                    + "outgoing_municipality_code, outgoing_household_no, move_date, proposal, criteria, proposal_reason, "
                    + "state, created_at) VALUES (?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, hhAfter);
                ps.setString(2, outgoingTenantCode);
                ps.setString(3, hhBefore);
                ps.setDate(4, Date.valueOf(moveDate));
                ps.setString(5, proposal.verdict().name());
                ps.setString(6, proposal.criteria().stream().map(String::valueOf).collect(Collectors.joining(",")));
                ps.setString(7, proposal.reason());
                ps.setString(8, state.name());
                ps.setTimestamp(9, Timestamp.from(clock.instant()));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return load(c, keys.getLong(1));
                }
            }
        });
    }

    @Override
    public List<CarryOverCase> cases(String tenantCode) {
        return guard.call(tenantCode, LinkageOperations.HIGHCOST_CASES, null, () -> casesUnguarded(tenantCode));
    }

    private List<CarryOverCase> casesUnguarded(String tenantCode) {
        tenants.require(tenantCode);
        return store(tenantCode).inTransaction(c -> {
            List<CarryOverCase> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + CASE_COLUMNS
                    + " FROM carry_over_case ORDER BY case_id DESC"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
            return out;
        });
    }

    @Override
    public CarryOverCase decide(String tenantCode, long caseId, boolean accept, String reason, String staffId) {
        return guard.call(tenantCode, LinkageOperations.HIGHCOST_DECIDE, null, () -> decideUnguarded(tenantCode, caseId, accept, reason, staffId));
    }

    private CarryOverCase decideUnguarded(String tenantCode, long caseId, boolean accept, String reason, String staffId) {
        tenants.require(tenantCode);
        if (reason == null || reason.isBlank()) {
            throw new LinkageException("R8", "a judgement on 高額該当引継ぎ case " + caseId + " needs a reason");
        }
        if (staffId == null || staffId.isBlank()) {
            throw new LinkageException("R8", "a judgement on 高額該当引継ぎ case " + caseId + " needs the staff id");
        }
        return store(tenantCode).inTransaction(c -> {
            CarryOverCase current = load(c, caseId);
            CarryOverState to = CarryOverTransitions.require(caseId, current.state(),
                accept ? CarryOverState.ACCEPTED : CarryOverState.REJECTED);
            try (PreparedStatement ps = c.prepareStatement("UPDATE carry_over_case SET state = ?, decision_reason = ?, "
                    + "decided_by = ?, decided_at = ? WHERE case_id = ?")) {
                ps.setString(1, to.name());
                ps.setString(2, reason.strip());
                ps.setString(3, staffId.strip());
                ps.setTimestamp(4, Timestamp.from(clock.instant()));
                ps.setLong(5, caseId);
                ps.executeUpdate();
            }
            return load(c, caseId);
        });
    }

    @Override
    public CarryOverCase confirm(String tenantCode, long caseId) {
        return guard.call(tenantCode, LinkageOperations.HIGHCOST_CONFIRM, null, () -> confirmUnguarded(tenantCode, caseId));
    }

    private CarryOverCase confirmUnguarded(String tenantCode, long caseId) {
        tenants.require(tenantCode);
        return store(tenantCode).inTransaction(c -> {
            CarryOverCase current = load(c, caseId);
            setState(c, caseId, CarryOverTransitions.require(caseId, current.state(), CarryOverState.CONFIRMED));
            return load(c, caseId);
        });
    }

    @Override
    public ImportReport importOutgoingHistory(String tenantCode, String fileName, byte[] content) {
        return guard.call(tenantCode, LinkageOperations.HIGHCOST_IMPORT, null, () -> importOutgoingHistoryUnguarded(tenantCode, fileName, content));
    }

    private ImportReport importOutgoingHistoryUnguarded(String tenantCode, String fileName, byte[] content) {
        tenants.require(tenantCode);
        List<OutgoingHighCostHistoryFile.Row> rows = OutgoingHighCostHistoryFile.parse(fileName, content);
        String sha = Hashes.sha256(content);
        return store(tenantCode).inTransaction(c -> {
            List<String> rejected = new ArrayList<>();
            int accepted = 0;
            for (OutgoingHighCostHistoryFile.Row r : rows) {
                if (!r.incomingMunicipalityCode().equals(tenantCode)) {
                    rejected.add(fileName + " line " + r.line() + ": 転入地市町村コード " + r.incomingMunicipalityCode()
                        + " is not this municipality (" + tenantCode + ")");
                    continue;
                }
                Long caseId = confirmedCase(c, r);
                if (caseId == null) {
                    rejected.add(fileName + " line " + r.line() + ": no confirmed 継続世帯 for 転入地国保世帯番号 "
                        + r.incomingHouseholdNo() + " from " + r.outgoingMunicipalityCode() + " 世帯 "
                        + r.outgoingHouseholdNo() + " (R8)");
                    continue;
                }
                if (insertMonth(c, r.incomingHouseholdNo(), r.serviceMonth(), r.kind(), CARRIED, caseId)) {
                    accepted++;
                }
                setState(c, caseId, CarryOverState.HISTORY_RECEIVED);
            }
            return ImportLog.record(c, "OUTGOING_HIGH_COST", new ImportReport(fileName, sha, accepted, List.of(),
                rejected), clock.instant());
        });
    }

    @Override
    public void recordHighCostMonth(String tenantCode, String householdNo, YearMonth serviceMonth,
            HighCostMonthKind kind) {
        guard.call(tenantCode, LinkageOperations.HIGHCOST_RECORD_MONTH, null, () -> {
            recordHighCostMonthUnguarded(tenantCode, householdNo, serviceMonth, kind);
            return null;
        });
    }

    private void recordHighCostMonthUnguarded(String tenantCode, String householdNo, YearMonth serviceMonth,
            HighCostMonthKind kind) {
        tenants.require(tenantCode);
        if (householdNo == null || householdNo.isBlank() || serviceMonth == null || kind == null) {
            throw new LinkageException("R9", "a 高額該当月 needs the 国保世帯番号, the 診療月 and the kind");
        }
        store(tenantCode).inTransaction(c -> insertMonth(c, householdNo, serviceMonth, kind, OWN, 0L));
    }

    @Override
    public HighCostAssessment assess(String tenantCode, String householdNo, YearMonth serviceMonth, AgeGroup ageGroup,
            String incomeCategory, long medicalCostYen) {
        return guard.call(tenantCode, LinkageOperations.HIGHCOST_ASSESS, null, () -> assessUnguarded(tenantCode, householdNo, serviceMonth, ageGroup, incomeCategory, medicalCostYen));
    }

    private HighCostAssessment assessUnguarded(String tenantCode, String householdNo, YearMonth serviceMonth, AgeGroup ageGroup,
            String incomeCategory, long medicalCostYen) {
        tenants.require(tenantCode);
        return store(tenantCode).inTransaction(c -> {
            List<YearMonth> own = new ArrayList<>();
            List<YearMonth> carried = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT m.service_month, m.source FROM high_cost_month m "
                    + "LEFT JOIN carry_over_case k ON k.case_id = m.case_id WHERE m.household_no = ? AND m.kind = ? "
                    + "AND (m.source = 'OWN' OR k.state = 'HISTORY_RECEIVED')")) {
                ps.setString(1, householdNo);
                ps.setString(2, HighCostMonthKind.HOUSEHOLD.name());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        (OWN.equals(rs.getString(2)) ? own : carried).add(YearMonth.parse(rs.getString(1)));
                    }
                }
            }
            boolean half = false;
            try (PreparedStatement ps = c.prepareStatement("SELECT move_date FROM carry_over_case WHERE "
                    + "incoming_household_no = ? AND state IN ('CONFIRMED', 'HISTORY_RECEIVED')")) {
                ps.setString(1, householdNo);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        half |= YearMonth.from(rs.getDate(1).toLocalDate()).equals(serviceMonth);
                    }
                }
            }
            List<YearMonth> counted = MultipleOccurrence.countedMonths(serviceMonth, own, carried);
            boolean multiple = MultipleOccurrence.isMultiple(counted);
            HighCostLimitTable.Limit limit = table.limit(ageGroup, incomeCategory, serviceMonth, medicalCostYen,
                multiple, half);
            return new HighCostAssessment(householdNo, serviceMonth, ageGroup, incomeCategory, counted, multiple, half,
                limit.limitYen(), limit.aggregationThresholdYen());
        });
    }

    private CoveragePeriod coveredOn(String tenantCode, String atenaNo, LocalDate day) {
        return eligibility.periods(tenantCode, atenaNo).stream().filter(p -> p.covers(day)).findFirst()
            .orElseThrow(() -> new LinkageException("R8", "宛名番号 " + Masking.atenaNumber(atenaNo)
                + " has no NHI coverage in " + tenantCode + " on " + day));
    }

    private LinkageStore store(String tenantCode) {
        return stores.forTenant(tenantCode);
    }

    private static boolean insertMonth(Connection c, String householdNo, YearMonth month, HighCostMonthKind kind,
            String source, long caseId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM high_cost_month WHERE household_no = ? AND "
                + "service_month = ? AND kind = ? AND source = ? AND case_id = ?");
                ResultSet rs = bindMonth(q, householdNo, month, kind, source, caseId).executeQuery()) {
            if (rs.next()) {
                return false;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO high_cost_month (household_no, service_month, kind, "
                + "source, case_id) VALUES (?,?,?,?,?)")) {
            bindMonth(ps, householdNo, month, kind, source, caseId).executeUpdate();
        }
        return true;
    }

    private static PreparedStatement bindMonth(PreparedStatement ps, String householdNo, YearMonth month,
            HighCostMonthKind kind, String source, long caseId) throws SQLException {
        ps.setString(1, householdNo);
        ps.setString(2, month.toString());
        ps.setString(3, kind.name());
        ps.setString(4, source);
        ps.setLong(5, caseId);
        return ps;
    }

    private static Long confirmedCase(Connection c, OutgoingHighCostHistoryFile.Row r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT case_id FROM carry_over_case WHERE incoming_household_no = ? "
                + "AND outgoing_municipality_code = ? AND outgoing_household_no = ? AND state IN ('CONFIRMED', "
                + "'HISTORY_RECEIVED') ORDER BY case_id DESC")) {
            ps.setString(1, r.incomingHouseholdNo());
            ps.setString(2, r.outgoingMunicipalityCode());
            ps.setString(3, r.outgoingHouseholdNo());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static void setState(Connection c, long caseId, CarryOverState state) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE carry_over_case SET state = ? WHERE case_id = ?")) {
            ps.setString(1, state.name());
            ps.setLong(2, caseId);
            ps.executeUpdate();
        }
    }

    private static CarryOverCase load(Connection c, long caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + CASE_COLUMNS + " FROM carry_over_case WHERE case_id = ?")) {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new LinkageException("UNKNOWN_CASE", "no 高額該当引継ぎ case " + caseId);
                }
                return row(rs);
            }
        }
    }

    private static CarryOverCase row(ResultSet rs) throws SQLException {
        String criteria = rs.getString(7);
        List<Integer> list = criteria.isEmpty() ? List.of()
            : Arrays.stream(criteria.split(",")).map(Integer::valueOf).toList();
        Timestamp decidedAt = rs.getTimestamp(12);
        return new CarryOverCase(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getDate(5).toLocalDate(), ContinuityVerdict.valueOf(rs.getString(6)), list, rs.getString(8),
            CarryOverState.valueOf(rs.getString(9)), rs.getString(10), rs.getString(11),
            decidedAt == null ? null : decidedAt.toInstant());
    }
}
