package jp.openkokuho.nhi.api.linkage;

import java.time.LocalDate;
import java.util.List;

/**
 * R6: the loss recorded on the 転出予定日 must move to the 転出確定日 the 転入地 reported.
 *
 * @param correctionId identifier within the tenant
 * @param atenaNo 宛名番号
 * @param plannedDate the recorded 資格喪失年月日 (from the 転出予定日)
 * @param confirmedDate the 資格喪失年月日 from the 転出確定日
 * @param fiscalYears the 年度 whose 変更決定通知 must be sent (one notice per fiscal year the change spans)
 */
public record MoveOutCorrection(long correctionId, String atenaNo, LocalDate plannedDate, LocalDate confirmedDate,
        List<Integer> fiscalYears) {
    /** Copies the years. */
    public MoveOutCorrection {
        fiscalYears = List.copyOf(fiscalYears);
    }
}
