package jp.openkokuho.nhi.linkage.internal.federation;

import static jp.openkokuho.nhi.linkage.internal.Fixtures.WAKO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.openkokuho.nhi.api.eligibility.AcquisitionReason;
import jp.openkokuho.nhi.api.eligibility.ChangeKind;
import jp.openkokuho.nhi.api.eligibility.CoveragePeriod;
import jp.openkokuho.nhi.api.eligibility.CoverageVersion;
import jp.openkokuho.nhi.api.eligibility.EligibilityService;
import jp.openkokuho.nhi.api.eligibility.RelationshipType;
import jp.openkokuho.nhi.api.household.Household;
import jp.openkokuho.nhi.api.household.HouseholdMember;
import jp.openkokuho.nhi.api.household.HouseholdService;
import jp.openkokuho.nhi.api.linkage.FederationResponse;
import jp.openkokuho.nhi.api.linkage.FederationSend;
import jp.openkokuho.nhi.api.linkage.SendExclusion;
import jp.openkokuho.nhi.api.tenant.TenantService;
import jp.openkokuho.nhi.linkage.internal.Fixtures;
import jp.openkokuho.nhi.linkage.internal.MemoryMyNumbers;
import jp.openkokuho.nhi.linkage.internal.PassGuard;
import jp.openkokuho.nhi.linkage.internal.identity.IdentityServiceImpl;
import jp.openkokuho.nhi.linkage.internal.store.MemoryStores;

