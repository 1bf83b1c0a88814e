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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.karaf.shell.support.CommandException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.openkokuho.nhi.api.linkage.ExchangeDirection;
import jp.openkokuho.nhi.api.linkage.FederationResponse;
import jp.openkokuho.nhi.api.linkage.FederationSend;
import jp.openkokuho.nhi.api.linkage.FederationService;
import jp.openkokuho.nhi.api.linkage.IdentityLink;
import jp.openkokuho.nhi.api.linkage.IdentityService;
import jp.openkokuho.nhi.api.linkage.ImportReport;
import jp.openkokuho.nhi.api.linkage.InfoExchangeService;
import jp.openkokuho.nhi.api.linkage.InsuredIdLink;
import jp.openkokuho.nhi.api.linkage.JlisItem;
import jp.openkokuho.nhi.api.linkage.JlisStatus;
import jp.openkokuho.nhi.api.linkage.PermittedItem;
import jp.openkokuho.nhi.api.linkage.SendExclusion;
import jp.openkokuho.nhi.api.privacy.MyNumber;

/** The linkage administration commands only call their service and print; bad arguments call nothing. */
class LinkageAdminCommandsTest {
    private static final String NL = System.lineSeparator();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final IdentityService identity = mock(IdentityService.class);
    private final FederationService federation = mock(FederationService.class);
    private final InfoExchangeService exchange = mock(InfoExchangeService.class);

    private <T extends NhiAction> T wire(T action) {
        action.out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        return action;
    }

    private String out() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void atenaIssueAndAgencyCode() throws Exception {
        when(identity.issueAtenaNo("112291")).thenReturn("000000003");
        AtenaIssueCommand issue = wire(new AtenaIssueCommand());
        issue.identity = identity;
        issue.tenant = "112291";
        issue.execute();
        when(identity.registerAgencyCode("112291", "000000003", "FUGO-3")).thenReturn(new IdentityLink("000000003",
            MyNumber.ABSENT, "FUGO-3", JlisStatus.UNCHECKED, Set.of(), false));
        AgencyCodeCommand code = wire(new AgencyCodeCommand());
        code.identity = identity;
        code.tenant = "112291";
        code.atenaNo = "000000003";
        code.agencyCode = "FUGO-3";
        code.execute();
        assertThat(out()).isEqualTo("宛名番号 000000003 issued" + NL + "宛名番号 000000003: 符号 FUGO-3 recorded" + NL);
    }

    @Test
    void identityShowsTheMappingWithTheNumberMasked() throws Exception {
        when(identity.identity("112291", "000000101")).thenReturn(new IdentityLink("000000101", MyNumber.MASK,
            "FUGO-1", JlisStatus.MISMATCH, Set.of(JlisItem.KANA_NAME, JlisItem.ADDRESS), false));
        when(federation.insuredId("112291", "000000101")).thenReturn(Optional.of(new InsuredIdLink("000000101",
            "1000000001", "7001", "01", LocalDate.of(2026, 6, 1), "hihokenshaid.csv")));
        IdentityCommand c = wire(new IdentityCommand());
        c.identity = identity;
        c.federation = federation;
        c.tenant = "112291";
        c.atenaNo = "000000101";
        c.execute();
        assertThat(out().lines()).containsExactly("宛名番号: 000000101", "個人番号: 個人番号(12桁・非表示)", "符号: FUGO-1",
            "本人確認判定: MISMATCH (KANA_NAME, ADDRESS)", "オンライン資格確認: 不可",
            "被保険者ID: 1000000001 (国保世帯 7001 枝番 01, hihokenshaid.csv)");
    }

    @Test
    void jlisCheckSetsItemsOrClearsButNotBoth() throws Exception {
        when(identity.recordJlisCheck("112291", "000000101", EnumSet.of(JlisItem.KANA_NAME))).thenReturn(
            new IdentityLink("000000101", MyNumber.ABSENT, null, JlisStatus.MISMATCH, Set.of(JlisItem.KANA_NAME), false));
        when(identity.recordJlisCheck("112291", "000000101", Set.of())).thenReturn(
            new IdentityLink("000000101", MyNumber.ABSENT, null, JlisStatus.VERIFIED, Set.of(), true));
        JlisCheckCommand c = wire(new JlisCheckCommand());
        c.identity = identity;
        c.tenant = "112291";
        c.atenaNo = "000000101";
        c.items = List.of("KANA_NAME");
        c.execute();
        c.items = null;
        c.clear = true;
        c.execute();
        assertThat(out()).isEqualTo("宛名番号 000000101: 本人確認判定 MISMATCH, オンライン資格確認 不可" + NL
            + "宛名番号 000000101: 本人確認判定 VERIFIED, オンライン資格確認 可" + NL);
        c.items = List.of("ADDRESS");
        assertThat(assertThrows(CommandException.class, c::execute).getMessage())
            .isEqualTo("[INPUT] give the items that differ, or --clear when all five match (not both)");
        c.clear = false;
        c.items = List.of("NAME");
        assertThat(assertThrows(CommandException.class, c::execute).getMessage())
            .isEqualTo("[INPUT] 'NAME' is not a J-LIS item (KANJI_NAME, KANA_NAME, BIRTH_DATE, SEX, ADDRESS)");
    }

