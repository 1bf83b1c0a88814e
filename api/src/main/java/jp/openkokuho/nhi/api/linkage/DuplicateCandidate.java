package jp.openkokuho.nhi.api.linkage;

import java.time.LocalDate;

/**
 * A 資格重複 candidate (R5).
 *
 * @param atenaNo 宛名番号
 * @param employeeInsurerNo 被用者保険 保険者番号
 * @param consecutiveLists consecutive 資格重複状況結果一覧 that carried the person
 * @param proposedLossDate 資格喪失年月日 a 職権喪失 would use (day after the employee-insurance acquisition)
 * @param stage where the case stands
 * @param noticeDeadline reply deadline of the last notice; {@code null} before any notice
 */
public record DuplicateCandidate(String atenaNo, String employeeInsurerNo, int consecutiveLists,
        LocalDate proposedLossDate, DuplicateStage stage, LocalDate noticeDeadline) {
}
