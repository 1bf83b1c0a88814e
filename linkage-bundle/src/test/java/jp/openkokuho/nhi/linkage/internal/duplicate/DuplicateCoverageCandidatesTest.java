package jp.openkokuho.nhi.linkage.internal.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.openkokuho.nhi.linkage.internal.duplicate.DuplicateCoverageCandidates.Candidate;
import jp.openkokuho.nhi.linkage.internal.duplicate.DuplicateCoverageCandidates.Entry;

/** R5: the three conditions of the 鴨川市 要綱 and the 勧奨 deadlines. */
class DuplicateCoverageCandidatesTest {
    private static final YearMonth SEP = YearMonth.of(2026, 9);
    private static final YearMonth OCT = YearMonth.of(2026, 10);
    private static final LocalDate NHI = LocalDate.of(2025, 4, 1);
    private static final LocalDate EMP = LocalDate.of(2026, 8, 1);

    @Test
    void allThreeConditionsMakeACandidateWithLossTheNextDay() {
        List<Candidate> c = DuplicateCoverageCandidates.candidates(List.of(
            new Entry(SEP, "101", "06130012", EMP, NHI), new Entry(OCT, "101", "06130012", EMP, NHI)), OCT);
        assertThat(c).containsExactly(new Candidate("101", "06130012", 2, LocalDate.of(2026, 8, 2)));
    }

    @Test
    void eachConditionOnItsOwnFailing() {
        List<Entry> entries = List.of(
            // (1) employee acquisition before the NHI acquisition
            new Entry(SEP, "201", "06130012", LocalDate.of(2025, 3, 1), NHI),
            new Entry(OCT, "201", "06130012", LocalDate.of(2025, 3, 1), NHI),
            // (2) only on the latest list, and a list skipped
            new Entry(OCT, "202", "06130012", EMP, NHI),
            new Entry(YearMonth.of(2026, 8), "203", "06130012", EMP, NHI),
            new Entry(OCT, "203", "06130012", EMP, NHI),
            // (3) another employee insurer the month before
            new Entry(SEP, "204", "01130019", EMP, NHI),
            new Entry(OCT, "204", "06130012", EMP, NHI));
        assertThat(DuplicateCoverageCandidates.candidates(entries, OCT)).isEmpty();
    }

    @Test
    void noticeDeadlinesAre31And14Days() {
        assertThat(DuplicateCoverageCandidates.noticeDeadline(LocalDate.of(2026, 11, 2), false))
            .isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(DuplicateCoverageCandidates.noticeDeadline(LocalDate.of(2026, 12, 4), true))
            .isEqualTo(LocalDate.of(2026, 12, 18));
    }
}
