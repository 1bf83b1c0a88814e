package jp.openkokuho.nhi.linkage.internal.federation;

import java.time.LocalDate;
import java.util.List;

import jp.openkokuho.nhi.api.eligibility.CoveragePeriod;
import jp.openkokuho.nhi.api.privacy.Masking;

/**
 * The decision for one row of the 国保資格取得喪失年月日連携ファイル against the person's periods: agree, apply a loss
 * (the period is open here, the file ends it), disagree (不整合, both values named) or reject (unknown person).
 */
public final class QualificationDatesReconciler {

    /** What to do with a row. */
    public enum Action {
        /** Nothing to change. */
        MATCH,
        /** Record the loss through the core. */
        APPLY_LOSS,
        /** 不整合. */
        MISMATCH,
        /** Unknown person. */
        REJECT
    }

    /**
     * @param action what to do
     * @param message for MISMATCH and REJECT, the report line
     */
    public record Decision(Action action, String message) {
    }

    private QualificationDatesReconciler() {
    }

    /**
     * @param where {@code <file> line <n>}
     * @param atenaNo 宛名番号
     * @param periods the person's periods here
     * @param start 適用開始年月日 in the file
     * @param end 適用終了年月日 in the file, or {@code null}
     * @return the decision
     */
    public static Decision decide(String where, String atenaNo, List<CoveragePeriod> periods, LocalDate start,
            LocalDate end) {
        String who = "宛名番号 " + Masking.atenaNumber(atenaNo);
        if (periods.isEmpty()) {
            return new Decision(Action.REJECT, where + ": " + who + " is unknown here");
        }
        CoveragePeriod p = periods.stream().filter(x -> x.startDate().equals(start)).findFirst().orElse(null);
        if (p == null) {
            return new Decision(Action.MISMATCH, where + ": " + who + " 適用開始年月日 here "
                + periods.get(periods.size() - 1).startDate() + ", in the file " + start);
        }
        if (end == null) {
            return p.endDate() == null ? new Decision(Action.MATCH, null)
                : new Decision(Action.MISMATCH, where + ": " + who + " 適用終了年月日 here " + p.endDate()
                    + ", in the file (none)");
        }
        if (p.endDate() == null) {
            return new Decision(Action.APPLY_LOSS, null);
        }
        return p.endDate().equals(end) ? new Decision(Action.MATCH, null)
            : new Decision(Action.MISMATCH, where + ": " + who + " 適用終了年月日 here " + p.endDate() + ", in the file "
                + end);
    }
}
