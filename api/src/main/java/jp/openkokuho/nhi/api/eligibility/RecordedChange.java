package jp.openkokuho.nhi.api.eligibility;

import java.time.LocalDate;

/**
 * The result of a recorded change: the new history version and the event that carries it to destinations.
 *
 * @param eventId id of the outbox event written in the same transaction; destinations de-duplicate on it
 * @param atenaNo 宛名番号 of the person
 * @param historySeq 履歴番号 of the new version (1, 2, 3, … per person)
 * @param kind acquisition or loss
 * @param effectiveDate the derived 資格取得年月日 or 資格喪失年月日
 * @param lateNotification {@code true} if the notification came more than 14 days after the event (R4)
 */
public record RecordedChange(String eventId, String atenaNo, int historySeq, ChangeKind kind,
        LocalDate effectiveDate, boolean lateNotification) {
}
