package jp.openkokuho.nhi.api.linkage;

import java.time.LocalDate;

/**
 * 被保険者枝番 of one person in a household (R17).
 *
 * @param householdNo 国保世帯番号 (the 記号・番号 of the household)
 * @param atenaNo 宛名番号
 * @param branchNo two digits, {@code 01}–{@code 99}
 * @param assignedOn the day it was assigned
 */
public record BranchAssignment(String householdNo, String atenaNo, String branchNo, LocalDate assignedOn) {
}