    @Test
    void permittedItemsListAndUpdate() throws Exception {
        when(exchange.permittedItems("112291", LocalDate.of(2026, 4, 1))).thenReturn(List.of(new PermittedItem(
            ExchangeDirection.INQUIRY, 42, LocalDate.of(2021, 9, 1), null, "番号法別表第二 第42号")));
        PermittedItemsCommand list = wire(new PermittedItemsCommand());
        list.exchange = exchange;
        list.tenant = "112291";
        list.asOf = "2026-04-01";
        list.execute();
        assertThat(out()).contains("照会").contains("42").contains("2021-09-01").contains("番号法別表第二 第42号");
        bytes.reset();

        PermittedItem closed = new PermittedItem(ExchangeDirection.PROVISION, 9, LocalDate.of(2021, 9, 1),
            LocalDate.of(2027, 4, 1), "主務省令 第9号");
        when(exchange.updatePermittedItem("112291", closed, "admin01")).thenReturn(closed);
        PermittedItemUpdateCommand update = wire(new PermittedItemUpdateCommand());
        update.exchange = exchange;
        update.tenant = "112291";
        update.direction = "provision";
        update.itemNo = 9;
        update.validFrom = "2021-09-01";
        update.validTo = "2027-04-01";
        update.basis = "主務省令 第9号";
        update.staff = "admin01";
        update.execute();
        assertThat(out()).isEqualTo("提供 9: 2021-09-01 – 2027-04-01 (主務省令 第9号)" + NL);
        update.validTo = "2027/04/01";
        assertThat(assertThrows(CommandException.class, update::execute).getMessage())
            .isEqualTo("[INPUT] --to '2027/04/01' is not a date (yyyy-MM-dd)");
        verify(exchange).updatePermittedItem(eq("112291"), any(), eq("admin01"));
    }

    @Test
    void federationResponsesCollectAndList() throws Exception {
        FederationResponse partial = new FederationResponse(1, 5L, "KEKKA_SHIKAKU_KOJIN_112291_20260501000000.csv", "ab",
            "PARTIAL", 1, List.of("line 3 識別番号 ＊＊＊＊＊0102: E101 枝番が資格情報と一致しません"), Instant.EPOCH);
        when(federation.collectResponses("112291")).thenReturn(List.of(partial));
        FederationResponsesCommand c = wire(new FederationResponsesCommand());
        c.federation = federation;
        c.tenant = "112291";
        c.collect = true;
        c.execute();
        assertThat(out().lines()).containsExactly(
            "KEKKA_SHIKAKU_KOJIN_112291_20260501000000.csv: PARTIAL, 1 accepted, 1 rejected (send 5)",
            "  エラー line 3 識別番号 ＊＊＊＊＊0102: E101 枝番が資格情報と一致しません", "1 response files collected");
    }

    @Test
    void federationIdImportPrintsTheReport(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("hihokenshaid.csv"), "x");
        when(federation.importInsuredIds("112291", "hihokenshaid.csv", "x".getBytes(StandardCharsets.UTF_8)))
            .thenReturn(new ImportReport("hihokenshaid.csv", "ab", 2, List.of("hihokenshaid.csv line 3: m"),
                List.of("hihokenshaid.csv line 5: r")));
        FederationIdImportCommand c = wire(new FederationIdImportCommand());
        c.federation = federation;
        c.tenant = "112291";
        c.file = file.toString();
        c.execute();
        assertThat(out().lines()).containsExactly("不整合 hihokenshaid.csv line 3: m", "却下 hihokenshaid.csv line 5: r",
            "市区町村被保険者ID連携ファイル hihokenshaid.csv: 2 links stored, 1 不整合, 1 rejected, sha256 ab");
        FederationIdImportCommand missing = wire(new FederationIdImportCommand());
        missing.federation = mock(FederationService.class);
        missing.tenant = "112291";
        missing.file = dir.resolve("none.csv").toString();
        assertThat(assertThrows(CommandException.class, missing::execute).getMessage())
            .isEqualTo("[INPUT] no file " + dir.resolve("none.csv"));
        verifyNoInteractions(missing.federation);
    }

    @Test
    void federationExportListsThePersonsLeftOut() throws Exception {
        when(federation.exportMaster("112291", YearMonth.of(2026, 4))).thenReturn(new FederationSend(5, "MASTER",
            "HIHOKENSHA_MASTER_112291_20260430235959.csv", null, Instant.EPOCH, 2, "ab", Instant.EPOCH));
        when(federation.exclusions("112291", 5)).thenReturn(List.of(new SendExclusion(5, "000000103", "枝番なし")));
        FederationExportCommand c = wire(new FederationExportCommand());
        c.federation = federation;
        c.tenant = "112291";
        c.master = "2026-04";
        c.execute();
        assertThat(out().lines()).containsExactly("HIHOKENSHA_MASTER_112291_20260430235959.csv: 2 records, sha256 ab (send 5)",
            "  送付対象外 宛名番号 000000103: 枝番なし");
    }
}
