package jp.openkokuho.nhi.api.eligibility;

import java.time.LocalDate;

/**
 * A (historic) 退職者医療制度 period of an insured person, recorded to correct or complete the legacy history
 * (rule R10: no new 該当 on or after 2015-04-01, every retiree had left by 2020-03-31).
 *
 * @param atenaNo 宛名番号 of the 退職被保険者 (本人 or 被扶養者)
 * @param retireeFromDate 該当年月日
 * @param retireeToDate 非該当年月日, in the tenant's convention (the last retiree day by default)
 * @param notifiedDate 届出日 of the correction
 * @since 1.2
 */
public record RetireeRequest(String atenaNo, LocalDate retireeFromDate, LocalDate retireeToDate,
        LocalDate notifiedDate) {
}
