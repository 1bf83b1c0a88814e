package jp.openkokuho.nhi.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.karaf.shell.support.CommandException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.openkokuho.nhi.api.eligibility.AcquisitionReason;
import jp.openkokuho.nhi.api.eligibility.AcquisitionRequest;
import jp.openkokuho.nhi.api.eligibility.ChangeKind;
import jp.openkokuho.nhi.api.eligibility.CoveragePeriod;
import jp.openkokuho.nhi.api.eligibility.CoverageVersion;
import jp.openkokuho.nhi.api.eligibility.EligibilityService;
import jp.openkokuho.nhi.api.eligibility.EligibilityStatus;
import jp.openkokuho.nhi.api.eligibility.RecordedChange;
import jp.openkokuho.nhi.api.eligibility.RelationshipType;
import jp.openkokuho.nhi.api.eligibility.RuleViolationException;
import jp.openkokuho.nhi.api.interchange.ExportResult;
import jp.openkokuho.nhi.api.interchange.ExportService;
import jp.openkokuho.nhi.api.interchange.ImportResult;
import jp.openkokuho.nhi.api.interchange.ImportService;
import jp.openkokuho.nhi.api.interchange.InterchangeFileKind;
import jp.openkokuho.nhi.api.interchange.InterchangeProgress;
import jp.openkokuho.nhi.api.tenant.Tenant;
import jp.openkokuho.nhi.api.tenant.TenantService;
import jp.openkokuho.nhi.api.tenant.UnknownTenantException;
import jp.openkokuho.nhi.api.transfer.DestinationInfo;
import jp.openkokuho.nhi.api.transfer.DestinationStatus;
import jp.openkokuho.nhi.api.transfer.TransferOutcome;
import jp.openkokuho.nhi.api.transfer.TransferRecord;
import jp.openkokuho.nhi.api.transfer.TransferStatusService;

class CommandsTest {
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private EligibilityService eligibility;

    @BeforeEach
    void setUp() {
        eligibility = mock(EligibilityService.class);
    }