/** 受付結果 files collected from the drop directory and recorded against the send; persons left out of a send. */
class FederationResponsesTest {
    private static final Instant T1 = Instant.parse("2026-04-10T01:00:00Z");
    private static final Instant CUTOFF = Instant.parse("2026-04-30T15:00:00Z");
    private static final LocalDate APR_10 = LocalDate.of(2026, 4, 10);
    private static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);

    private final EligibilityService eligibility = mock(EligibilityService.class);
    private final HouseholdService households = mock(HouseholdService.class);
    private final MemoryStores stores = new MemoryStores();
    private IdentityServiceImpl identity;
    private FederationServiceImpl service;
    private Path tenantDir;

    private static CoverageVersion acquired(String atena, RelationshipType rel) {
        CoveragePeriod p = new CoveragePeriod(atena, "7001", rel, APR_10, AcquisitionReason.MOVE_IN, APR_10, false, null,
            null, null, false, 1);
        return new CoverageVersion(1, 1, ChangeKind.ACQUIRED, p, APR_10, T1, false, "ev-" + atena);
    }

    @BeforeEach
    void setUp(@TempDir Path root) {
        for (String a : List.of("000000101", "000000102", "000000103")) {
            CoverageVersion v = acquired(a, a.endsWith("1") ? RelationshipType.HEAD : RelationshipType.MEMBER);
            when(eligibility.history(WAKO, a)).thenReturn(List.of(v));
            when(eligibility.periods(WAKO, a)).thenReturn(List.of(v.period()));
        }
        TenantService tenants = mock(TenantService.class);
        Clock clock = Clock.fixed(Instant.parse("2026-05-02T00:00:00Z"), ZoneOffset.UTC);
        identity = new IdentityServiceImpl(eligibility, tenants, stores, new PassGuard(), new MemoryMyNumbers(), clock);
        identity.assignBranches(WAKO, "7001", List.of("000000101", "000000102"), APR_10);
        // the channel of this tenant is configured elsewhere than under the root
        tenantDir = root.resolve("share-wako");
        service = new FederationServiceImpl(eligibility, households, tenants, stores, new PassGuard(),
            DropDirectories.configured(root.resolve("default"), WAKO + "=" + tenantDir), clock);
    }

    @Test
    void theFederationsAnswersAreRecordedAgainstTheirSends() throws Exception {
        List<FederationSend> sends;
        try (FakeFederationDropBox federation = new FakeFederationDropBox(tenantDir)
                .answer("000000102", "E101", "枝番が資格情報と一致しません")) {
            sends = service.exportChanges(WAKO, CUTOFF);
            assertThat(federation.awaitAnswers(2, Duration.ofSeconds(10))).isTrue();
        }
        List<FederationResponse> collected = service.collectResponses(WAKO);
        assertThat(collected).extracting(FederationResponse::responseFile).containsExactly(
            "KEKKA_SHIKAKU_KOJIN_112291_20260501000000.csv", "KEKKA_SHIKAKU_SETAI_112291_20260501000000.csv");
        FederationResponse person = collected.get(0);
        assertThat(person.sendId()).isEqualTo(sends.get(0).sendId());
        assertThat(person.status()).isEqualTo("PARTIAL");
        assertThat(person.acceptedRows()).isEqualTo(1);
        assertThat(person.rejectedRows()).containsExactly("line 3 識別番号 ＊＊＊＊＊0102: E101 枝番が資格情報と一致しません");
        FederationResponse household = collected.get(1);
        assertThat(household.sendId()).isEqualTo(sends.get(1).sendId());
        assertThat(household.status()).isEqualTo("ACCEPTED");
        assertThat(household.acceptedRows()).isEqualTo(1);
        assertThat(household.rejectedRows()).isEmpty();

        // each file is recorded once and moved aside
        assertThat(service.collectResponses(WAKO)).isEmpty();
        assertThat(Files.exists(tenantDir.resolve("receive/collected/KEKKA_SHIKAKU_KOJIN_112291_20260501000000.csv")))
            .isTrue();
        assertThat(service.responses(WAKO)).isEqualTo(collected);
    }

    @Test
    void aWholeFileErrorAndUnreadableAnswers() throws Exception {
        FederationSend send = service.exportChanges(WAKO, CUTOFF).get(0);
        Path receive = Files.createDirectories(tenantDir.resolve("receive"));
        String header = "送付ファイル名,送付ファイルSHA-256,行番号,識別番号,結果区分,エラーコード,エラー内容\n";
        Files.writeString(receive.resolve("A_whole.csv"), header + send.fileName() + "," + send.sha256()
            + ",0,,1,F001,ファイル形式エラー\n");
        Files.writeString(receive.resolve("B_unknown.csv"), header + "NOPE.csv," + send.sha256() + ",2,000000101,0,,\n");
        Files.writeString(receive.resolve("C_sha.csv"), header + send.fileName() + "," + "0".repeat(64)
            + ",2,000000101,0,,\n");
        Files.writeString(receive.resolve("D_line.csv"), header + send.fileName() + "," + send.sha256()
            + ",4,000000101,0,,\n");
        Files.writeString(receive.resolve(".E_partial.csv"), header);

        List<FederationResponse> r = service.collectResponses(WAKO);
        assertThat(r).extracting(FederationResponse::responseFile, FederationResponse::sendId,
            FederationResponse::status, FederationResponse::acceptedRows, FederationResponse::rejectedRows)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple("A_whole.csv", send.sendId(), "REJECTED", 0,
                    List.of("whole file: F001 ファイル形式エラー")),
                org.assertj.core.groups.Tuple.tuple("B_unknown.csv", null, "REFUSED", 0,
                    List.of("B_unknown.csv line 2: 送付ファイル名 NOPE.csv is no send of this municipality")),
                org.assertj.core.groups.Tuple.tuple("C_sha.csv", null, "REFUSED", 0,
                    List.of("C_sha.csv line 2: 送付ファイルSHA-256 is not the SHA-256 of " + send.fileName() + " as sent")),
                org.assertj.core.groups.Tuple.tuple("D_line.csv", null, "REFUSED", 0,
                    List.of("D_line.csv line 2: 行番号 must be 0 (the whole file) or a data line 2–3 of "
                        + send.fileName())));
        // a file still being written (dot name) is left alone
        assertThat(Files.exists(receive.resolve(".E_partial.csv"))).isTrue();
    }

    @Test
    void insuredPersonsWithoutBranchNumberAreListedWithTheSend() {
        // 103 is a member of 7001 without 枝番; 105 was issued a 宛名番号 and is insured in 7002; 104 is linked but
        // not insured on the cut-off day, so not missing from any file
        when(households.household(WAKO, "7001", MAY_1)).thenReturn(Optional.of(new Household("7001", MAY_1,
            "000000101", false, List.of(new HouseholdMember("000000101", 1, RelationshipType.HEAD, "", APR_10),
                new HouseholdMember("000000102", 2, RelationshipType.MEMBER, "", APR_10),
                new HouseholdMember("000000103", 3, RelationshipType.MEMBER, "", APR_10)), 1)));
        identity.registerAgencyCode(WAKO, "000000104", "FUGO-104");
        identity.registerAgencyCode(WAKO, "000000105", "FUGO-105");
        when(eligibility.periods(WAKO, "000000104")).thenReturn(List.of(Fixtures.period("000000104", "7002",
            RelationshipType.HEAD, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 4, 1))));
        when(eligibility.periods(WAKO, "000000105")).thenReturn(List.of(Fixtures.period("000000105", "7002",
            RelationshipType.HEAD, LocalDate.of(2020, 1, 1), null)));

        List<FederationSend> sends = service.exportChanges(WAKO, CUTOFF);
        assertThat(sends.get(0).recordCount()).isEqualTo(2);
        List<SendExclusion> expected = List.of(
            new SendExclusion(sends.get(0).sendId(), "000000103", FederationServiceImpl.NO_BRANCH),
            new SendExclusion(sends.get(0).sendId(), "000000105", FederationServiceImpl.NO_BRANCH));
        assertThat(service.exclusions(WAKO, sends.get(0).sendId())).isEqualTo(expected);
        assertThat(service.exclusions(WAKO, sends.get(1).sendId())).extracting(SendExclusion::atenaNo)
            .containsExactly("000000103", "000000105");

        // once numbered, the person is in the next file and no longer excluded
        identity.assignBranches(WAKO, "7001", List.of("000000103"), MAY_1);
        FederationSend master = service.exportMaster(WAKO, java.time.YearMonth.of(2026, 4));
        assertThat(master.recordCount()).isEqualTo(3);
        assertThat(service.exclusions(WAKO, master.sendId())).extracting(SendExclusion::atenaNo)
            .containsExactly("000000105");
    }
}
