package jp.openkokuho.nhi.linkage.internal.identity;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.openkokuho.nhi.api.NhiException;
import jp.openkokuho.nhi.api.audit.OperationGuard;
import jp.openkokuho.nhi.api.eligibility.EligibilityService;
import jp.openkokuho.nhi.api.linkage.BranchAssignment;
import jp.openkokuho.nhi.api.linkage.IdentityLink;
import jp.openkokuho.nhi.api.linkage.IdentityService;
import jp.openkokuho.nhi.api.linkage.JlisItem;
import jp.openkokuho.nhi.api.linkage.JlisStatus;
import jp.openkokuho.nhi.api.linkage.LinkageException;
import jp.openkokuho.nhi.api.linkage.MyNumberFlow;
import jp.openkokuho.nhi.api.privacy.Masking;
import jp.openkokuho.nhi.api.privacy.MyNumber;
import jp.openkokuho.nhi.api.privacy.MyNumberPurpose;
import jp.openkokuho.nhi.api.privacy.MyNumberService;
import jp.openkokuho.nhi.api.tenant.TenantService;
import jp.openkokuho.nhi.linkage.internal.LinkageOperations;
import jp.openkokuho.nhi.linkage.internal.store.LinkageStore;
import jp.openkokuho.nhi.linkage.internal.store.LinkageStores;

/**
 * {@link IdentityService} on the tenant's linkage store. The individual number itself is kept by the core's
 * {@link MyNumberService} (per-tenant key, AES-GCM bound to tenant, table and row, blind index, key rotation); the
 * linkage keeps only whether a number is linked, and adds its own rule on top (R20: one number per 宛名番号 and
 * vice versa — the core alone would re-link).
 */
@Component(service = IdentityService.class)
public class IdentityServiceImpl implements IdentityService {
    private static final Logger LOG = LoggerFactory.getLogger(IdentityServiceImpl.class);
    private static final int ATENA_DIGITS = 9;

    private final EligibilityService eligibility;
    private final TenantService tenants;
    private final LinkageStores stores;
    private final OperationGuard guard;
    private final MyNumberService myNumbers;
    private final Clock clock;

    /**
     * @param eligibility the core (to skip 宛名番号 it already knows)
     * @param tenants the tenants
     * @param stores linkage stores
     * @param guard authorises and logs every operation in the municipality\'s operation log
     * @param myNumbers the core's store of individual numbers
     */
    @Activate
    public IdentityServiceImpl(@Reference EligibilityService eligibility, @Reference TenantService tenants,
            @Reference LinkageStores stores, @Reference OperationGuard guard, @Reference MyNumberService myNumbers) {
        this(eligibility, tenants, stores, guard, myNumbers, Clock.systemUTC());
    }

    /**
     * @param eligibility the core
     * @param tenants the tenants
     * @param stores linkage stores
     * @param guard authorises and logs every operation in the municipality\'s operation log
     * @param myNumbers the core's store of individual numbers
     * @param clock time source
     */
    public IdentityServiceImpl(EligibilityService eligibility, TenantService tenants, LinkageStores stores,
            OperationGuard guard, MyNumberService myNumbers, Clock clock) {
        this.eligibility = eligibility;
        this.tenants = tenants;
        this.stores = stores;
        this.guard = guard;
        this.myNumbers = myNumbers;
        this.clock = clock;
    }

    @Override
    public String issueAtenaNo(String tenantCode) {
        return guard.call(tenantCode, LinkageOperations.IDENTITY_ISSUE_ATENA_NO, null, () -> issueAtenaNoUnguarded(tenantCode));
    }

