package jp.openkokuho.nhi.eligibility.internal.interchange;

import java.time.LocalDate;
import java.util.List;

import jp.openkokuho.nhi.api.eligibility.AcquisitionReason;
import jp.openkokuho.nhi.api.eligibility.LossReason;

/**
 * One row of the 国保資格取得喪失年月日連携ファイル (prefecture acquisition/loss-date link file, 26 items), sent by the
 * 国保連合会: the prefecture-level acquisition and loss dates of one person. Components follow the glossary (§a3
 * file 3) in header order.
 *
 * @param nhiHouseholdNo 国保世帯番号 (identifier)
 * @param atenaNo 宛名番号 (identifier, required)
 * @param insurerNo 市町村保険者番号 (6 digits with check digit, rule R17)
 * @param cardSymbol 被保険者証記号 (text: symbols may contain kanji)
 * @param cardNumber 被保険者証番号 (code)
 * @param jukiHouseholdNo 世帯番号 (the 住基 household number; identifier)
 * @param acquisitionNotifiedDate 国保資格取得届出日
 * @param acquisitionDate 国保資格取得年月日
 * @param acquisitionReason 国保資格取得事由
 * @param lossNotifiedDate 国保資格喪失届出日
 * @param lossDate 国保資格喪失年月日
 * @param lossReason 国保資格喪失事由
 * @param reserved1 予備1 (text)
 * @param reserved2 予備2 (text)
 * @param reserved3 予備3 (text)
 * @param reserved4 予備4 (text)
 * @param reserved5 予備5 (text)
 * @param reserved6 予備6 (text)
 * @param reserved7 予備7 (text)
 * @param reserved8 予備8 (text)
 * @param reserved9 予備9 (text)
 * @param reserved10 予備10 (text)
 * @param acqLossSeq 得喪履歴連番
 * @param isLatest 最新区分 ({@code "1"} = latest, {@code "0"} = not latest; required)
 * @param historySeq 履歴連番
 * @param importedOn 取込日
 */
public record PrefQualificationDatesRecord(
        String nhiHouseholdNo,
        String atenaNo,
        String insurerNo,
        String cardSymbol,
        String cardNumber,
        String jukiHouseholdNo,
        LocalDate acquisitionNotifiedDate,
        LocalDate acquisitionDate,
        AcquisitionReason acquisitionReason,
        LocalDate lossNotifiedDate,
        LocalDate lossDate,
        LossReason lossReason,
        String reserved1,
        String reserved2,
        String reserved3,
        String reserved4,
        String reserved5,
        String reserved6,
        String reserved7,
        String reserved8,
        String reserved9,
        String reserved10,
        Integer acqLossSeq,
        boolean isLatest,
        Integer historySeq,
        LocalDate importedOn) implements InterchangeRecord {

    /** @return {@link InterchangeKind#PREF_QUALIFICATION_DATES} */
    @Override
    public InterchangeKind kind() {
        return InterchangeKind.PREF_QUALIFICATION_DATES;
    }

    /** {@inheritDoc} */
    @Override
    public List<Object> itemValues() {
        return ItemValues.listOf(nhiHouseholdNo, atenaNo, insurerNo, cardSymbol, cardNumber, jukiHouseholdNo,
            acquisitionNotifiedDate, acquisitionDate, acquisitionReason, lossNotifiedDate, lossDate, lossReason,
            reserved1, reserved2, reserved3, reserved4, reserved5, reserved6, reserved7, reserved8, reserved9,
            reserved10, acqLossSeq, isLatest, historySeq, importedOn);
    }

    static PrefQualificationDatesRecord fromItemValues(ItemValues v) {
        return new PrefQualificationDatesRecord(v.text(0), v.text(1), v.text(2), v.text(3), v.text(4), v.text(5),
            v.date(6), v.date(7), v.acquisitionReason(8), v.date(9), v.date(10), v.lossReason(11), v.text(12),
            v.text(13), v.text(14), v.text(15), v.text(16), v.text(17), v.text(18), v.text(19), v.text(20),
            v.text(21), v.integer(22), v.flag(23), v.integer(24), v.date(25));
    }
}
