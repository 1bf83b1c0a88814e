package jp.openkokuho.nhi.api.household;

import java.time.LocalDate;
import java.util.Objects;

import jp.openkokuho.nhi.api.eligibility.RelationshipType;

/**
 * One NHI insured member of a 国保世帯 as of a date.
 *
 * @param atenaNo 宛名番号
 * @param listingOrder 記載順位 (1 = first line of the household's documents)
 * @param relationship 続柄区分: 世帯主 or 世帯員
 * @param relationshipName 続柄名称 as staff recorded it (for example 妻, 子); empty if none was recorded
 * @param since the first day of the membership state shown (acquisition or the last 記載順位/続柄 change)
 */
public record HouseholdMember(String atenaNo, int listingOrder, RelationshipType relationship,
        String relationshipName, LocalDate since) {
    /** Rejects missing values. */
    public HouseholdMember {
        Objects.requireNonNull(atenaNo, "atenaNo");
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(relationshipName, "relationshipName");
        Objects.requireNonNull(since, "since");
    }
}
