package jp.openkokuho.nhi.api.eligibility;

import java.time.LocalDate;

/**
 * A correction (訂正) of the dates of one recorded coverage period: the 適用開始年月日, the 適用終了年月日, or both.
 * It is recorded as a new history version of the period; the versions before it stay as they were recorded.
 *
 * <p>Typical uses: a 訂正請求 of a resident (個人情報保護法), a 転出予定日 confirmed as a different 転出確定日 (R6), a
 * date keyed wrongly by staff.
 *
 * @param atenaNo 宛名番号 of the person
 * @param periodStartDate the 適用開始年月日 the period has now; it names the period to correct
 * @param correctedStartDate the correct 適用開始年月日, or {@code null} to keep it
 * @param correctedEndDate the correct 適用終了年月日 (資格喪失日), or {@code null} to keep it; only a period whose loss
 *        is recorded can have its end corrected
 * @param reference why and under what the correction is made (1–64 characters, e.g. the 訂正請求 number); stored
 *        with the new version and shown in its history
 * @since 1.3
 */
public record CorrectionRequest(String atenaNo, LocalDate periodStartDate, LocalDate correctedStartDate,
        LocalDate correctedEndDate, String reference) {
}
