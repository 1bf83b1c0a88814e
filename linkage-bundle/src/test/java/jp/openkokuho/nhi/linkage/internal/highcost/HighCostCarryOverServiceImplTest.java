package jp.openkokuho.nhi.linkage.internal.highcost;

import static jp.openkokuho.nhi.linkage.internal.Fixtures.ASAKA;
import static jp.openkokuho.nhi.linkage.internal.Fixtures.CHIYODA;
import static jp.openkokuho.nhi.linkage.internal.Fixtures.WAKO;
import static jp.openkokuho.nhi.linkage.internal.Fixtures.period;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.openkokuho.nhi.api.eligibility.EligibilityService;
import jp.openkokuho.nhi.api.eligibility.RelationshipType;
import jp.openkokuho.nhi.api.linkage.AgeGroup;
import jp.openkokuho.nhi.api.linkage.CarryOverCase;
import jp.openkokuho.nhi.api.linkage.CarryOverState;
import jp.openkokuho.nhi.api.linkage.ContinuityVerdict;
import jp.openkokuho.nhi.api.linkage.HighCostAssessment;
import jp.openkokuho.nhi.api.linkage.HighCostMonthKind;
import jp.openkokuho.nhi.api.linkage.ImportReport;
import jp.openkokuho.nhi.api.linkage.LinkageException;
import jp.openkokuho.nhi.api.linkage.PersonMove;
import jp.openkokuho.nhi.api.tenant.TenantService;
import jp.openkokuho.nhi.linkage.internal.PassGuard;
import jp.openkokuho.nhi.linkage.internal.store.MemoryStores;

/** R8 test A end to end: 世帯主X + 配偶者Y move 和光市 → 朝霞市 on 2026-03-10; R9 counting with carried months. */
class HighCostCarryOverServiceImplTest {
    private static final LocalDate MOVE = LocalDate.of(2026, 3, 10);
    private static final Instant NOW = Instant.parse("2026-03-20T01:00:00Z");

    private final EligibilityService eligibility = mock(EligibilityService.class);
    private HighCostCarryOverServiceImpl service;

    @BeforeEach
    void setUp() {
        service = new HighCostCarryOverServiceImpl(eligibility, mock(TenantService.class), new MemoryStores(), new PassGuard(),
            HighCostLimitTable.bundled(), Clock.fixed(NOW, ZoneOffset.UTC));
        LocalDate since = LocalDate.of(2019, 4, 1);
        when(eligibility.periods(WAKO, "000000101")).thenReturn(List.of(
            period("000000101", "7001", RelationshipType.HEAD, since, MOVE)));
        when(eligibility.periods(WAKO, "000000102")).thenReturn(List.of(
            period("000000102", "7001", RelationshipType.MEMBER, since, MOVE)));
        when(eligibility.periods(ASAKA, "000000501")).thenReturn(List.of(
            period("000000501", "9001", RelationshipType.HEAD, MOVE, null)));
        when(eligibility.periods(ASAKA, "000000502")).thenReturn(List.of(
            period("000000502", "9001", RelationshipType.MEMBER, MOVE, null)));
        when(eligibility.periods(CHIYODA, "000000501")).thenReturn(List.of(
            period("000000501", "9001", RelationshipType.HEAD, MOVE, null)));
    }

    private CarryOverCase detectA() {
        return service.detectCandidate(ASAKA, WAKO, MOVE, List.of(new PersonMove("000000101", "000000501", null),
            new PersonMove("000000102", "000000502", null)));
    }

