package jp.openkokuho.nhi.linkage.internal.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.openkokuho.nhi.api.eligibility.AcquisitionReason;
import jp.openkokuho.nhi.api.eligibility.ChangeKind;
import jp.openkokuho.nhi.api.eligibility.CoveragePeriod;
import jp.openkokuho.nhi.api.eligibility.CoverageVersion;
import jp.openkokuho.nhi.api.eligibility.EligibilityService;
import jp.openkokuho.nhi.api.eligibility.LossReason;
import jp.openkokuho.nhi.api.eligibility.RelationshipType;
import jp.openkokuho.nhi.api.household.HouseholdService;
import jp.openkokuho.nhi.api.linkage.FederationSend;
import jp.openkokuho.nhi.api.linkage.ImportReport;
import jp.openkokuho.nhi.api.tenant.TenantService;
import jp.openkokuho.nhi.linkage.internal.Hashes;
import jp.openkokuho.nhi.linkage.internal.MemoryMyNumbers;
import jp.openkokuho.nhi.linkage.internal.PassGuard;
import jp.openkokuho.nhi.linkage.internal.identity.IdentityServiceImpl;
import jp.openkokuho.nhi.linkage.internal.store.MemoryStores;

/** Changes since the last send, the monthly master, identical regeneration, delivery through the drop directory. */
class FederationServiceImplTest {
    private static final String WAKO = "112291";
    private static final Instant T1 = Instant.parse("2026-04-10T01:00:00Z");
    private static final Instant T2 = Instant.parse("2026-05-20T01:00:00Z");
    private static final LocalDate APR_10 = LocalDate.of(2026, 4, 10);

    private static CoverageVersion version(int seq, ChangeKind kind, String atena, RelationshipType rel, LocalDate end,
            Instant at) {
        CoveragePeriod p = new CoveragePeriod(atena, "7001", rel, APR_10, AcquisitionReason.MOVE_IN, APR_10, false, end,
            end == null ? null : LossReason.DEATH, end, false, seq);
        return new CoverageVersion(seq, 1, kind, p, LocalDate.ofInstant(at, ZoneOffset.UTC), at, false, "ev-" + atena + seq);
    }

