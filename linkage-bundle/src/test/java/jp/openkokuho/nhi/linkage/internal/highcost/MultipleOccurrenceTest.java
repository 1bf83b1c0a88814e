package jp.openkokuho.nhi.linkage.internal.highcost;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

/** R9: the 4th month within 12 months; R8 F: nothing carried from before 2018-04. */
class MultipleOccurrenceTest {
    private static YearMonth ym(int y, int m) {
        return YearMonth.of(y, m);
    }

    @Test
    void threeEarlierMonthsMakeTheFourthAMultipleOccurrence() {
        List<YearMonth> counted = MultipleOccurrence.countedMonths(ym(2026, 4),
            List.of(ym(2026, 1), ym(2026, 2), ym(2026, 3)), List.of());
        assertThat(counted).containsExactly(ym(2026, 1), ym(2026, 2), ym(2026, 3));
        assertThat(MultipleOccurrence.isMultiple(counted)).isTrue();
    }

    @Test
    void aMonthTwelveMonthsBackIsOutsideTheWindow() {
        // window for 2026-05 is 2025-06 … 2026-04
        List<YearMonth> counted = MultipleOccurrence.countedMonths(ym(2026, 5),
            List.of(ym(2025, 5), ym(2025, 6), ym(2026, 4), ym(2026, 5)), List.of());
        assertThat(counted).containsExactly(ym(2025, 6), ym(2026, 4));
        assertThat(MultipleOccurrence.isMultiple(counted)).isFalse();
    }

    @Test
    void carriedMonthsCountAndTheMoveMonthCountsOnce() {
        // 和光市 paid 2026-01 and 2026-03, 朝霞市 paid 2026-03 (move month) and 2026-04
        List<YearMonth> counted = MultipleOccurrence.countedMonths(ym(2026, 5),
            List.of(ym(2026, 3), ym(2026, 4)), List.of(ym(2026, 1), ym(2026, 3)));
        assertThat(counted).containsExactly(ym(2026, 1), ym(2026, 3), ym(2026, 4));
        assertThat(MultipleOccurrence.isMultiple(counted)).isTrue();
    }

    @Test
    void carriedMonthsBefore2018_04AreNeverCounted() {
        List<YearMonth> counted = MultipleOccurrence.countedMonths(ym(2018, 6),
            List.of(), List.of(ym(2018, 1), ym(2018, 2), ym(2018, 3), ym(2018, 4)));
        assertThat(counted).containsExactly(ym(2018, 4));
    }
}