    private static byte[] history(String... rows) {
        return (String.join(",", OutgoingHighCostHistoryFile.HEADER) + "\n" + String.join("\n", rows) + "\n")
            .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void testA_isProposedContinuousAndWaitsForStaff() {
        CarryOverCase c = detectA();
        assertThat(c.state()).isEqualTo(CarryOverState.CANDIDATE);
        assertThat(c.proposal()).isEqualTo(ContinuityVerdict.CONTINUOUS);
        assertThat(c.criteria()).containsExactly(1);
        assertThat(c.incomingHouseholdNo()).isEqualTo("9001");
        assertThat(c.outgoingMunicipalityCode()).isEqualTo(WAKO);
        assertThat(c.outgoingHouseholdNo()).isEqualTo("7001");
        assertThat(c.moveDate()).isEqualTo(MOVE);
        assertThat(service.cases(ASAKA)).containsExactly(c);
    }

    @Test
    void testE_aMoveFromAnotherPrefectureIsOnlyDetected() {
        CarryOverCase c = service.detectCandidate(CHIYODA, WAKO, MOVE,
            List.of(new PersonMove("000000101", "000000501", null)));
        assertThat(c.state()).isEqualTo(CarryOverState.DETECTED);
        assertThat(c.proposal()).isEqualTo(ContinuityVerdict.OUT_OF_PREFECTURE);
        assertThatThrownBy(() -> service.decide(CHIYODA, c.caseId(), true, "容認", "staff01"))
            .isInstanceOf(LinkageException.class).hasMessageContaining("is DETECTED and cannot become ACCEPTED");
    }

    @Test
    void aDecisionNeedsAReasonAndIsRecordedWithStaffAndTime() {
        CarryOverCase c = detectA();
        assertThatThrownBy(() -> service.decide(ASAKA, c.caseId(), true, " ", "staff01"))
            .hasMessageContaining("needs a reason");
        CarryOverCase accepted = service.decide(ASAKA, c.caseId(), true, "住民票で世帯主の同一を確認", "staff01");
        assertThat(accepted.state()).isEqualTo(CarryOverState.ACCEPTED);
        assertThat(accepted.decisionReason()).isEqualTo("住民票で世帯主の同一を確認");
        assertThat(accepted.decidedBy()).isEqualTo("staff01");
        assertThat(accepted.decidedAt()).isEqualTo(NOW);
    }

    @Test
    void aRejectedCaseCannotBeConfirmed() {
        CarryOverCase c = detectA();
        service.decide(ASAKA, c.caseId(), false, "世帯主が異なる", "staff01");
        assertThatThrownBy(() -> service.confirm(ASAKA, c.caseId())).hasMessageContaining("is REJECTED");
    }

    @Test
    void carriedMonthsCountOnlyAfterConfirmationAndImport() {
        CarryOverCase c = detectA();
        service.recordHighCostMonth(ASAKA, "9001", YearMonth.of(2026, 4), HighCostMonthKind.HOUSEHOLD);
        byte[] file = history(WAKO + ",7001," + ASAKA + ",9001,202512,1", WAKO + ",7001," + ASAKA + ",9001,202601,1",
            WAKO + ",7001," + ASAKA + ",9001,202602,2", WAKO + ",7001," + ASAKA + ",9999,202602,1");

        // before 継続世帯確定 nothing is carried: the file's rows are rejected
        ImportReport early = service.importOutgoingHistory(ASAKA, "kogaku.csv", file);
        assertThat(early.accepted()).isZero();
        assertThat(early.rejected()).hasSize(4).first().asString()
            .isEqualTo("kogaku.csv line 2: no confirmed 継続世帯 for 転入地国保世帯番号 9001 from 112291 世帯 7001 (R8)");

        service.decide(ASAKA, c.caseId(), true, "基準1", "staff01");
        assertThat(service.confirm(ASAKA, c.caseId()).state()).isEqualTo(CarryOverState.CONFIRMED);
        ImportReport report = service.importOutgoingHistory(ASAKA, "kogaku.csv", file);
        assertThat(report.accepted()).isEqualTo(3);
        assertThat(report.rejected()).containsExactly(
            "kogaku.csv line 5: no confirmed 継続世帯 for 転入地国保世帯番号 9999 from 112291 世帯 7001 (R8)");
        assertThat(report.sha256()).hasSize(64);
        assertThat(service.cases(ASAKA).get(0).state()).isEqualTo(CarryOverState.HISTORY_RECEIVED);

        // 2026-05: 2025-12, 2026-01 carried (2026-02 is 外来個人特例 only) + own 2026-04 → 4th month → 44,400
        HighCostAssessment may = service.assess(ASAKA, "9001", YearMonth.of(2026, 5), AgeGroup.UNDER_70, "エ", 300_000);
        assertThat(may.countedMonths()).containsExactly(YearMonth.of(2025, 12), YearMonth.of(2026, 1),
            YearMonth.of(2026, 4));
        assertThat(may.multipleOccurrence()).isTrue();
        assertThat(may.moveMonthHalf()).isFalse();
        assertThat(may.limitYen()).isEqualTo(44_400);

        // the move month: halved limit and 世帯合算基準額
        HighCostAssessment march = service.assess(ASAKA, "9001", YearMonth.of(2026, 3), AgeGroup.UNDER_70, "エ", 0);
        assertThat(march.moveMonthHalf()).isTrue();
        assertThat(march.countedMonths()).hasSize(2);
        assertThat(march.limitYen()).isEqualTo(28_800);
        assertThat(march.aggregationThresholdYen()).isEqualTo(10_500);
    }

    @Test
    void theOutgoingMunicipalityHalvesItsLimitInTheMoveMonthOnceTheContinuedMoveOutIsRecorded() {
        // R8: in the month of an in-prefecture move with continuity each municipality uses 50 % of the limit
        YearMonth march = YearMonth.of(2026, 3);
        assertThat(service.assess(WAKO, "7001", march, AgeGroup.UNDER_70, "エ", 0).limitYen()).isEqualTo(57_600);

        assertThat(service.recordContinuedMoveOut(WAKO, "7001", MOVE, ASAKA)).isTrue();
        assertThat(service.recordContinuedMoveOut(WAKO, "7001", MOVE, ASAKA)).isFalse();

        HighCostAssessment moveMonth = service.assess(WAKO, "7001", march, AgeGroup.UNDER_70, "エ", 0);
        assertThat(moveMonth.moveMonthHalf()).isTrue();
        assertThat(moveMonth.limitYen()).isEqualTo(28_800);
        assertThat(moveMonth.aggregationThresholdYen()).isEqualTo(10_500L);
        assertThat(service.assess(WAKO, "7001", YearMonth.of(2026, 2), AgeGroup.UNDER_70, "エ", 0).limitYen())
            .isEqualTo(57_600);
        assertThat(service.assess(WAKO, "7002", march, AgeGroup.UNDER_70, "エ", 0).limitYen()).isEqualTo(57_600);

        assertThatThrownBy(() -> service.recordContinuedMoveOut(WAKO, "7001", MOVE, WAKO))
            .isInstanceOf(LinkageException.class).hasMessageContaining("within one prefecture");
        assertThatThrownBy(() -> service.recordContinuedMoveOut(WAKO, "7001", MOVE, CHIYODA))
            .isInstanceOf(LinkageException.class).hasMessageContaining("within one prefecture");
        assertThatThrownBy(() -> service.recordContinuedMoveOut(WAKO, "7001", null, ASAKA))
            .isInstanceOf(LinkageException.class).hasMessageContaining("転出日");
    }

    @Test
    void aMalformedHistoryFileStoresNothing() {
        CarryOverCase c = detectA();
        service.decide(ASAKA, c.caseId(), true, "基準1", "staff01");
        service.confirm(ASAKA, c.caseId());
        assertThatThrownBy(() -> service.importOutgoingHistory(ASAKA, "bad.csv",
            history(WAKO + ",7001," + ASAKA + ",9001,202601,1", WAKO + ",7001," + ASAKA + ",9001,2026-02,1")))
            .isInstanceOf(LinkageException.class).hasMessage("bad.csv line 3: 診療月 must be yyyyMM");
        assertThat(service.cases(ASAKA).get(0).state()).isEqualTo(CarryOverState.CONFIRMED);
        assertThat(service.assess(ASAKA, "9001", YearMonth.of(2026, 5), AgeGroup.UNDER_70, "エ", 0).countedMonths())
            .isEmpty();
    }

    @Test
    void anUnknownPersonIsNamedMasked() {
        assertThatThrownBy(() -> service.detectCandidate(ASAKA, WAKO, MOVE,
            List.of(new PersonMove("000009999", "000000501", null))))
            .hasMessage("宛名番号 ＊＊＊＊＊9999 has no NHI coverage in 112291 on 2026-03-09");
    }
}
