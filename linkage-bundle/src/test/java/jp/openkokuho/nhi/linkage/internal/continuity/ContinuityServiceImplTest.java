package jp.openkokuho.nhi.linkage.internal.continuity;

import static jp.openkokuho.nhi.linkage.internal.Fixtures.CHIYODA;
import static jp.openkokuho.nhi.linkage.internal.Fixtures.SAITAMA;
import static jp.openkokuho.nhi.linkage.internal.Fixtures.WAKO;
import static jp.openkokuho.nhi.linkage.internal.Fixtures.period;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.openkokuho.nhi.api.audit.AccessDeniedException;
import jp.openkokuho.nhi.api.eligibility.CorrectionRequest;
import jp.openkokuho.nhi.api.eligibility.EligibilityService;
import jp.openkokuho.nhi.api.eligibility.RelationshipType;
import jp.openkokuho.nhi.api.eligibility.RuleViolationException;
import jp.openkokuho.nhi.api.linkage.ContinuityFinding;
import jp.openkokuho.nhi.api.linkage.LinkageException;
import jp.openkokuho.nhi.api.linkage.MoveOutCorrection;
import jp.openkokuho.nhi.api.tenant.TenantService;
import jp.openkokuho.nhi.linkage.internal.PassGuard;
import jp.openkokuho.nhi.linkage.internal.TenantGuard;
import jp.openkokuho.nhi.linkage.internal.store.MemoryStores;

/** The R7 worked example (和光市 → さいたま市 on 2026-05-10) and R6 corrections, read from two tenants. */
class ContinuityServiceImplTest {
    private static final LocalDate SINCE = LocalDate.of(2019, 4, 1);
    private static final Instant NOW = Instant.parse("2026-05-20T00:00:00Z");
    private final EligibilityService eligibility = mock(EligibilityService.class);
    private final MemoryStores stores = new MemoryStores();
    private ContinuityServiceImpl service;

