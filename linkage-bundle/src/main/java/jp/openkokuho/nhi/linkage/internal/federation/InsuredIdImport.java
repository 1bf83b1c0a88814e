package jp.openkokuho.nhi.linkage.internal.federation;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.openkokuho.nhi.api.eligibility.CoveragePeriod;
import jp.openkokuho.nhi.api.eligibility.EligibilityService;
import jp.openkokuho.nhi.api.linkage.ImportReport;
import jp.openkokuho.nhi.api.linkage.InsuredIdLink;
import jp.openkokuho.nhi.api.privacy.Masking;
import jp.openkokuho.nhi.api.tenant.MunicipalityCode;
import jp.openkokuho.nhi.linkage.internal.Hashes;
import jp.openkokuho.nhi.linkage.internal.ImportLog;
import jp.openkokuho.nhi.linkage.internal.StrictCsv;
import jp.openkokuho.nhi.linkage.internal.store.LinkageStore;

/**
 * 市区町村被保険者ID連携ファイル, our layout version 1 (docs/federation-files.md): the prefecture's 被保険者ID and 枝番
 * per person, reconciled row by row against the local records. The whole file is decoded before anything is
 * compared, and every link of the file is stored in one transaction with the import record, so a file is applied
 * whole or not at all. An agreeing row is stored; a disagreeing one never overwrites anything.
 */
final class InsuredIdImport {
    /** Header, version 1. */
    static final List<String> HEADER = List.of("市町村コード", "宛名番号", "被保険者ID", "国保世帯番号", "枝番", "基準日");

    private record Row(String where, String code, String atenaNo, String insuredId, String householdNo,
            String branchNo, LocalDate baseDate) {
    }

    private InsuredIdImport() {
    }

    /**
     * @param tenantCode the importing municipality
     * @param fileName for messages
     * @param content UTF-8 CSV
     * @param eligibility the core, for the person's periods
     * @param store the tenant's linkage store
     * @param now time of the import
     * @return the report
     */
    static ImportReport run(String tenantCode, String fileName, byte[] content, EligibilityService eligibility,
            LinkageStore store, Instant now) {
        List<Row> rows = decode(fileName, content);
        String sha = Hashes.sha256(content);
        return store.inTransaction(c -> {
            List<String> mismatches = new ArrayList<>();
            List<String> rejected = new ArrayList<>();
            int accepted = 0;
            for (Row row : rows) {
                String who = "宛名番号 " + Masking.atenaNumber(row.atenaNo());
                if (!row.code().equals(tenantCode)) {
                    rejected.add(row.where() + ": 市町村コード " + row.code() + " is not this municipality (" + tenantCode
                        + ")");
                    continue;
                }
                List<CoveragePeriod> periods = eligibility.periods(tenantCode, row.atenaNo());
                if (periods.isEmpty()) {
                    rejected.add(row.where() + ": " + who + " is unknown here");
                    continue;
                }
                String mismatch = compare(c, row, periods);
                if (mismatch != null) {
                    mismatches.add(row.where() + ": " + who + " " + mismatch);
                    continue;
                }
                upsert(c, row, fileName, now);
                accepted++;
            }
            return ImportLog.record(c, "INSURED_IDS", new ImportReport(fileName, sha, accepted, mismatches, rejected),
                now);
        });
    }

    /**
     * @param store the tenant's linkage store
     * @param atenaNo 宛名番号
     * @return the stored link
     */
    static Optional<InsuredIdLink> find(LinkageStore store, String atenaNo) {
        return store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT insured_id, household_no, branch_no, base_date, "
                    + "source_file FROM insured_id_link WHERE atena_no = ?")) {
                ps.setString(1, atenaNo);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new InsuredIdLink(atenaNo, rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getDate(4).toLocalDate(), rs.getString(5))) : Optional.empty();
                }
            }
        });
    }

    private static List<Row> decode(String fileName, byte[] content) {
        List<Row> rows = new ArrayList<>();
        for (StrictCsv.Row r : StrictCsv.read(fileName, content, HEADER)) {
            if (!MunicipalityCode.isValid(r.get(0))) {
                throw r.bad(HEADER.get(0), "is not a valid 全国地方公共団体コード");
            }
            String branch = r.digits(4, HEADER.get(4), 2);
            if (branch.length() != 2 || "00".equals(branch)) {
                throw r.bad(HEADER.get(4), "must be two digits 01–99 (R17)");
            }
            rows.add(new Row(fileName + " line " + r.line(), r.get(0), r.digits(1, HEADER.get(1), 20),
                r.digits(2, HEADER.get(2), 20), r.digits(3, HEADER.get(3), 20), branch, r.date(5, HEADER.get(5))));
        }
        return rows;
    }

    /** @return the 不整合 naming both values, or {@code null} when the row agrees with everything recorded here */
    private static String compare(Connection c, Row row, List<CoveragePeriod> periods) throws SQLException {
        CoveragePeriod p = periods.stream().filter(x -> x.covers(row.baseDate())).findFirst().orElse(null);
        if (p == null) {
            return "国保世帯番号 here (no coverage on " + row.baseDate() + "), in the file " + row.householdNo();
        }
        if (!p.nhiHouseholdNo().equals(row.householdNo())) {
            return "国保世帯番号 here " + p.nhiHouseholdNo() + ", in the file " + row.householdNo();
        }
        String branch = value(c, "SELECT branch_no FROM branch_assignment WHERE household_no = ? AND atena_no = ?",
            row.householdNo(), row.atenaNo());
        if (branch != null && !branch.equals(row.branchNo())) {
            return "枝番 here " + branch + ", in the file " + row.branchNo();
        }
        String holder = value(c, "SELECT atena_no FROM branch_assignment WHERE household_no = ? AND branch_no = ?",
            row.householdNo(), row.branchNo());
        if (branch == null && holder != null) {
            return "枝番 " + row.branchNo() + " here belongs to 宛名番号 " + Masking.atenaNumber(holder)
                + ", in the file to this person";
        }
        String insuredId = value(c, "SELECT insured_id FROM insured_id_link WHERE atena_no = ?", row.atenaNo());
        if (insuredId != null && !insuredId.equals(row.insuredId())) {
            return "被保険者ID here " + insuredId + ", in the file " + row.insuredId();
        }
        String owner = value(c, "SELECT atena_no FROM insured_id_link WHERE insured_id = ?", row.insuredId());
        if (owner != null && !owner.equals(row.atenaNo())) {
            return "被保険者ID " + row.insuredId() + " here belongs to 宛名番号 " + Masking.atenaNumber(owner)
                + ", in the file to this person";
        }
        return null;
    }

    private static String value(Connection c, String sql, String... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void upsert(Connection c, Row row, String fileName, Instant now) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM insured_id_link WHERE atena_no = ?")) {
            del.setString(1, row.atenaNo());
            del.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO insured_id_link (atena_no, insured_id, household_no, "
                + "branch_no, base_date, source_file, updated_at) VALUES (?,?,?,?,?,?,?)")) {
            ps.setString(1, row.atenaNo());
            ps.setString(2, row.insuredId());
            ps.setString(3, row.householdNo());
            ps.setString(4, row.branchNo());
            ps.setDate(5, Date.valueOf(row.baseDate()));
            ps.setString(6, fileName);
            ps.setTimestamp(7, Timestamp.from(now));
            ps.executeUpdate();
        }
    }
}
