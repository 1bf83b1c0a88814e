package jp.openkokuho.nhi.api.eligibility;

import java.time.LocalDate;

/**
 * One coverage period of a person in its latest recorded version: {@code [startDate, endDate)}.
 *
 * @param atenaNo 宛名番号
 * @param nhiHouseholdNo 国保世帯番号
 * @param relationship 世帯主 or 世帯員
 * @param startDate 資格取得年月日 (適用開始年月日)
 * @param startReason 資格取得事由
 * @param startNotifiedDate 開始届出日
 * @param startLate the acquisition was notified late (R4)
 * @param endDate 資格喪失年月日, the first day without coverage; {@code null} while the period is open
 * @param endReason 資格喪失事由; {@code null} while open
 * @param endNotifiedDate 終了届出日; {@code null} while open
 * @param endLate the loss was notified late (R4); {@code false} while open
 * @param historySeq 履歴番号 of the version this state comes from
 */
public record CoveragePeriod(String atenaNo, String nhiHouseholdNo, RelationshipType relationship,
        LocalDate startDate, AcquisitionReason startReason, LocalDate startNotifiedDate, boolean startLate,
        LocalDate endDate, LossReason endReason, LocalDate endNotifiedDate, boolean endLate, int historySeq) {

    /**
     * @param date a day
     * @return {@code true} if the person is covered on that day
     */
    public boolean covers(LocalDate date) {
        return !date.isBefore(startDate) && (endDate == null || date.isBefore(endDate));
    }
}
