package jp.openkokuho.nhi.linkage.internal.federation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import jp.openkokuho.nhi.api.audit.OperationGuard;
import jp.openkokuho.nhi.api.NhiException;
import jp.openkokuho.nhi.api.eligibility.CoverageVersion;
import jp.openkokuho.nhi.api.eligibility.LossReason;
import jp.openkokuho.nhi.api.eligibility.LossRequest;
import jp.openkokuho.nhi.api.linkage.ImportReport;
import jp.openkokuho.nhi.api.tenant.MunicipalityCode;
import jp.openkokuho.nhi.linkage.internal.ContinuityCheck;
import jp.openkokuho.nhi.linkage.internal.StrictCsv;
import jp.openkokuho.nhi.linkage.internal.continuity.ContinuityServiceImpl;
import jp.openkokuho.nhi.api.eligibility.EligibilityService;
import jp.openkokuho.nhi.api.household.HouseholdService;
import jp.openkokuho.nhi.api.linkage.FederationResponse;
import jp.openkokuho.nhi.api.linkage.FederationSend;
import jp.openkokuho.nhi.api.linkage.InsuredIdLink;
import jp.openkokuho.nhi.api.linkage.SendExclusion;
import jp.openkokuho.nhi.api.linkage.FederationService;
import jp.openkokuho.nhi.api.linkage.LinkageException;
import jp.openkokuho.nhi.api.tenant.TenantService;
import jp.openkokuho.nhi.linkage.internal.Hashes;
import jp.openkokuho.nhi.linkage.internal.ImportLog;
import jp.openkokuho.nhi.linkage.internal.LinkageOperations;
import jp.openkokuho.nhi.linkage.internal.store.LinkageStores;

/**
 * {@link FederationService}: files from {@link EligibilityService#history}, written atomically to
 * {@code <drop directory>/send/}, the directory the 国保総合PC's file transfer picks up; the federation's 受付結果
 * files are read from {@code <drop directory>/receive/}. The drop directory of a tenant is
 * {@code <drop root>/<code>} (default root {@code ${karaf.data}/nhi/federation}) unless configured per tenant (PID
 * {@value #PID}). The roster of each send is stored with it, so regeneration reads the same persons and, the history
 * being immutable, yields the same bytes.
 */
@Component(service = FederationService.class, configurationPid = FederationServiceImpl.PID)
@Designate(ocd = FederationServiceImpl.Config.class)
public class FederationServiceImpl implements FederationService {
    /** Configuration PID. */
    public static final String PID = "jp.openkokuho.nhi.linkage.federation";

    /** The channels to the 国保連合会. */
    @ObjectClassDefinition(name = "NHI 国保連合会 drop directories",
            description = "Where each municipality's files to and from the 国保連合会 are exchanged")
    public @interface Config {
        /** @return parent of the per-tenant directories; empty for ${karaf.data}/nhi/federation */
        @AttributeDefinition(name = "Drop root", description = "Parent of <code>/send and <code>/receive; empty: "
            + "${karaf.data}/nhi/federation")
        String drop_root() default "";

        /** @return per-tenant directories, {@code <code>=<directory>} */
        @AttributeDefinition(name = "Tenant drop directories", description = "<全国地方公共団体コード>=<directory> for a "
            + "municipality whose channel is elsewhere (it holds send/ and receive/)")
        String[] tenant_drop_dirs() default {};
    }

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withZone(JAPAN);
    private static final Map<String, String> PREFIX = Map.of("PERSON", "SHIKAKU_KOJIN", "HOUSEHOLD", "SHIKAKU_SETAI",
        "MASTER", "HIHOKENSHA_MASTER");

    /** 国保資格取得喪失年月日連携ファイル, our layout version 1. */
    public static final List<String> DATES_HEADER = List.of("市町村コード", "宛名番号", "都道府県資格取得年月日",
        "都道府県資格喪失年月日", "適用開始年月日", "適用終了年月日", "転入地市町村コード", "転入地適用開始年月日");

    /** Reason recorded for an insured person left out of a send for want of a 枝番. */
    static final String NO_BRANCH = "被保険者枝番が未採番のため送付対象外（nhi:branch-assign で採番すると次回の送付に含まれる）";