    private <T extends NhiAction> T wire(T action) {
        action.out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        return action;
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private static String failure(NhiAction action) {
        return assertThrows(CommandException.class, action::execute).getMessage();
    }

    private AcquireCommand acquire(String reason, String date) {
        AcquireCommand c = wire(new AcquireCommand());
        c.eligibility = eligibility;
        c.tenant = "112291";
        c.atenaNo = "000123";
        c.householdNo = "900001";
        c.reason = reason;
        c.eventDate = date;
        c.notified = "2026-04-12";
        return c;
    }

    @Test
    void acquirePassesTheRequestAndPrintsTheDerivedDate() throws Exception {
        when(eligibility.recordAcquisition(eq("112291"), any())).thenReturn(
            new RecordedChange("ev-1", "000123", 1, ChangeKind.ACQUIRED, LocalDate.of(2026, 4, 1), false));
        acquire("left_employee_insurance", "2026-03-31").execute();
        verify(eligibility).recordAcquisition("112291", new AcquisitionRequest("000123", "900001",
            RelationshipType.HEAD, AcquisitionReason.LEFT_EMPLOYEE_INSURANCE, LocalDate.of(2026, 3, 31),
            LocalDate.of(2026, 4, 12)));
        assertThat(out()).isEqualTo("資格取得 recorded: 宛名番号 000123, 履歴番号 1, 資格取得年月日 2026-04-01, event ev-1"
            + System.lineSeparator());
    }

    @Test
    void correctPassesTheCorrectionWithItsReference() throws Exception {
        when(eligibility.recordCorrection(eq("112291"), any())).thenReturn(
            new RecordedChange("ev-3", "7", 3, ChangeKind.LOST, LocalDate.of(2026, 5, 12), false));
        CorrectCommand c = wire(new CorrectCommand());
        c.eligibility = eligibility;
        c.tenant = "112291";
        c.atenaNo = "7";
        c.periodStart = "2026-04-10";
        c.end = "2026-05-12";
        c.reference = "R6 転出確定 2026-05-12";
        c.execute();
        verify(eligibility).recordCorrection("112291", new jp.openkokuho.nhi.api.eligibility.CorrectionRequest("7",
            LocalDate.of(2026, 4, 10), null, LocalDate.of(2026, 5, 12), "R6 転出確定 2026-05-12"));
        assertThat(out()).isEqualTo("訂正 recorded: 宛名番号 7, 履歴番号 3, 資格喪失年月日 2026-05-12, event ev-3"
            + System.lineSeparator());
    }

    @Test
    void errorsAreOneLineWithoutAStackTrace() throws Exception {
        when(eligibility.recordAcquisition(eq("112291"), any()))
            .thenThrow(new RuleViolationException("OVERLAP", "acquisition overlaps"));
        assertThat(failure(acquire("MOVE_IN", "2026-04-10"))).isEqualTo("[OVERLAP] acquisition overlaps");
        assertThat(failure(acquire("MOVE_IN", "2026-13-01")))
            .isEqualTo("[INPUT] eventDate '2026-13-01' is not a date (yyyy-MM-dd)");
        assertThat(failure(acquire("MARRIAGE", "2026-04-10")))
            .startsWith("[INPUT] reason 'MARRIAGE' is not one of MOVE_IN, LEFT_EMPLOYEE_INSURANCE,");
        assertThat(out()).isEmpty();
    }

    @Test
    void eligibilityPrintsThePeriod() throws Exception {
        CoveragePeriod p = new CoveragePeriod("7", "900001", RelationshipType.HEAD, LocalDate.of(2026, 4, 10),
            AcquisitionReason.MOVE_IN, LocalDate.of(2026, 4, 12), false, null, null, null, false, 1);
        when(eligibility.eligibility("112291", "7", LocalDate.of(2026, 5, 1)))
            .thenReturn(new EligibilityStatus("112291", "7", LocalDate.of(2026, 5, 1), p));
        EligibilityCommand c = wire(new EligibilityCommand());
        c.eligibility = eligibility;
        c.tenant = "112291";
        c.atenaNo = "7";
        c.asOf = "2026-05-01";
        c.execute();
        assertThat(out()).isEqualTo("宛名番号 7: 資格あり on 2026-05-01 (国保世帯番号 900001, 世帯主, 資格取得年月日 2026-04-10 転入,"
            + " 履歴番号 1)" + System.lineSeparator());
    }

    @Test
    void historyListsEveryVersionAndEligibilityCanAskAsRecorded() throws Exception {
        CoveragePeriod open = new CoveragePeriod("7", "900001", RelationshipType.HEAD, LocalDate.of(2026, 4, 1),
            AcquisitionReason.MOVE_IN, LocalDate.of(2026, 4, 3), false, null, null, null, false, 1);
        CoveragePeriod closed = new CoveragePeriod("7", "900001", RelationshipType.HEAD, LocalDate.of(2026, 4, 1),
            AcquisitionReason.MOVE_IN, LocalDate.of(2026, 4, 3), false, LocalDate.of(2026, 7, 1),
            jp.openkokuho.nhi.api.eligibility.LossReason.DEATH, LocalDate.of(2026, 11, 29), true, 2);
        when(eligibility.history("112291", "7")).thenReturn(List.of(
            new CoverageVersion(1, 1, ChangeKind.ACQUIRED, open, LocalDate.of(2026, 11, 27), Instant.EPOCH, false, "a"),
            new CoverageVersion(2, 1, ChangeKind.LOST, closed, LocalDate.of(2026, 11, 29), Instant.EPOCH, false, "b",
                "訂正請求 2026-0007")));
        HistoryCommand h = wire(new HistoryCommand());
        h.eligibility = eligibility;
        h.tenant = "112291";
        h.atenaNo = "7";
        h.execute();
        List<String> rows = out().lines().filter(l -> l.strip().matches("[12] .*")).toList();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).split("\\|", -1)).extracting(String::strip).containsExactly("2", "1", "喪失", "900001",
            "世帯主", "2026-04-01", "転入", "2026-04-03", "2026-07-01", "死亡", "2026-11-29 遅延", "2026-11-29", "", "訂正請求 2026-0007");

