package jp.openkokuho.nhi.api.eligibility;

import java.time.LocalDate;

/**
 * A notification (届出) or ex-officio decision that a person acquires NHI eligibility.
 *
 * @param atenaNo 宛名番号 of the person (digits, kept as text so leading zeros stay)
 * @param nhiHouseholdNo 国保世帯番号 of the household the person joins
 * @param relationship 世帯主 or 世帯員 in that household
 * @param reason 資格取得事由; it defines what {@code eventDate} means
 * @param eventDate the date of the event the reason names (not necessarily the acquisition date; see R2)
 * @param notifiedDate 届出日, the day the notification reached the municipality (for the 14-day rule R4)
 */
public record AcquisitionRequest(String atenaNo, String nhiHouseholdNo, RelationshipType relationship,
        AcquisitionReason reason, LocalDate eventDate, LocalDate notifiedDate) {
}
