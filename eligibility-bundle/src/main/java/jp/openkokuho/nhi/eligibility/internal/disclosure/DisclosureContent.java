package jp.openkokuho.nhi.eligibility.internal.disclosure;

import java.time.Instant;
import java.util.List;

/**
 * Everything one disclosure prints, read in one transaction.
 *
 * @param municipality the municipality's name
 * @param requestReference 受付番号
 * @param receivedOn 受付日 (as printed)
 * @param relation 請求者の区分 (as printed)
 * @param atenaNo 宛名番号 of the person
 * @param name 氏名 (current version)
 * @param birthDate 生年月日 (as printed)
 * @param myNumber whether an individual number is held, as {@link jp.openkokuho.nhi.api.privacy.MyNumber#MASK} or
 *        {@link jp.openkokuho.nhi.api.privacy.MyNumber#ABSENT}; never the digits
 * @param producedAt when the bundle is produced
 * @param sections the sections, in bundle order
 */
record DisclosureContent(String municipality, String requestReference, String receivedOn, String relation,
        String atenaNo, String name, String birthDate, String myNumber, Instant producedAt, List<Section> sections) {
    DisclosureContent {
        sections = List.copyOf(sections);
    }
}
