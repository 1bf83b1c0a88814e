package jp.openkokuho.nhi.api.income;

import java.time.LocalDate;

/**
 * A person's 一部負担金割合 on a day.
 *
 * @param atenaNo 宛名番号
 * @param asOf the day asked about
 * @param elderlyRecipient the person is a 高齢受給者 (70–74) that day
 * @param ratePercent 20 or 30
 * @param basis why, in Japanese (一般, 現役並み所得者, 旧ただし書所得合計210万円以下, 基準収入額適用申請, 70歳未満)
 * @param incomeFiscalYear the 課税年度 whose income decided the rate (0 if no income was needed)
 * @param periodFrom first day of the rate period (1 August, or the 高齢受給者 start if later)
 * @param periodTo last day of the rate period (31 July, or the day before the 75th birthday if earlier)
 */
public record BurdenRate(String atenaNo, LocalDate asOf, boolean elderlyRecipient, int ratePercent, String basis,
        int incomeFiscalYear, LocalDate periodFrom, LocalDate periodTo) {
}
