package jp.openkokuho.nhi.api.household;

import java.time.LocalDate;
import java.util.List;

/**
 * A 国保世帯 as of a date.
 *
 * @param nhiHouseholdNo 国保世帯番号
 * @param asOf the day the state is for
 * @param headAtenaNo 宛名番号 of the 世帯主 on that day; {@code null} if no head has been recorded yet
 * @param deemedHead the 世帯主 is a 擬制世帯主: the head is not NHI insured on that day but is still the 国保税
 *        taxpayer (R21)
 * @param members the NHI insured members on that day in 記載順位 order
 * @param version the household's current version number (not the version as of {@code asOf}); a change request
 *        must carry it
 */
public record Household(String nhiHouseholdNo, LocalDate asOf, String headAtenaNo, boolean deemedHead,
        List<HouseholdMember> members, long version) {
    /** Copies the member list. */
    public Household {
        members = List.copyOf(members);
    }
}