        outBytes.reset();
        when(eligibility.eligibilityAsRecorded("112291", "7", LocalDate.of(2026, 8, 1), LocalDate.of(2026, 11, 28)))
            .thenReturn(new EligibilityStatus("112291", "7", LocalDate.of(2026, 8, 1), open));
        EligibilityCommand e = wire(new EligibilityCommand());
        e.eligibility = eligibility;
        e.tenant = "112291";
        e.atenaNo = "7";
        e.asOf = "2026-08-01";
        e.recordedBy = "2026-11-28";
        e.execute();
        assertThat(out()).startsWith("宛名番号 7: 資格あり on 2026-08-01");
    }

    @Test
    void importPrintsTheReportAndTheVerdict(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path f = java.nio.file.Files.writeString(dir.resolve("z.csv"), "x");
        jp.openkokuho.nhi.api.interchange.ImportService imports = mock(jp.openkokuho.nhi.api.interchange.ImportService.class);
        when(imports.importFile(org.mockito.ArgumentMatchers.eq("112291"),
            org.mockito.ArgumentMatchers.eq(jp.openkokuho.nhi.api.interchange.InterchangeFileKind.RESIDENCE_STATUS),
            org.mockito.ArgumentMatchers.eq(f), org.mockito.ArgumentMatchers.eq(java.nio.charset.Charset.forName(
                "Windows-31J")), org.mockito.ArgumentMatchers.any())).thenReturn(new jp.openkokuho.nhi.api.interchange.ImportResult(
                "z.csv", jp.openkokuho.nhi.api.interchange.InterchangeFileKind.RESIDENCE_STATUS, "ab12", 3, false, false, 0,
                List.of("z.csv:3: 在留期間満了日: DATE_INVALID: not a calendar date")));
        ImportCommand c = wire(new ImportCommand());
        c.imports = imports;
        c.tenant = "112291";
        c.kind = "residence-status";
        c.file = f.toString();
        c.charset = "Windows-31J";
        c.execute();
        assertThat(out().lines().toList()).containsExactly("z.csv:3: 在留期間満了日: DATE_INVALID: not a calendar date",
            "在留資格ファイル z.csv: 3 records, sha256 ab12 - REJECTED: nothing stored");
        c.kind = "marriage-register";
        assertThat(failure(c)).startsWith("[INPUT] unknown file kind 'marriage-register'");
    }

    @Test
    void importShowsProgressAndExportPrintsItsResult(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("q.csv"), "x");
        ImportService imports = mock(ImportService.class);
        when(imports.importFile(eq("112291"), eq(InterchangeFileKind.QUALIFICATION_CHANGE), eq(f),
            eq(StandardCharsets.UTF_8), any())).thenAnswer(call -> {
                InterchangeProgress p = call.getArgument(4);
                p.rowsDone(InterchangeProgress.Phase.VALIDATING, 100_000);
                p.rowsDone(InterchangeProgress.Phase.VALIDATING, 150_000);
                p.rowsDone(InterchangeProgress.Phase.STORING, 150_000);
                return new ImportResult("q.csv", InterchangeFileKind.QUALIFICATION_CHANGE, "cd34", 150_000, true,
                    false, 150_000, List.of());
            });
        ImportCommand c = wire(new ImportCommand());
        c.imports = imports;
        c.tenant = "112291";
        c.kind = "qualification-change";
        c.file = f.toString();
        c.execute();

        ExportService exports = mock(ExportService.class);
        Path target = dir.resolve("out.csv");
        when(exports.exportFile(eq("112291"), eq(InterchangeFileKind.MITIGATION_CHANGE), eq(target),
            eq(Charset.forName("Windows-31J")), eq("国保連合会への提供"), any())).thenAnswer(call -> {
                call.<InterchangeProgress>getArgument(5).rowsDone(InterchangeProgress.Phase.EXPORTING, 2);
                return new ExportResult("out.csv", InterchangeFileKind.MITIGATION_CHANGE, "windows-31j", 2, 345,
                    "ef56");
            });
        ExportCommand e = wire(new ExportCommand());
        e.exports = exports;
        e.tenant = "112291";
        e.kind = "mitigation-change";
        e.file = target.toString();
        e.purpose = "国保連合会への提供";
        e.charset = "Windows-31J";
        e.execute();

        assertThat(out().lines().toList()).containsExactly("  checking: 100000 rows", "  checking: 150000 rows",
            "  storing: 150000 rows",
            "資格異動ファイル q.csv: 150000 records, sha256 cd34 - IMPORTED: 150000 rows stored",
            "  writing: 2 rows",
            "緩和措置異動情報ファイル out.csv: 2 rows, 345 bytes, windows-31j, sha256 ef56 - EXPORTED");
        e.charset = "EBCDIC-XYZ";
        assertThat(failure(e)).isEqualTo("[INPUT] unknown charset 'EBCDIC-XYZ'; use UTF-8 or Windows-31J");
    }

    @Test
    void transferStatusListsEveryTenantsDestinations() throws Exception {
        TenantService tenants = mock(TenantService.class);
        TransferStatusService transfers = mock(TransferStatusService.class);
        when(tenants.tenants()).thenReturn(List.of(new Tenant("112291", "和光市", "110270", List.of("residentregistry"))));
        when(transfers.status("112291")).thenReturn(List.of(
            new DestinationStatus("112291", "residentregistry", true, 3, 1, 0, Duration.ofSeconds(75))));
        TransferStatusCommand c = wire(new TransferStatusCommand());
        c.tenants = tenants;
        c.transfers = transfers;
        c.execute();
        assertThat(out()).contains("112291").contains("residentregistry").contains("yes").contains("1m15s");
        assertThat(out().lines().filter(l -> l.contains("residentregistry")).findFirst().orElseThrow()
            .split("\\|")).extracting(String::strip).containsExactly("112291", "residentregistry", "yes", "3", "1", "0",
                "1m15s");
    }

    @Test
    void destinationsShowTheirPolicyVerdict() throws Exception {
        TransferStatusService transfers = mock(TransferStatusService.class);
        when(transfers.destinations()).thenReturn(List.of(
            new DestinationInfo("nhitax", "国民健康保険税システム", "地方税法第703条の4", List.of("atena_no", "insurer_no"),
                "jp.openkokuho.nhi.transfer.nhitax", "0.1.0.SNAPSHOT", "destination nhitax asks for insurer_no")));
        DestinationsCommand c = wire(new DestinationsCommand());
        c.transfers = transfers;
        c.execute();
        String row = out().lines().filter(l -> l.startsWith("nhitax")).findFirst().orElseThrow();
        assertThat(row.split("\\|")).extracting(String::strip).containsExactly("nhitax", "国民健康保険税システム",
            "jp.openkokuho.nhi.transfer.nhitax", "0.1.0.SNAPSHOT", "地方税法第703条の4", "atena_no,insurer_no",
            "REFUSED: destination nhitax asks for insurer_no");
    }

    @Test
    void transferRecordsArePassedTheSubjectAndLimit() throws Exception {
        TransferStatusService transfers = mock(TransferStatusService.class);
        when(transfers.records("112291", "000123", 5)).thenReturn(List.of(new TransferRecord("112291",
            "residentregistry", "住民基本台帳法第7条第10号", List.of("atena_no"), "000123", "ev", 7,
            Instant.parse("2026-11-27T01:02:03Z"), TransferOutcome.DELIVERED, null)));
        TransferRecordsCommand c = wire(new TransferRecordsCommand());
        c.transfers = transfers;
        c.tenant = "112291";
        c.subject = "000123";
        c.limit = 5;
        c.execute();
        String row = out().lines().filter(l -> l.startsWith("2026")).findFirst().orElseThrow();
        assertThat(row.split("\\|")).extracting(String::strip).containsExactly("2026-11-27 10:02:03",
            "residentregistry", "000123", "7", "DELIVERED", "住民基本台帳法第7条第10号", "atena_no");
    }

    @Test
    void anUnknownTenantIsOneLine() throws Exception {
        TransferStatusService transfers = mock(TransferStatusService.class);
        when(transfers.status("999999")).thenThrow(new UnknownTenantException("999999"));
        TransferStatusCommand c = wire(new TransferStatusCommand());
        c.transfers = transfers;
        c.tenants = mock(TenantService.class);
        c.tenant = "999999";
        assertThat(failure(c)).isEqualTo("[TENANT_UNKNOWN] no tenant '999999' is provisioned (see nhi:tenant-list)");
        verifyNoInteractions(c.tenants);
    }
}
