package jp.openkokuho.nhi.api.income;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A recorded 非自発的失業者 軽減: during these months the person's 給与所得 counts at 30/100 (R11).
 *
 * @param atenaNo 宛名番号
 * @param separationDate 離職日
 * @param separationReasonCode 離職理由コード
 * @param firstMonth the first month of the reduction (the month containing the day after the 離職日)
 * @param lastMonth the last month (March of the following fiscal year)
 */
public record InvoluntaryUnemployment(String atenaNo, LocalDate separationDate, String separationReasonCode,
        YearMonth firstMonth, YearMonth lastMonth) {
}