    @BeforeEach
    void setUp() {
        service = new ContinuityServiceImpl(eligibility, mock(TenantService.class), stores, new PassGuard(),
            Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private void wakoEnds(LocalDate end) {
        when(eligibility.periods(WAKO, "000000101")).thenReturn(List.of(
            period("000000101", "7001", RelationshipType.HEAD, SINCE, end)));
    }

    private void saitamaStarts(LocalDate start) {
        when(eligibility.periods(SAITAMA, "000300001")).thenReturn(List.of(
            period("000300001", "5001", RelationshipType.HEAD, start, null)));
    }

    @Test
    void meetingPeriodsAreReportedContinuousToBothSides() {
        wakoEnds(LocalDate.of(2026, 5, 10));
        saitamaStarts(LocalDate.of(2026, 5, 10));
        ContinuityFinding f = service.checkMove(WAKO, "000000101", SAITAMA, "000300001");
        assertThat(f.kind()).isEqualTo("CONTINUOUS");
        assertThat(f.days()).isZero();
        assertThat(service.findings(SAITAMA)).singleElement().satisfies(s -> {
            assertThat(s.side()).isEqualTo("INCOMING");
            assertThat(s.atenaNo()).isEqualTo("000300001");
            assertThat(s.otherMunicipalityCode()).isEqualTo(WAKO);
            assertThat(s.otherAtenaNo()).isEqualTo("000000101");
            assertThat(s.kind()).isEqualTo("CONTINUOUS");
        });
    }

    @Test
    void aStartOn2026_05_12IsATwoDayGapForBoth() {
        wakoEnds(LocalDate.of(2026, 5, 10));
        saitamaStarts(LocalDate.of(2026, 5, 12));
        ContinuityFinding f = service.checkMove(WAKO, "000000101", SAITAMA, "000300001");
        assertThat(f).isEqualTo(new ContinuityFinding(f.findingId(), "OUTGOING", "000000101", SAITAMA, "000300001",
            LocalDate.of(2026, 5, 10), LocalDate.of(2026, 5, 12), "GAP", 2, "TENANTS", NOW));
        assertThat(service.findings(WAKO)).containsExactly(f);
        assertThat(service.findings(SAITAMA)).extracting(ContinuityFinding::kind, ContinuityFinding::days)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("GAP", 2));
    }

    @Test
    void aPlannedMoveOutOn2026_05_15IsAFiveDayOverlapCorrectedToTheConfirmedDate() {
        wakoEnds(LocalDate.of(2026, 5, 15));
        saitamaStarts(LocalDate.of(2026, 5, 10));
        ContinuityFinding f = service.checkMove(WAKO, "000000101", SAITAMA, "000300001");
        assertThat(f.kind()).isEqualTo("OVERLAP");
        assertThat(f.days()).isEqualTo(5);
        // the core records the corrected loss as a new version of the period; the history then shows 2026-05-10
        CorrectionRequest expected = new CorrectionRequest("000000101", SINCE, null, LocalDate.of(2026, 5, 10),
            "R6 転出確定 2026-05-10");
        when(eligibility.recordCorrection(WAKO, expected)).thenAnswer(i -> {
            wakoEnds(LocalDate.of(2026, 5, 10));
            return null;
        });
        MoveOutCorrection c = service.correctMoveOut(WAKO, "000000101", LocalDate.of(2026, 5, 10));
        assertThat(c.plannedDate()).isEqualTo(LocalDate.of(2026, 5, 15));
        assertThat(c.confirmedDate()).isEqualTo(LocalDate.of(2026, 5, 10));
        assertThat(c.fiscalYears()).containsExactly(2026);
        verify(eligibility).recordCorrection(WAKO, expected);
        assertThat(eligibility.periods(WAKO, "000000101").get(0).endDate()).isEqualTo(LocalDate.of(2026, 5, 10));
        ContinuityFinding after = service.checkMove(WAKO, "000000101", SAITAMA, "000300001");
        assertThat(after.kind()).isEqualTo("CONTINUOUS");
        assertThat(after.days()).isZero();
    }

    @Test
    void aCorrectionTheCoreRefusesLeavesNoRecord() {
        wakoEnds(LocalDate.of(2026, 5, 15));
        when(eligibility.recordCorrection(eq(WAKO), any())).thenThrow(new RuleViolationException("R1",
            "the corrected period overlaps period 2"));
        assertThatThrownBy(() -> service.correctMoveOut(WAKO, "000000101", LocalDate.of(2026, 5, 10)))
            .isInstanceOf(RuleViolationException.class).hasMessage("the corrected period overlaps period 2");
        assertThat(stores.forTenant(WAKO).<Integer>inTransaction(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM move_out_correction")) {
                rs.next();
                return rs.getInt(1);
            }
        })).isZero();
    }

    @Test
    void aCheckNeedsARoleInBothTenantsElseNothingIsStored() {
        wakoEnds(LocalDate.of(2026, 5, 10));
        saitamaStarts(LocalDate.of(2026, 5, 10));
        TenantGuard wakoOnly = new TenantGuard(WAKO);
        ContinuityServiceImpl guarded = new ContinuityServiceImpl(eligibility, mock(TenantService.class), stores,
            wakoOnly, Clock.fixed(NOW, ZoneOffset.UTC));
        assertThatThrownBy(() -> guarded.checkMove(WAKO, "000000101", SAITAMA, "000300001"))
            .isInstanceOf(AccessDeniedException.class)
            .hasMessage("no role of tenant 111007 allows linkage.continuity.check");
        assertThat(wakoOnly.log).containsExactly("111007 linkage.continuity.check DENIED");
        assertThat(service.findings(WAKO)).isEmpty();
        assertThat(service.findings(SAITAMA)).isEmpty();

        TenantGuard both = new TenantGuard(WAKO, SAITAMA);
        new ContinuityServiceImpl(eligibility, mock(TenantService.class), stores, both, Clock.fixed(NOW, ZoneOffset.UTC))
            .checkMove(WAKO, "000000101", SAITAMA, "000300001");
        assertThat(both.log).containsExactly("111007 linkage.continuity.check OK", "112291 linkage.continuity.check OK");
        assertThat(service.findings(WAKO)).hasSize(1);
        assertThat(service.findings(SAITAMA)).hasSize(1);
    }

    @Test
    void aCorrectionAcrossApril1stNeedsANoticeForEachFiscalYear() {
        wakoEnds(LocalDate.of(2026, 4, 3));
        assertThat(service.correctMoveOut(WAKO, "000000101", LocalDate.of(2026, 3, 28)).fiscalYears())
            .containsExactly(2025, 2026);
        assertThatThrownBy(() -> service.correctMoveOut(WAKO, "000000101", LocalDate.of(2026, 4, 3)))
            .isInstanceOf(LinkageException.class).hasMessageContaining("already is 2026-04-03");
    }

    @Test
    void aMoveToTokyoIsNotAContinuityCase() {
        assertThatThrownBy(() -> service.checkMove(WAKO, "000000101", CHIYODA, "000000001"))
            .isInstanceOf(LinkageException.class).hasMessageContaining("different prefectures");
    }
}
