package jp.openkokuho.nhi.eligibility.internal.rules;

import java.time.LocalDate;

/**
 * R4 14日以内の届出 (施行規則2条・3条・11条ほか): the 世帯主 must notify within 14 days of the event. The day of the
 * event is not counted (初日不算入), so the last day in time is {@code event + 14 days}; a notification after that is
 * late. Eligibility itself still runs from the event; lateness only flags the case (tax back-charging, benefits
 * paid in full and reclaimed).
 */
public final class NotificationDeadlineRule {
    /** Rule id used in error reports. */
    public static final String RULE = "R4";
    /** Days allowed after the event. */
    public static final int DAYS = 14;

    private NotificationDeadlineRule() {
    }

    /**
     * @param eventDate the day of the event
     * @return the last day a notification is in time
     */
    public static LocalDate deadline(LocalDate eventDate) {
        return eventDate.plusDays(DAYS);
    }

    /**
     * @param eventDate the day of the event
     * @param notifiedDate the day the notification arrived
     * @return {@code true} if the notification came after the deadline
     */
    public static boolean isLate(LocalDate eventDate, LocalDate notifiedDate) {
        return notifiedDate.isAfter(deadline(eventDate));
    }
}
