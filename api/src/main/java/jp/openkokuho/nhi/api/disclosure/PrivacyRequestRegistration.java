package jp.openkokuho.nhi.api.disclosure;

import java.time.LocalDate;

/**
 * A 開示・訂正・利用停止請求 as received on the 指定様式.
 *
 * @param requestReference the request's reference (受付番号), unique in the tenant: 1–64 characters, no control
 *        characters, kept as given (stripped)
 * @param kind what is asked for
 * @param atenaNo 宛名番号 of the person the request concerns (a registered person)
 * @param receivedOn 受付日 (date in Japan); not after today
 * @param relation who filed it
 */
public record PrivacyRequestRegistration(String requestReference, PrivacyRequestKind kind, String atenaNo,
        LocalDate receivedOn, RequesterRelation relation) {
}
