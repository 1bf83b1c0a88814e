package jp.openkokuho.nhi.linkage.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * R7 資格継続: within one prefecture a move between municipalities causes no prefecture-level loss or acquisition,
 * only a change of the municipality that applies the insurance. The 転出 municipality's 適用終了年月日 and the 転入
 * municipality's 適用開始年月日 must meet exactly: the platform stores the end as "the first day not applied" (the
 * same convention as 資格喪失年月日), so continuity means {@code newStart == oldEnd}; a later start is a gap (空白期間)
 * and an earlier start an overlap (重複期間), both reported to the two municipalities.
 */
public final class ContinuityCheck {
    /** Rule id used in reports. */
    public static final String RULE = "R7";

    /** The verdict on one move. */
    public enum Kind {
        /** The periods meet. */
        CONTINUOUS,
        /** Days without any municipality applying the insurance. */
        GAP,
        /** Days applied by both municipalities. */
        OVERLAP
    }

    /**
     * @param kind the verdict
     * @param days length of the gap or overlap in days (0 when continuous)
     */
    public record Result(Kind kind, long days) {
    }

    private ContinuityCheck() {
    }

    /**
     * @param oldCoverageEnd 転出 municipality's 適用終了年月日 (first day not applied there)
     * @param newCoverageStart 転入 municipality's 適用開始年月日
     * @return the verdict
     */
    public static Result check(LocalDate oldCoverageEnd, LocalDate newCoverageStart) {
        long diff = ChronoUnit.DAYS.between(oldCoverageEnd, newCoverageStart);
        if (diff == 0) {
            return new Result(Kind.CONTINUOUS, 0);
        }
        return diff > 0 ? new Result(Kind.GAP, diff) : new Result(Kind.OVERLAP, -diff);
    }
}
