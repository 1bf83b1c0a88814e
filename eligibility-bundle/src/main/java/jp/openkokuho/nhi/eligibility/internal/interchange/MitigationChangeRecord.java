package jp.openkokuho.nhi.eligibility.internal.interchange;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of the 緩和措置異動情報ファイル (mitigation-measure change file, 11 items): one version of a person's 緩和措置
 * (旧被扶養者減免, 特定世帯, 特定継続世帯; rule R12). Components follow the glossary (§a3 file 2) in header order.
 *
 * @param atenaNo 宛名番号 (identifier, required)
 * @param historySeq 履歴番号 (required)
 * @param updateSeq 更新連番 (required)
 * @param measureType 対象区分 (code; the glossary's measure enum is inferred, so the code is kept as written)
 * @param notifiedDate 届出日
 * @param startDate 開始日
 * @param endDate 終了日
 * @param jukiHouseholdNo 世帯番号(住基) (identifier)
 * @param nhiHouseholdNo 国保世帯番号 (identifier)
 * @param isDeleted 削除区分 ({@code "1"} = deleted, {@code "0"} = not deleted; required)
 * @param processedOn 処理日
 */
public record MitigationChangeRecord(
        String atenaNo,
        int historySeq,
        int updateSeq,
        String measureType,
        LocalDate notifiedDate,
        LocalDate startDate,
        LocalDate endDate,
        String jukiHouseholdNo,
        String nhiHouseholdNo,
        boolean isDeleted,
        LocalDate processedOn) implements InterchangeRecord {

    /** @return {@link InterchangeKind#MITIGATION_CHANGE} */
    @Override
    public InterchangeKind kind() {
        return InterchangeKind.MITIGATION_CHANGE;
    }

    /** {@inheritDoc} */
    @Override
    public List<Object> itemValues() {
        return ItemValues.listOf(atenaNo, historySeq, updateSeq, measureType, notifiedDate, startDate, endDate,
            jukiHouseholdNo, nhiHouseholdNo, isDeleted, processedOn);
    }

    static MitigationChangeRecord fromItemValues(ItemValues v) {
        return new MitigationChangeRecord(v.text(0), v.intValue(1), v.intValue(2), v.text(3), v.date(4), v.date(5),
            v.date(6), v.text(7), v.text(8), v.flag(9), v.date(10));
    }
}