    private String issueAtenaNoUnguarded(String tenantCode) {
        tenants.require(tenantCode);
        return store(tenantCode).inTransaction(c -> {
            long next = 1;
            try (PreparedStatement ps = c.prepareStatement("SELECT next_value FROM atena_sequence WHERE seq_name = 'atena'")) {
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        next = rs.getLong(1);
                    } else {
                        try (PreparedStatement ins = c.prepareStatement(
                                "INSERT INTO atena_sequence (seq_name, next_value) VALUES ('atena', 1)")) {
                            ins.executeUpdate();
                        }
                    }
                }
            }
            String candidate = format(next);
            while (!eligibility.periods(tenantCode, candidate).isEmpty() || find(c, candidate) != null) {
                next++;
                candidate = format(next);
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE atena_sequence SET next_value = ? WHERE seq_name = 'atena'")) {
                ps.setLong(1, next + 1);
                ps.executeUpdate();
            }
            upsert(c, new Row(candidate, false, null, JlisStatus.UNCHECKED, Set.of()));
            return candidate;
        });
    }

    @Override
    public IdentityLink linkMyNumber(String tenantCode, String atenaNo, MyNumber myNumber) {
        return guard.call(tenantCode, LinkageOperations.IDENTITY_LINK_MY_NUMBER, atenaNo, () -> linkMyNumberUnguarded(tenantCode, atenaNo, myNumber));
    }

    private IdentityLink linkMyNumberUnguarded(String tenantCode, String atenaNo, MyNumber myNumber) {
        tenants.require(tenantCode);
        requireAtena(atenaNo);
        if (myNumber == null) {
            throw new LinkageException("R20", "the 個人番号 is missing");
        }
        String owner = myNumbers.findAtenaNo(tenantCode, myNumber).orElse(null);
        if (owner != null && !owner.equals(atenaNo)) {
            throw new LinkageException("R20", "this 個人番号 is already linked to 宛名番号 "
                + Masking.atenaNumber(owner) + "; unlink it there first");
        }
        return store(tenantCode).inTransaction(c -> {
            Row base = orNew(c, atenaNo);
            if (base.numberLinked() && owner == null) {
                throw new LinkageException("R20", "宛名番号 " + Masking.atenaNumber(atenaNo)
                    + " is already linked to another 個人番号");
            }
            // the core commits on its own store first; if our flag then failed to commit, linking again is harmless
            // (the core reports no change for the same number)
            myNumbers.link(tenantCode, atenaNo, myNumber);
            Row linked = new Row(atenaNo, true, base.agencyCode(), base.jlisStatus(), base.mismatches());
            upsert(c, linked);
            LOG.info("個人番号 linked to 宛名番号 {} in tenant {}", Masking.atenaNumber(atenaNo), tenantCode);
            return linked.toLink();
        });
    }

    @Override
    public Optional<String> findAtenaNo(String tenantCode, MyNumber myNumber) {
        return guard.call(tenantCode, LinkageOperations.IDENTITY_FIND, null, () -> findAtenaNoUnguarded(tenantCode, myNumber));
    }

    private Optional<String> findAtenaNoUnguarded(String tenantCode, MyNumber myNumber) {
        tenants.require(tenantCode);
        return myNumbers.findAtenaNo(tenantCode, myNumber);
    }

    @Override
    public IdentityLink registerAgencyCode(String tenantCode, String atenaNo, String agencyCode) {
        return guard.call(tenantCode, LinkageOperations.IDENTITY_AGENCY_CODE, atenaNo, () -> registerAgencyCodeUnguarded(tenantCode, atenaNo, agencyCode));
    }

    private IdentityLink registerAgencyCodeUnguarded(String tenantCode, String atenaNo, String agencyCode) {
        tenants.require(tenantCode);
        requireAtena(atenaNo);
        if (agencyCode == null || agencyCode.isBlank() || agencyCode.length() > 64) {
            throw new LinkageException("R19", "a 符号 must be 1–64 characters");
        }
        return store(tenantCode).inTransaction(c -> {
            Row row = orNew(c, atenaNo);
            Row updated = new Row(atenaNo, row.numberLinked(), agencyCode.strip(), row.jlisStatus(), row.mismatches());
            upsert(c, updated);
            return updated.toLink();
        });
    }

    @Override
    public IdentityLink identity(String tenantCode, String atenaNo) {
        return guard.call(tenantCode, LinkageOperations.IDENTITY_READ, atenaNo, () -> identityUnguarded(tenantCode, atenaNo));
    }

    private IdentityLink identityUnguarded(String tenantCode, String atenaNo) {
        tenants.require(tenantCode);
        Row row = store(tenantCode).inTransaction(c -> orNew(c, atenaNo));
        // a number linked in the core directly (nhi:mynumber-link) is held there, not flagged here
        return row.numberLinked() || !myNumbers.isLinked(tenantCode, atenaNo) ? row.toLink()
            : new Row(row.atenaNo(), true, row.agencyCode(), row.jlisStatus(), row.mismatches()).toLink();
    }

    @Override
    public IdentityLink recordJlisCheck(String tenantCode, String atenaNo, Set<JlisItem> mismatches) {
        return guard.call(tenantCode, LinkageOperations.IDENTITY_JLIS_CHECK, atenaNo, () -> recordJlisCheckUnguarded(tenantCode, atenaNo, mismatches));
    }

    private IdentityLink recordJlisCheckUnguarded(String tenantCode, String atenaNo, Set<JlisItem> mismatches) {
        tenants.require(tenantCode);
        requireAtena(atenaNo);
        Set<JlisItem> items = mismatches == null || mismatches.isEmpty() ? Set.of() : EnumSet.copyOf(mismatches);
        return store(tenantCode).inTransaction(c -> {
            Row row = orNew(c, atenaNo);
            Row updated = new Row(atenaNo, row.numberLinked(), row.agencyCode(),
                items.isEmpty() ? JlisStatus.VERIFIED : JlisStatus.MISMATCH, items);
            upsert(c, updated);
            try (PreparedStatement ps = c.prepareStatement("UPDATE identity_link SET jlis_checked_at = ? WHERE atena_no = ?")) {
                ps.setTimestamp(1, Timestamp.from(clock.instant()));
                ps.setString(2, atenaNo);
                ps.executeUpdate();
            }
            return updated.toLink();
        });
    }

    @Override
    public List<BranchAssignment> assignBranches(String tenantCode, String householdNo, List<String> atenaNos,
            LocalDate on) {
        return guard.call(tenantCode, LinkageOperations.IDENTITY_ASSIGN_BRANCHES, null, () -> assignBranchesUnguarded(tenantCode, householdNo, atenaNos, on));
    }

    private List<BranchAssignment> assignBranchesUnguarded(String tenantCode, String householdNo, List<String> atenaNos,
            LocalDate on) {
        tenants.require(tenantCode);
        if (householdNo == null || householdNo.isBlank() || atenaNos == null || atenaNos.isEmpty() || on == null) {
            throw new LinkageException("R17", "枝番 assignment needs the 国保世帯番号, the persons and the day");
        }
        atenaNos.forEach(IdentityServiceImpl::requireAtena);
        return store(tenantCode).inTransaction(c -> {
            Map<String, BranchAssignment> existing = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT atena_no, branch_no, assigned_on FROM "
                    + "branch_assignment WHERE household_no = ?")) {
                ps.setString(1, householdNo);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        existing.put(rs.getString(1), new BranchAssignment(householdNo, rs.getString(1),
                            rs.getString(2), rs.getDate(3).toLocalDate()));
                    }
                }
            }
            List<String> fresh = atenaNos.stream().filter(a -> !existing.containsKey(a)).toList();
            Map<String, String> assigned = BranchNumbers.assign(householdNo,
                existing.values().stream().map(BranchAssignment::branchNo).toList(), fresh);
            for (Map.Entry<String, String> e : assigned.entrySet()) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO branch_assignment (household_no, atena_no, "
                        + "branch_no, assigned_on) VALUES (?,?,?,?)")) {
                    ps.setString(1, householdNo);
                    ps.setString(2, e.getKey());
                    ps.setString(3, e.getValue());
                    ps.setDate(4, Date.valueOf(on));
                    ps.executeUpdate();
                }
                existing.put(e.getKey(), new BranchAssignment(householdNo, e.getKey(), e.getValue(), on));
            }
            List<BranchAssignment> out = new ArrayList<>();
            for (String a : atenaNos) {
                out.add(existing.get(a));
            }
            return out;
        });
    }

    @Override
    public MyNumber myNumberFor(String tenantCode, String atenaNo, MyNumberFlow flow) {
        return guard.call(tenantCode, LinkageOperations.IDENTITY_MY_NUMBER_FOR, atenaNo, () -> myNumberForUnguarded(tenantCode, atenaNo, flow));
    }

    private MyNumber myNumberForUnguarded(String tenantCode, String atenaNo, MyNumberFlow flow) {
        tenants.require(tenantCode);
        if (flow == null) {
            throw new LinkageException("R19", "the clear 個人番号 leaves the mapping only for a flow the law allows");
        }
        // asked of the core directly, so that a number linked there (nhi:mynumber-link) is found too
        MyNumber number;
        try {
            number = myNumbers.reveal(tenantCode, atenaNo, purpose(flow));
        } catch (NhiException e) {
            if ("MY_NUMBER_NOT_LINKED".equals(e.code())) {
                throw new LinkageException("R20", "宛名番号 " + Masking.atenaNumber(atenaNo) + " has no linked 個人番号");
            }
            throw e;
        }
        LOG.info("個人番号 of 宛名番号 {} released for {}", Masking.atenaNumber(atenaNo), flow);
        return number;
    }

    /** The core's purpose under which each linkage flow may read the clear number. */
    static MyNumberPurpose purpose(MyNumberFlow flow) {
        return switch (flow) {
            case FEDERATION_QUALIFICATION -> MyNumberPurpose.NHI_ADMINISTRATION;
            case INSURER_INTERMEDIATE_SERVER -> MyNumberPurpose.INTERMEDIATE_SERVER_REGISTRATION;
        };
    }

    private LinkageStore store(String tenantCode) {
        return stores.forTenant(tenantCode);
    }

    private static void requireAtena(String atenaNo) {
        if (atenaNo == null || atenaNo.isEmpty() || atenaNo.length() > 20
                || !atenaNo.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            throw new LinkageException("R17", "a 宛名番号 must be 1–20 ASCII digits");
        }
    }

    private static String format(long n) {
        String s = Long.toString(n);
        if (s.length() > ATENA_DIGITS) {
            throw new LinkageException("R17", "the 宛名番号 range of " + ATENA_DIGITS + " digits is exhausted");
        }
        return "0".repeat(ATENA_DIGITS - s.length()) + s;
    }

    /** One identity_link row. */
    private record Row(String atenaNo, boolean numberLinked, String agencyCode, JlisStatus jlisStatus,
            Set<JlisItem> mismatches) {
        IdentityLink toLink() {
            return new IdentityLink(atenaNo, numberLinked ? MyNumber.MASK : MyNumber.ABSENT, agencyCode, jlisStatus,
                mismatches,
                jlisStatus == JlisStatus.VERIFIED);
        }
    }

    private static Row orNew(Connection c, String atenaNo) throws SQLException {
        Row row = find(c, atenaNo);
        return row != null ? row : new Row(atenaNo, false, null, JlisStatus.UNCHECKED, Set.of());
    }

    private static Row find(Connection c, String atenaNo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT atena_no, my_number_linked, agency_code, "
                + "jlis_status, jlis_mismatches FROM identity_link WHERE atena_no = ?")) {
            ps.setString(1, atenaNo);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                String m = rs.getString(5);
                Set<JlisItem> items = m == null || m.isEmpty() ? Set.of()
                    : java.util.Arrays.stream(m.split(",")).map(JlisItem::valueOf).collect(Collectors.toSet());
                return new Row(rs.getString(1), rs.getBoolean(2), rs.getString(3),
                    JlisStatus.valueOf(rs.getString(4)), items);
            }
        }
    }

    private void upsert(Connection c, Row r) throws SQLException {
        String mismatches = new TreeSet<>(r.mismatches().stream().map(Enum::name).toList()).stream()
            .collect(Collectors.joining(","));
        Timestamp now = Timestamp.from(clock.instant());
        try (PreparedStatement ps = c.prepareStatement("UPDATE identity_link SET my_number_linked = ?, "
                + "agency_code = ?, jlis_status = ?, jlis_mismatches = ?, updated_at = ? WHERE atena_no = ?")) {
            if (bind(ps, r, mismatches, now).executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO identity_link (my_number_linked, "
                + "agency_code, jlis_status, jlis_mismatches, updated_at, atena_no) VALUES (?,?,?,?,?,?)")) {
            bind(ps, r, mismatches, now).executeUpdate();
        }
    }

    /** Both statements of {@link #upsert} take the same parameters in the same order. */
    private static PreparedStatement bind(PreparedStatement ps, Row r, String mismatches, Timestamp now)
            throws SQLException {
        ps.setBoolean(1, r.numberLinked());
        ps.setString(2, r.agencyCode());
        ps.setString(3, r.jlisStatus().name());
        ps.setString(4, mismatches);
        ps.setTimestamp(5, now);
        ps.setString(6, r.atenaNo());
        return ps;
    }
}
