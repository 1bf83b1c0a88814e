package jp.openkokuho.nhi.linkage.internal.federation;

import static jp.openkokuho.nhi.linkage.internal.Fixtures.WAKO;
import static jp.openkokuho.nhi.linkage.internal.Fixtures.period;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.openkokuho.nhi.api.eligibility.EligibilityService;
import jp.openkokuho.nhi.api.eligibility.LossReason;
import jp.openkokuho.nhi.api.eligibility.LossRequest;
import jp.openkokuho.nhi.api.eligibility.RelationshipType;
import jp.openkokuho.nhi.api.household.HouseholdService;
import jp.openkokuho.nhi.api.linkage.ContinuityFinding;
import jp.openkokuho.nhi.api.linkage.ImportReport;
import jp.openkokuho.nhi.api.tenant.TenantService;
import jp.openkokuho.nhi.linkage.internal.PassGuard;
import jp.openkokuho.nhi.linkage.internal.continuity.ContinuityServiceImpl;
import jp.openkokuho.nhi.linkage.internal.store.MemoryStores;

/** 国保資格取得喪失年月日連携ファイル: match, apply through the core, 不整合 with both values, rejected rows. */
class QualificationDatesImportTest {
    private static final LocalDate SINCE = LocalDate.of(2019, 4, 1);
    private static final String HEADER = String.join(",", FederationServiceImpl.DATES_HEADER);

    private static byte[] file(String... rows) {
        return (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void eachRowIsMatchedAppliedMismatchedOrRejected(@TempDir Path drop) {
        EligibilityService eligibility = mock(EligibilityService.class);
        when(eligibility.periods(WAKO, "101")).thenReturn(List.of(period("101", "1", RelationshipType.HEAD, SINCE, null)));
        when(eligibility.periods(WAKO, "102")).thenReturn(List.of(period("102", "1", RelationshipType.MEMBER, SINCE, null)));
        when(eligibility.periods(WAKO, "103")).thenReturn(List.of(
            period("103", "2", RelationshipType.HEAD, SINCE, LocalDate.of(2026, 5, 15))));
        MemoryStores stores = new MemoryStores();
        TenantService tenants = mock(TenantService.class);
        Clock clock = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
        FederationServiceImpl service = new FederationServiceImpl(eligibility, mock(HouseholdService.class), tenants, stores,
            new PassGuard(), DropDirectories.under(drop), clock);

        ImportReport r = service.importQualificationDates(WAKO, "renkei.csv", file(
            "112291,101,20190401,,20190401,,,",
            "112291,102,20190401,,20190401,20260510,111007,20260512",
            "112291,103,20190401,,20190401,20260510,111007,20260510",
            "112291,999,20190401,,20190401,,,",
            "111007,101,20190401,,20190401,,,"));
        assertThat(r.accepted()).isEqualTo(2);
        verify(eligibility).recordLoss(WAKO, new LossRequest("102", LossReason.MOVE_OUT, LocalDate.of(2026, 5, 10),
            LocalDate.of(2026, 6, 1)));
        assertThat(r.mismatches()).containsExactly(
            "renkei.csv line 4: 宛名番号 ＊＊＊ 適用終了年月日 here 2026-05-15, in the file 2026-05-10");
        assertThat(r.rejected()).containsExactly("renkei.csv line 5: 宛名番号 ＊＊＊ is unknown here",
            "renkei.csv line 6: 市町村コード 111007 is not this municipality (112291)");
        List<ContinuityFinding> findings = new ContinuityServiceImpl(eligibility, tenants, stores, new PassGuard(), clock).findings(WAKO);
        assertThat(findings).extracting(ContinuityFinding::atenaNo, ContinuityFinding::kind, ContinuityFinding::days,
            ContinuityFinding::source).containsExactly(
                org.assertj.core.groups.Tuple.tuple("103", "CONTINUOUS", 0, "renkei.csv"),
                org.assertj.core.groups.Tuple.tuple("102", "GAP", 2, "renkei.csv"));
    }

    @Test
    void aMalformedRowRefusesTheFileBeforeAnythingIsApplied(@TempDir Path drop) {
        EligibilityService eligibility = mock(EligibilityService.class);
        FederationServiceImpl service = new FederationServiceImpl(eligibility, mock(HouseholdService.class),
            mock(TenantService.class), new MemoryStores(), new PassGuard(), DropDirectories.under(drop), Clock.systemUTC());
        assertThatThrownBy(() -> service.importQualificationDates(WAKO, "renkei.csv", file(
            "112291,102,20190401,,20190401,20260510,,", "112291,103,20190401,,20190431,,,")))
            .hasMessage("renkei.csv line 3: 適用開始年月日 must be a calendar date yyyyMMdd");
        verify(eligibility, never()).recordLoss(any(), any());
    }
}
