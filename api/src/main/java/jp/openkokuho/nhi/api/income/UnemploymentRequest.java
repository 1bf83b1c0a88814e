package jp.openkokuho.nhi.api.income;

import java.time.LocalDate;

/**
 * An application for the 非自発的失業者 軽減 (R11).
 *
 * @param atenaNo 宛名番号 of a registered person
 * @param separationDate 離職日 (the last day of employment, as on the 雇用保険受給資格者証)
 * @param separationReasonCode 離職理由コード, two digits
 * @param applicationDate 届出日 of the application
 */
public record UnemploymentRequest(String atenaNo, LocalDate separationDate, String separationReasonCode,
        LocalDate applicationDate) {
}