    private final EligibilityService eligibility;
    private final HouseholdService households;
    private final TenantService tenants;
    private final LinkageStores stores;
    private final OperationGuard guard;
    private final DropDirectories drops;
    private final Clock clock;

    /**
     * @param eligibility the core
     * @param households the core's households (to find members without 枝番)
     * @param tenants the tenants
     * @param stores linkage stores
     * @param guard authorises and logs every operation in the municipality\'s operation log
     * @param config the drop directories
     */
    @Activate
    public FederationServiceImpl(@Reference EligibilityService eligibility, @Reference HouseholdService households,
            @Reference TenantService tenants, @Reference LinkageStores stores, @Reference OperationGuard guard,
            Config config) {
        this(eligibility, households, tenants, stores, guard, DropDirectories.configured(config.drop_root().isBlank()
            ? Path.of(System.getProperty("karaf.data", "data"), "nhi", "federation") : Path.of(config.drop_root()),
            config.tenant_drop_dirs()), Clock.systemUTC());
    }

    /**
     * @param eligibility the core
     * @param households the core's households
     * @param tenants the tenants
     * @param stores linkage stores
     * @param guard authorises and logs every operation in the municipality\'s operation log
     * @param drops the drop directories
     * @param clock time source
     */
    public FederationServiceImpl(EligibilityService eligibility, HouseholdService households, TenantService tenants,
            LinkageStores stores, OperationGuard guard, DropDirectories drops, Clock clock) {
        this.eligibility = eligibility;
        this.households = households;
        this.tenants = tenants;
        this.stores = stores;
        this.guard = guard;
        this.drops = drops;
        this.clock = clock;
    }

    @Override
    public List<FederationSend> exportChanges(String tenantCode, Instant until) {
        return guard.call(tenantCode, LinkageOperations.FEDERATION_EXPORT_CHANGES, null, () -> exportChangesUnguarded(tenantCode, until));
    }

