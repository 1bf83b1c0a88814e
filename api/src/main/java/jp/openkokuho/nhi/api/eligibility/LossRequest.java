package jp.openkokuho.nhi.api.eligibility;

import java.time.LocalDate;

/**
 * A notification (届出) or ex-officio decision that a person loses NHI eligibility.
 *
 * @param atenaNo 宛名番号 of the person
 * @param reason 資格喪失事由; it defines what {@code eventDate} means
 * @param eventDate the date of the event the reason names (the loss date is derived by R3)
 * @param notifiedDate 届出日, the day the notification reached the municipality (for the 14-day rule R4)
 */
public record LossRequest(String atenaNo, LossReason reason, LocalDate eventDate, LocalDate notifiedDate) {
}