    @Test
    void whatIsSentComesBackFromTheFederationAsMatchesAndChangesNothing(@TempDir Path drop) throws Exception {
        // the 連合会 answers our 資格情報(個人)ファイル with the 国保資格取得喪失年月日連携ファイル of the same persons:
        // our own dates must come back as matches, with no 不整合, no rejected row and no write to the history
        EligibilityService eligibility = mock(EligibilityService.class);
        LocalDate died = LocalDate.of(2026, 5, 16);
        when(eligibility.history(WAKO, "000000101")).thenReturn(List.of(
            version(1, ChangeKind.ACQUIRED, "000000101", RelationshipType.HEAD, null, T1),
            version(2, ChangeKind.LOST, "000000101", RelationshipType.HEAD, died, T2)));
        when(eligibility.history(WAKO, "000000102")).thenReturn(List.of(version(1, ChangeKind.ACQUIRED, "000000102",
            RelationshipType.MEMBER, null, T1)));
        when(eligibility.periods(WAKO, "000000101")).thenReturn(List.of(
            version(2, ChangeKind.LOST, "000000101", RelationshipType.HEAD, died, T2).period()));
        when(eligibility.periods(WAKO, "000000102")).thenReturn(List.of(
            version(1, ChangeKind.ACQUIRED, "000000102", RelationshipType.MEMBER, null, T1).period()));
        MemoryStores stores = new MemoryStores();
        TenantService tenants = mock(TenantService.class);
        Clock clock = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
        new IdentityServiceImpl(eligibility, tenants, stores, new PassGuard(), new MemoryMyNumbers(), clock)
            .assignBranches(WAKO, "7001", List.of("000000101", "000000102"), APR_10);
        FederationServiceImpl service = new FederationServiceImpl(eligibility, mock(HouseholdService.class), tenants,
            stores, new PassGuard(), DropDirectories.under(drop), clock);

        byte[] sent;
        try (FakeFederationDropBox federation = new FakeFederationDropBox(drop.resolve(WAKO))) {
            FederationSend send = service.exportChanges(WAKO, Instant.parse("2026-05-31T15:00:00Z")).get(0);
            assertThat(federation.awaitCollected(2, Duration.ofSeconds(10))).contains(send.fileName());
            sent = Files.readAllBytes(federation.received(send.fileName()));
        }
        // the latest version of each person, in the federation's layout (dates as sent)
        java.util.Map<String, String[]> latest = new java.util.TreeMap<>();
        new String(sent, StandardCharsets.UTF_8).lines().skip(1).map(l -> l.split(",", -1))
            .forEach(c -> latest.put(c[1], c));
        StringBuilder dates = new StringBuilder(String.join(",", FederationServiceImpl.DATES_HEADER)).append('\n');
        latest.values().forEach(c -> dates.append(String.join(",", c[0], c[1], c[8], c[10], c[8], c[10], "", ""))
            .append('\n'));
        assertThat(dates.toString()).endsWith("112291,000000101,20260410,20260516,20260410,20260516,,\n"
            + "112291,000000102,20260410,,20260410,,,\n");

        ImportReport back = service.importQualificationDates(WAKO, "renkei.csv",
            dates.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(back.accepted()).isEqualTo(2);
        assertThat(back.mismatches()).isEmpty();
        assertThat(back.rejected()).isEmpty();
        verify(eligibility, never()).recordLoss(anyString(), any());
        verify(eligibility, never()).recordCorrection(anyString(), any());
    }

    @Test
    void changesMasterAndRegeneration(@TempDir Path drop) throws Exception {
        EligibilityService eligibility = mock(EligibilityService.class);
        List<CoverageVersion> head = new ArrayList<>(List.of(version(1, ChangeKind.ACQUIRED, "000000101",
            RelationshipType.HEAD, null, T1)));
        when(eligibility.history(WAKO, "000000101")).thenAnswer(i -> List.copyOf(head));
        when(eligibility.history(WAKO, "000000102")).thenReturn(List.of(version(1, ChangeKind.ACQUIRED, "000000102",
            RelationshipType.MEMBER, null, T1)));
        MemoryStores stores = new MemoryStores();
        TenantService tenants = mock(TenantService.class);
        Clock clock = Clock.fixed(T2, ZoneOffset.UTC);
        new IdentityServiceImpl(eligibility, tenants, stores, new PassGuard(),
            new MemoryMyNumbers(), clock)
            .assignBranches(WAKO, "7001", List.of("000000101", "000000102"), APR_10);
        FederationServiceImpl service = new FederationServiceImpl(eligibility, mock(HouseholdService.class), tenants, stores,
            new PassGuard(), DropDirectories.under(drop), clock);

        List<FederationSend> first;
        try (FakeFederationDropBox federation = new FakeFederationDropBox(drop.resolve(WAKO))) {
            first = service.exportChanges(WAKO, Instant.parse("2026-04-30T15:00:00Z"));
            assertThat(first).extracting(FederationSend::fileKind).containsExactly("PERSON", "HOUSEHOLD");
            assertThat(first.get(0).fileName()).isEqualTo("SHIKAKU_KOJIN_112291_20260501000000.csv");
            assertThat(first.get(0).recordCount()).isEqualTo(2);
            assertThat(first.get(0).periodFrom()).isNull();
            List<String> names = federation.awaitCollected(2, Duration.ofSeconds(10));
            assertThat(names).containsExactlyInAnyOrder("SHIKAKU_KOJIN_112291_20260501000000.csv",
                "SHIKAKU_SETAI_112291_20260501000000.csv");
            byte[] person = Files.readAllBytes(federation.received("SHIKAKU_KOJIN_112291_20260501000000.csv"));
            assertThat(new String(person, StandardCharsets.UTF_8)).isEqualTo(String.join("\n",
                "市町村コード,宛名番号,履歴番号,期間番号,異動区分,国保世帯番号,続柄,枝番,資格取得年月日,資格取得事由,資格喪失年月日,資格喪失事由,処理日,削除区分",
                "112291,000000101,1,1,1,7001,1,01,20260410,MOVE_IN,,,20260410,0",
                "112291,000000102,1,1,1,7001,2,02,20260410,MOVE_IN,,,20260410,0", ""));
            assertThat(Hashes.sha256(person)).isEqualTo(first.get(0).sha256());
            assertThat(Files.readString(federation.received("SHIKAKU_SETAI_112291_20260501000000.csv"))).isEqualTo(
                "市町村コード,国保世帯番号,世帯主宛名番号,被保険者数,基準日\n112291,7001,000000101,2,20260501\n");
        }

        // the head dies on 2026-05-15, recorded T2: the next send carries only that version
        head.add(version(2, ChangeKind.LOST, "000000101", RelationshipType.HEAD, LocalDate.of(2026, 5, 16), T2));
        List<FederationSend> second = service.exportChanges(WAKO, Instant.parse("2026-05-31T14:59:59.999Z"));
        assertThat(second.get(0).periodFrom()).isEqualTo(Instant.parse("2026-04-30T15:00:00Z"));
        assertThat(second.get(0).recordCount()).isEqualTo(1);
        assertThat(Files.readString(drop.resolve(WAKO).resolve("send").resolve(second.get(0).fileName())))
            .endsWith("112291,000000101,2,1,2,7001,1,01,20260410,MOVE_IN,20260516,DEATH,20260520,0\n");
        assertThat(Files.readString(drop.resolve(WAKO).resolve("send").resolve(second.get(1).fileName())))
            .endsWith("112291,7001,,1,20260531\n");
        assertThatThrownBy(() -> service.exportChanges(WAKO, Instant.parse("2026-05-01T00:00:00Z")))
            .hasMessageContaining("is not after the previous send's");

        FederationSend master = service.exportMaster(WAKO, YearMonth.of(2026, 4));
        assertThat(master.fileName()).isEqualTo("HIHOKENSHA_MASTER_112291_20260430235959.csv");
        assertThat(master.recordCount()).isEqualTo(2);
        FederationSend may = service.exportMaster(WAKO, YearMonth.of(2026, 5));
        assertThat(may.recordCount()).isEqualTo(1);

        // regeneration reads the same roster and history: identical bytes, also after the later change
        assertThat(Hashes.sha256(service.regenerate(WAKO, first.get(0).sendId()))).isEqualTo(first.get(0).sha256());
        assertThat(Hashes.sha256(service.regenerate(WAKO, master.sendId()))).isEqualTo(master.sha256());
        assertThat(service.sends(WAKO)).hasSize(6);
    }
}
