package jp.openkokuho.nhi.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.karaf.shell.support.CommandException;
import org.junit.jupiter.api.Test;

import jp.openkokuho.nhi.api.linkage.BranchAssignment;
import jp.openkokuho.nhi.api.linkage.CarryOverCase;
import jp.openkokuho.nhi.api.linkage.CarryOverState;
import jp.openkokuho.nhi.api.linkage.ContinuityFinding;
import jp.openkokuho.nhi.api.linkage.ContinuityService;
import jp.openkokuho.nhi.api.linkage.ContinuityVerdict;
import jp.openkokuho.nhi.api.linkage.HighCostCarryOverService;
import jp.openkokuho.nhi.api.linkage.IdentityService;
import jp.openkokuho.nhi.api.linkage.LinkageException;

/** The linkage commands only call their service and print. */
class LinkageCommandsTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private <T extends NhiAction> T wire(T action) {
        action.out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        return action;
    }

    private String out() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void highcostDecideAcceptsAndPrintsTheState() throws Exception {
        HighCostCarryOverService s = mock(HighCostCarryOverService.class);
        when(s.decide("112275", 3L, true, "基準1", "staff01")).thenReturn(new CarryOverCase(3, "9001", "112291",
            "7001", LocalDate.of(2026, 3, 10), ContinuityVerdict.CONTINUOUS, List.of(1), "r", CarryOverState.ACCEPTED,
            "基準1", "staff01", Instant.EPOCH));
        HighCostDecideCommand c = wire(new HighCostDecideCommand());
        c.highCost = s;
        c.tenant = "112275";
        c.caseId = 3;
        c.decision = "accept";
        c.reason = "基準1";
        c.staff = "staff01";
        c.execute();
        assertThat(out()).isEqualTo("高額該当引継ぎ 案件 3: ACCEPTED" + System.lineSeparator());
    }

    @Test
    void moveOutRecordsTheContinuedMoveInTheOutgoingMunicipality() throws Exception {
        HighCostCarryOverService s = mock(HighCostCarryOverService.class);
        when(s.recordContinuedMoveOut("112291", "7001", java.time.LocalDate.of(2026, 5, 10), "111007"))
            .thenReturn(true);
        HighCostMoveOutCommand c = wire(new HighCostMoveOutCommand());
        c.highCost = s;
        c.tenant = "112291";
        c.householdNo = "7001";
        c.moveDate = "2026-05-10";
        c.incoming = "111007";
        c.execute();
        assertThat(out()).isEqualTo("府内転出 (継続世帯確定) recorded: 国保世帯番号 7001, 転出日 2026-05-10, 転入地 111007"
            + System.lineSeparator());
    }

    @Test
    void continuityCorrectAppliesTheConfirmedDate() throws Exception {
        jp.openkokuho.nhi.api.linkage.ContinuityService s = mock(jp.openkokuho.nhi.api.linkage.ContinuityService.class);
        when(s.correctMoveOut("112291", "100001", java.time.LocalDate.of(2026, 4, 2))).thenReturn(
            new jp.openkokuho.nhi.api.linkage.MoveOutCorrection(4, "100001", java.time.LocalDate.of(2026, 3, 28),
                java.time.LocalDate.of(2026, 4, 2), java.util.List.of(2025, 2026)));
        ContinuityCorrectCommand c = wire(new ContinuityCorrectCommand());
        c.continuity = s;
        c.tenant = "112291";
        c.atenaNo = "100001";
        c.confirmedDate = "2026-04-02";
        c.execute();
        assertThat(out()).isEqualTo("転出日の訂正 4: 転出予定日 2026-03-28 → 転出確定日 2026-04-02, 変更決定通知の対象年度 [2025, 2026]"
            + System.lineSeparator());
    }

    @Test
    void duplicateImportReadsTheFileAndPrintsTheReport(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path f = java.nio.file.Files.writeString(dir.resolve("dup.csv"), "x\n");
        jp.openkokuho.nhi.api.linkage.DuplicateCoverageService s =
            mock(jp.openkokuho.nhi.api.linkage.DuplicateCoverageService.class);
        when(s.importDuplicateList(eq("112291"), eq("dup.csv"), any())).thenReturn(new jp.openkokuho.nhi.api.linkage.ImportReport("dup.csv", "ab",
            2, java.util.List.of(), java.util.List.of("dup.csv line 4: 宛名番号 ****01 is unknown")));
        DuplicateImportCommand c = wire(new DuplicateImportCommand());
        c.duplicates = s;
        c.tenant = "112291";
        c.file = f.toString();
        c.execute();
        assertThat(out().lines()).containsExactly("却下 dup.csv line 4: 宛名番号 ****01 is unknown",
            "資格重複結果リスト dup.csv: 2 rows stored, 0 不整合, 1 rejected, sha256 ab");
    }

    @Test
    void anUnknownDecisionIsOneLineAndCallsNothing() {
        HighCostCarryOverService s = mock(HighCostCarryOverService.class);
        HighCostDecideCommand c = wire(new HighCostDecideCommand());
        c.highCost = s;
        c.tenant = "112275";
        c.decision = "maybe";
        assertThat(assertThrows(CommandException.class, c::execute).getMessage())
            .isEqualTo("[INPUT] decision must be accept, reject or confirm, not 'maybe'");
        verifyNoInteractions(s);
    }

    @Test
    void continuityCheckPrintsTheGap() throws Exception {
        ContinuityService s = mock(ContinuityService.class);
        when(s.checkMove("112291", "101", "111007", "301")).thenReturn(new ContinuityFinding(1, "OUTGOING", "101",
            "111007", "301", LocalDate.of(2026, 5, 10), LocalDate.of(2026, 5, 12), "GAP", 2, "TENANTS", Instant.EPOCH));
        ContinuityCheckCommand c = wire(new ContinuityCheckCommand());
        c.continuity = s;
        c.tenant = "112291";
        c.atenaNo = "101";
        c.incomingTenant = "111007";
        c.incomingAtenaNo = "301";
        c.execute();
        assertThat(out()).isEqualTo("適用終了日 2026-05-10 / 適用開始日 2026-05-12: 空白期間 2日 (reported to 112291 and 111007)"
            + System.lineSeparator());
    }

    @Test
    void branchAssignPrintsEachPersonAndServiceErrorsAreOneLine() throws Exception {
        IdentityService s = mock(IdentityService.class);
        when(s.assignBranches(eq("112291"), eq("7001"), eq(List.of("101", "104")), any())).thenReturn(List.of(
            new BranchAssignment("7001", "101", "01", LocalDate.of(2026, 4, 1)),
            new BranchAssignment("7001", "104", "04", LocalDate.of(2026, 7, 1))));
        BranchAssignCommand c = wire(new BranchAssignCommand());
        c.identity = s;
        c.tenant = "112291";
        c.householdNo = "7001";
        c.atenaNos = List.of("101", "104");
        c.execute();
        assertThat(out().lines()).containsExactly("宛名番号 101: 枝番 01 (2026-04-01)", "宛名番号 104: 枝番 04 (2026-07-01)");
        when(s.assignBranches(eq("112291"), eq("7002"), any(), any()))
            .thenThrow(new LinkageException("R17", "国保世帯 7002 has used all 99 被保険者枝番"));
        c.householdNo = "7002";
        assertThat(assertThrows(CommandException.class, c::execute).getMessage())
            .isEqualTo("[R17] 国保世帯 7002 has used all 99 被保険者枝番");
    }

    @Test
    void federationExportPrintsEachFileAndRejectsABadMonth() throws Exception {
        jp.openkokuho.nhi.api.linkage.FederationService s = mock(jp.openkokuho.nhi.api.linkage.FederationService.class);
        when(s.exportMaster("112291", java.time.YearMonth.of(2026, 4))).thenReturn(new jp.openkokuho.nhi.api.linkage
            .FederationSend(5, "MASTER", "HIHOKENSHA_MASTER_112291_20260430235959.csv", null, Instant.EPOCH, 2, "ab",
            Instant.EPOCH));
        FederationExportCommand c = wire(new FederationExportCommand());
        c.federation = s;
        c.tenant = "112291";
        c.master = "2026-04";
        c.execute();
        assertThat(out()).isEqualTo("HIHOKENSHA_MASTER_112291_20260430235959.csv: 2 records, sha256 ab (send 5)"
            + System.lineSeparator());
        c.master = "2026/04";
        assertThat(assertThrows(CommandException.class, c::execute).getMessage())
            .isEqualTo("[INPUT] --master must be yyyy-MM, not '2026/04'");
    }

    @Test
    void exchangeParsesItemsAndPrintsTheRecord() throws Exception {
        jp.openkokuho.nhi.api.linkage.InfoExchangeService s = mock(jp.openkokuho.nhi.api.linkage.InfoExchangeService.class);
        when(s.exchange("112291", jp.openkokuho.nhi.api.linkage.ExchangeDirection.INQUIRY, "101", List.of(42, 43), "税務課",
            "staff01")).thenReturn(new jp.openkokuho.nhi.api.linkage.ProvisionRecord(7, "101",
                jp.openkokuho.nhi.api.linkage.ExchangeDirection.INQUIRY, List.of(42, 43), "税務課", "staff01", Instant.EPOCH,
                "番号法第19条第8号 別表第二 第42号", "SENT", LocalDate.of(2033, 2, 1)));
        ExchangeCommand c = wire(new ExchangeCommand());
        c.exchange = s;
        c.tenant = "112291";
        c.direction = "inquiry";
        c.atenaNo = "101";
        c.items = "42, 43";
        c.counterpart = "税務課";
        c.staff = "staff01";
        c.execute();
        assertThat(out()).isEqualTo("情報提供等記録 7: SENT (番号法第19条第8号 別表第二 第42号), kept until 2033-02-01"
            + System.lineSeparator());
        c.items = "42,x";
        assertThat(assertThrows(CommandException.class, c::execute).getMessage()).isEqualTo("[INPUT] item 'x' is not a number");
    }

    @Test
    void duplicateCandidatesAdvancesOne() throws Exception {
        jp.openkokuho.nhi.api.linkage.DuplicateCoverageService s =
            mock(jp.openkokuho.nhi.api.linkage.DuplicateCoverageService.class);
        when(s.advance(eq("112291"), eq("101"), eq(java.time.YearMonth.of(2026, 10)), any())).thenReturn(
            new jp.openkokuho.nhi.api.linkage.DuplicateCandidate("101", "06130012", 2, LocalDate.of(2026, 8, 2),
                jp.openkokuho.nhi.api.linkage.DuplicateStage.NOTIFIED, LocalDate.of(2026, 12, 3)));
        DuplicateCandidatesCommand c = wire(new DuplicateCandidatesCommand());
        c.duplicates = s;
        c.tenant = "112291";
        c.listMonth = "2026-10";
        c.advance = "101";
        c.execute();
        assertThat(out()).isEqualTo("宛名番号 101: NOTIFIED, reply deadline 2026-12-03" + System.lineSeparator());
    }
}
