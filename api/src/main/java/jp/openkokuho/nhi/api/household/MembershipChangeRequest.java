package jp.openkokuho.nhi.api.household;

import java.time.LocalDate;

/**
 * A change of a member's 記載順位 or 続柄名称 from a date on.
 *
 * @param nhiHouseholdNo 国保世帯番号
 * @param atenaNo 宛名番号 of an insured member of the household on {@code effectiveDate}
 * @param listingOrder the new 記載順位, 1 to 99
 * @param relationshipName the new 続柄名称 (for example 妻); empty to clear it
 * @param effectiveDate the first day of the new state
 * @param expectedVersion the household version the staff member read ({@link Household#version()})
 */
public record MembershipChangeRequest(String nhiHouseholdNo, String atenaNo, int listingOrder,
        String relationshipName, LocalDate effectiveDate, long expectedVersion) {
}
