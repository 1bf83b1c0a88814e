package jp.openkokuho.nhi.api.household;

import java.time.LocalDate;

/**
 * A 世帯主変更 of a 国保世帯 (施行規則10条の2 when an insured member replaces a 擬制世帯主).
 *
 * @param nhiHouseholdNo 国保世帯番号
 * @param newHeadAtenaNo 宛名番号 of the new 世帯主 (a registered person; need not be NHI insured)
 * @param applicationDate the day the change was applied for (届出日)
 * @param approvalDate the day the municipality approved it, not before the application; the change takes effect on
 *        one of the two days as the tenant's rule parameters say (R21)
 * @param deemedHeadConsents the current 擬制世帯主 agrees (needed when an insured member replaces a 擬制世帯主)
 * @param arrears the household has unpaid 国保税 (an insured member cannot then replace a 擬制世帯主)
 * @param expectedVersion the household version the staff member read ({@link Household#version()})
 */
public record HeadChangeRequest(String nhiHouseholdNo, String newHeadAtenaNo, LocalDate applicationDate,
        LocalDate approvalDate, boolean deemedHeadConsents, boolean arrears, long expectedVersion) {
}
