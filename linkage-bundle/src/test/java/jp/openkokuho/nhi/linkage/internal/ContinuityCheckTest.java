package jp.openkokuho.nhi.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The R7 worked example: 和光市 → さいたま市 on 2026-05-10. */
class ContinuityCheckTest {
    private static final LocalDate WAKO_END = LocalDate.of(2026, 5, 10);

    @Test
    void meetingPeriodsAreContinuous() {
        assertThat(ContinuityCheck.check(WAKO_END, LocalDate.of(2026, 5, 10)))
            .isEqualTo(new ContinuityCheck.Result(ContinuityCheck.Kind.CONTINUOUS, 0));
    }

    @Test
    void aLateStartIsATwoDayGap() {
        assertThat(ContinuityCheck.check(WAKO_END, LocalDate.of(2026, 5, 12)))
            .isEqualTo(new ContinuityCheck.Result(ContinuityCheck.Kind.GAP, 2));
    }

    @Test
    void aPlannedMoveOutLaterThanTheActualMoveInIsAFiveDayOverlap() {
        // 和光市 recorded the 転出予定 2026-05-15, the actual 転入 was 2026-05-10
        assertThat(ContinuityCheck.check(LocalDate.of(2026, 5, 15), LocalDate.of(2026, 5, 10)))
            .isEqualTo(new ContinuityCheck.Result(ContinuityCheck.Kind.OVERLAP, 5));
    }
}
