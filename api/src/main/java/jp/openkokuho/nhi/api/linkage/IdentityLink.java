package jp.openkokuho.nhi.api.linkage;

import java.util.Set;

/**
 * What the linkage knows about one person's identifiers. Never carries the individual number.
 *
 * @param atenaNo 宛名番号
 * @param myNumber {@link jp.openkokuho.nhi.api.privacy.MyNumber#MASK} when a number is linked, else
 *        {@link jp.openkokuho.nhi.api.privacy.MyNumber#ABSENT}
 * @param agencyCode 符号 (機関別符号) from the 中間サーバー; {@code null} until obtained
 * @param jlisStatus 本人確認判定
 * @param jlisMismatches the items that differed at the last check
 * @param onlineConfirmationAllowed whether the person may be shown in オンライン資格確認 (false while the J-LIS
 *        check is missing or failed, R20)
 */
public record IdentityLink(String atenaNo, String myNumber, String agencyCode, JlisStatus jlisStatus,
        Set<JlisItem> jlisMismatches, boolean onlineConfirmationAllowed) {
    /** Copies the set. */
    public IdentityLink {
        jlisMismatches = Set.copyOf(jlisMismatches);
    }
}