    private List<FederationSend> exportChangesUnguarded(String tenantCode, Instant until) {
        tenants.require(tenantCode);
        Instant from = stores.forTenant(tenantCode).inTransaction(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT MAX(period_to) FROM federation_send WHERE file_kind = 'PERSON'")) {
                rs.next();
                Timestamp t = rs.getTimestamp(1);
                return t == null ? null : t.toInstant();
            }
        });
        if (from != null && !until.isAfter(from)) {
            throw new LinkageException("FEDERATION", "the cut-off " + until + " is not after the previous send's " + from);
        }
        List<String> roster = roster(tenantCode);
        Map<String, List<CoverageVersion>> histories = histories(tenantCode, roster);
        FederationFiles.Generated persons = persons(tenantCode, histories, from, until);
        FederationFiles.Generated households = households(tenantCode, histories, from, until);
        Map<String, String> excluded = excluded(tenantCode, roster, histories, until);
        List<FederationSend> out = new ArrayList<>();
        out.add(record(tenantCode, "PERSON", from, until, persons, roster, excluded));
        out.add(record(tenantCode, "HOUSEHOLD", from, until, households, roster, excluded));
        return out;
    }

    @Override
    public FederationSend exportMaster(String tenantCode, YearMonth month) {
        return guard.call(tenantCode, LinkageOperations.FEDERATION_EXPORT_MASTER, null, () -> exportMasterUnguarded(tenantCode, month));
    }

    private FederationSend exportMasterUnguarded(String tenantCode, YearMonth month) {
        tenants.require(tenantCode);
        Instant cutoff = masterCutoff(month);
        List<String> roster = roster(tenantCode);
        Map<String, List<CoverageVersion>> histories = histories(tenantCode, roster);
        return record(tenantCode, "MASTER", null, cutoff, master(tenantCode, histories, cutoff), roster,
            excluded(tenantCode, roster, histories, cutoff));
    }

    @Override
    public List<FederationSend> sends(String tenantCode) {
        return guard.call(tenantCode, LinkageOperations.FEDERATION_SENDS, null, () -> sendsUnguarded(tenantCode));
    }

    private List<FederationSend> sendsUnguarded(String tenantCode) {
        tenants.require(tenantCode);
        return stores.forTenant(tenantCode).inTransaction(c -> {
            List<FederationSend> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT send_id, file_kind, file_name, "
                    + "period_from, period_to, record_count, sha256, sent_at FROM federation_send ORDER BY send_id")) {
                while (rs.next()) {
                    out.add(send(rs));
                }
            }
            return out;
        });
    }

    @Override
    public byte[] regenerate(String tenantCode, long sendId) {
        tenants.require(tenantCode);
        FederationSend send = sends(tenantCode).stream().filter(s -> s.sendId() == sendId).findFirst()
            .orElseThrow(() -> new LinkageException("UNKNOWN_CASE", "no federation send " + sendId));
        List<String> roster = stores.forTenant(tenantCode).inTransaction(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT atena_no FROM federation_send_subject WHERE send_id = ? "
                    + "ORDER BY atena_no")) {
                ps.setLong(1, sendId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
        Map<String, List<CoverageVersion>> histories = histories(tenantCode, roster);
        FederationFiles.Generated g = switch (send.fileKind()) {
            case "PERSON" -> persons(tenantCode, histories, send.periodFrom(), send.periodTo());
            case "HOUSEHOLD" -> households(tenantCode, histories, send.periodFrom(), send.periodTo());
            default -> master(tenantCode, histories, send.periodTo());
        };
        String sha = Hashes.sha256(g.content());
        if (!sha.equals(send.sha256())) {
            throw new LinkageException("FEDERATION", send.fileName() + " regenerated with SHA-256 " + sha
                + " instead of " + send.sha256() + ": the history changed under it");
        }
        return g.content();
    }

    @Override
    public ImportReport importQualificationDates(String tenantCode, String fileName, byte[] content) {
        return guard.call(tenantCode, LinkageOperations.FEDERATION_IMPORT_DATES, null, () -> importQualificationDatesUnguarded(tenantCode, fileName, content));
    }

    private ImportReport importQualificationDatesUnguarded(String tenantCode, String fileName, byte[] content) {
        tenants.require(tenantCode);
        record Row(String where, String code, String atenaNo, LocalDate start, LocalDate end, String incomingCode,
                LocalDate incomingStart) {
        }
        List<Row> rows = new ArrayList<>();
        for (StrictCsv.Row r : StrictCsv.read(fileName, content, DATES_HEADER)) {
            if (!MunicipalityCode.isValid(r.get(0))) {
                throw r.bad(DATES_HEADER.get(0), "is not a valid 全国地方公共団体コード");
            }
            r.date(2, DATES_HEADER.get(2));
            if (!r.get(3).isEmpty()) {
                r.date(3, DATES_HEADER.get(3));
            }
            boolean incoming = !r.get(6).isEmpty();
            if (incoming != !r.get(7).isEmpty() || incoming && !MunicipalityCode.isValid(r.get(6))) {
                throw r.bad(DATES_HEADER.get(6), "and 転入地適用開始年月日 must both be given (valid code) or both be empty");
            }
            rows.add(new Row(fileName + " line " + r.line(), r.get(0), r.digits(1, DATES_HEADER.get(1), 20),
                r.date(4, DATES_HEADER.get(4)), r.get(5).isEmpty() ? null : r.date(5, DATES_HEADER.get(5)),
                incoming ? r.get(6) : null, incoming ? r.date(7, DATES_HEADER.get(7)) : null));
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), JAPAN);
        List<String> mismatches = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        int accepted = 0;
        for (Row row : rows) {
            if (!row.code().equals(tenantCode)) {
                rejected.add(row.where() + ": 市町村コード " + row.code() + " is not this municipality (" + tenantCode + ")");
                continue;
            }
            QualificationDatesReconciler.Decision d = QualificationDatesReconciler.decide(row.where(), row.atenaNo(),
                eligibility.periods(tenantCode, row.atenaNo()), row.start(), row.end());
            switch (d.action()) {
                case MATCH -> accepted++;
                case APPLY_LOSS -> {
                    try {
                        eligibility.recordLoss(tenantCode, new LossRequest(row.atenaNo(), LossReason.MOVE_OUT,
                            row.end(), today));
                        accepted++;
                    } catch (NhiException e) {
                        mismatches.add(row.where() + ": the core refused the loss: " + e.oneLine());
                    }
                }
                case MISMATCH -> mismatches.add(d.message());
                case REJECT -> rejected.add(d.message());
            }
            if (row.incomingCode() != null && row.end() != null && d.action() != QualificationDatesReconciler.Action.REJECT) {
                ContinuityServiceImpl.insert(stores.forTenant(tenantCode), "OUTGOING", row.atenaNo(), row.incomingCode(),
                    null, row.end(), row.incomingStart(), ContinuityCheck.check(row.end(), row.incomingStart()), fileName,
                    clock.instant());
            }
        }
        ImportReport report = new ImportReport(fileName, Hashes.sha256(content), accepted, mismatches, rejected);
        return stores.forTenant(tenantCode).inTransaction(c -> ImportLog.record(c, "QUALIFICATION_DATES", report,
            clock.instant()));
    }

    @Override
    public ImportReport importInsuredIds(String tenantCode, String fileName, byte[] content) {
        return guard.call(tenantCode, LinkageOperations.FEDERATION_IMPORT_IDS, null, () -> {
            tenants.require(tenantCode);
            return InsuredIdImport.run(tenantCode, fileName, content, eligibility, stores.forTenant(tenantCode),
                clock.instant());
        });
    }

    @Override
    public Optional<InsuredIdLink> insuredId(String tenantCode, String atenaNo) {
        return guard.call(tenantCode, LinkageOperations.FEDERATION_INSURED_ID, atenaNo, () -> {
            tenants.require(tenantCode);
            return InsuredIdImport.find(stores.forTenant(tenantCode), atenaNo);
        });
    }

    @Override
    public List<SendExclusion> exclusions(String tenantCode, long sendId) {
        return guard.call(tenantCode, LinkageOperations.FEDERATION_SENDS, null, () -> {
            if (sendsUnguarded(tenantCode).stream().noneMatch(s -> s.sendId() == sendId)) {
                throw new LinkageException("UNKNOWN_CASE", "no federation send " + sendId);
            }
            return stores.forTenant(tenantCode).inTransaction(c -> {
                List<SendExclusion> out = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT atena_no, reason FROM federation_send_excluded "
                        + "WHERE send_id = ? ORDER BY atena_no")) {
                    ps.setLong(1, sendId);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(new SendExclusion(sendId, rs.getString(1), rs.getString(2)));
                        }
                    }
                }
                return out;
            });
        });
    }

    @Override
    public List<FederationResponse> collectResponses(String tenantCode) {
        return guard.call(tenantCode, LinkageOperations.FEDERATION_COLLECT_RESPONSES, null, () -> {
            List<FederationSend> sends = sendsUnguarded(tenantCode);
            // one collector per tenant at a time, so that no file is recorded twice
            synchronized (stores.forTenant(tenantCode)) {
                return ResponseFiles.collect(drops.of(tenantCode), sends, stores.forTenant(tenantCode),
                    clock.instant());
            }
        });
    }

    @Override
    public List<FederationResponse> responses(String tenantCode) {
        return guard.call(tenantCode, LinkageOperations.FEDERATION_RESPONSES, null, () -> {
            tenants.require(tenantCode);
            return ResponseFiles.list(stores.forTenant(tenantCode));
        });
    }

    /** @return the send directory of a tenant */
    Path sendDirectory(String tenantCode) {
        return drops.of(tenantCode).resolve("send");
    }

    /**
     * Persons the linkage knows (identity mapping, 被保険者ID links, members of the roster's households on the
     * cut-off day) who are insured on that day but have no 枝番, so are not in the roster: they are recorded with the
     * send instead of vanishing silently.
     */
    private Map<String, String> excluded(String code, List<String> roster, Map<String, List<CoverageVersion>> histories,
            Instant cutoff) {
        LocalDate day = LocalDate.ofInstant(cutoff, JAPAN);
        Set<String> known = new TreeSet<>(stores.forTenant(code).<List<String>>inTransaction(c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT atena_no FROM identity_link UNION SELECT atena_no FROM insured_id_link")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }));
        histories.values().stream().map(h -> FederationFiles.stateOn(h, cutoff, day)).filter(p -> p != null)
            .map(p -> p.nhiHouseholdNo()).distinct()
            .forEach(h -> households.household(code, h, day).ifPresent(hh -> hh.members()
                .forEach(m -> known.add(m.atenaNo()))));
        known.removeAll(roster);
        Map<String, String> out = new TreeMap<>();
        for (String a : known) {
            if (eligibility.periods(code, a).stream().anyMatch(p -> p.covers(day))) {
                out.put(a, NO_BRANCH);
            }
        }
        return out;
    }

    static Instant masterCutoff(YearMonth month) {
        return month.plusMonths(1).atDay(1).atStartOfDay(JAPAN).toInstant().minusMillis(1);
    }

    private FederationFiles.Generated persons(String code, Map<String, List<CoverageVersion>> h, Instant from, Instant to) {
        Map<String, String> branches = branches(code);
        return FederationFiles.persons(code, h, from, to, (hh, a) -> branches.getOrDefault(hh + "/" + a, ""));
    }

    private FederationFiles.Generated households(String code, Map<String, List<CoverageVersion>> h, Instant from,
            Instant to) {
        return FederationFiles.households(code, FederationFiles.touchedHouseholds(h, from, to), h, to,
            LocalDate.ofInstant(to, JAPAN));
    }

    private FederationFiles.Generated master(String code, Map<String, List<CoverageVersion>> h, Instant cutoff) {
        Map<String, String> branches = branches(code);
        return FederationFiles.master(code, h, cutoff, LocalDate.ofInstant(cutoff, JAPAN),
            (hh, a) -> branches.getOrDefault(hh + "/" + a, ""));
    }

    private Map<String, List<CoverageVersion>> histories(String code, List<String> roster) {
        Map<String, List<CoverageVersion>> out = new LinkedHashMap<>();
        for (String a : roster) {
            out.put(a, eligibility.history(code, a));
        }
        return out;
    }

    private List<String> roster(String code) {
        return stores.forTenant(code).inTransaction(c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT DISTINCT atena_no FROM branch_assignment ORDER BY atena_no")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    private Map<String, String> branches(String code) {
        return stores.forTenant(code).inTransaction(c -> {
            Map<String, String> out = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT household_no, atena_no, branch_no FROM branch_assignment")) {
                while (rs.next()) {
                    out.put(rs.getString(1) + "/" + rs.getString(2), rs.getString(3));
                }
            }
            return out;
        });
    }

    private FederationSend record(String code, String kind, Instant from, Instant to, FederationFiles.Generated g,
            List<String> roster, Map<String, String> excluded) {
        String fileName = PREFIX.get(kind) + "_" + code + "_" + STAMP.format(to) + ".csv";
        String sha = Hashes.sha256(g.content());
        Instant now = clock.instant();
        Path dir = sendDirectory(code);
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".sending-", ".tmp");
            Files.write(tmp, g.content());
            Files.move(tmp, dir.resolve(fileName), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + fileName + " to the federation drop directory", e);
        }
        return stores.forTenant(code).inTransaction(c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO federation_send (file_kind, file_name, period_from, "
                    + "period_to, record_count, sha256, sent_at) VALUES (?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, kind);
                ps.setString(2, fileName);
                ps.setTimestamp(3, from == null ? null : Timestamp.from(from));
                ps.setTimestamp(4, Timestamp.from(to));
                ps.setInt(5, g.records());
                ps.setString(6, sha);
                ps.setTimestamp(7, Timestamp.from(now));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            insertRoster(c, id, roster);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO federation_send_excluded (send_id, atena_no, "
                    + "reason) VALUES (?,?,?)")) {
                for (Map.Entry<String, String> e : excluded.entrySet()) {
                    ps.setLong(1, id);
                    ps.setString(2, e.getKey());
                    ps.setString(3, e.getValue());
                    ps.executeUpdate();
                }
            }
            return new FederationSend(id, kind, fileName, from, to, g.records(), sha, now);
        });
    }

    private static void insertRoster(Connection c, long id, List<String> roster) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO federation_send_subject (send_id, atena_no) VALUES (?,?)")) {
            for (String a : roster) {
                ps.setLong(1, id);
                ps.setString(2, a);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static FederationSend send(ResultSet rs) throws SQLException {
        Timestamp from = rs.getTimestamp(4);
        return new FederationSend(rs.getLong(1), rs.getString(2), rs.getString(3), from == null ? null : from.toInstant(),
            rs.getTimestamp(5).toInstant(), rs.getInt(6), rs.getString(7), rs.getTimestamp(8).toInstant());
    }
}
