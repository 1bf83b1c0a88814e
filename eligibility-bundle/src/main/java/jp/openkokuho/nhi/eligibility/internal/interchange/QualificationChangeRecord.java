package jp.openkokuho.nhi.eligibility.internal.interchange;

import java.time.LocalDate;
import java.util.List;

import jp.openkokuho.nhi.api.eligibility.AcquisitionReason;
import jp.openkokuho.nhi.api.eligibility.LossReason;

/**
 * One row of the 資格異動ファイル (qualification change file, 48 items): one history version (履歴番号) of one
 * person's (宛名番号) NHI membership. Components follow the glossary of the domain rules (§a3 file 1) in header
 * order; every date is {@code null} when its cell is empty, and so is every optional code, text and sequence.
 *
 * @param nhiHouseholdNo 国保世帯番号 (identifier, ASCII digits)
 * @param formerMunicipalityCode 旧自治体区分 (code)
 * @param atenaNo 宛名番号 (identifier, required)
 * @param historySeq 履歴番号 (required)
 * @param listingOrder 記載順位
 * @param relationshipType 続柄区分 (code)
 * @param relationshipCode1 続柄コード1 (code)
 * @param relationshipCode2 続柄コード2 (code)
 * @param relationshipCode3 続柄コード3 (code)
 * @param relationshipCode4 続柄コード4 (code)
 * @param relationshipName 続柄名称 (text)
 * @param relationshipDisplay 表示用続柄 (text)
 * @param coverageStartDate 適用開始年月日
 * @param taxStartDate 税用開始年月日
 * @param coverageStartReason 適用開始事由
 * @param startNotifiedDate 開始届出日
 * @param coverageEndDate 適用終了年月日
 * @param taxEndDate 税用終了年月日
 * @param coverageEndReason 適用終了事由
 * @param endNotifiedDate 終了届出日
 * @param changeDate 異動日
 * @param changeReason 事由 (code of the change reason; the glossary's {@code ChangeReason} has no agreed code table)
 * @param notifiedDate 届出日
 * @param moveType 転居区分 (code)
 * @param movedToNhiHouseholdNo 転居国保世帯番号 (identifier)
 * @param retireeType 退職区分 (code)
 * @param retireeFromDate 該当年月日
 * @param retireeTaxFromDate 税用該当年月日
 * @param retireeFromNotifiedDate 該当届出日
 * @param retireeToDate 非該当年月日
 * @param retireeTaxToDate 税用非該当年月日
 * @param retireeToNotifiedDate 非該当届出日
 * @param pensionEntitlementDate 受給権発生日
 * @param pensionName 受給年金名称 (text)
 * @param pensionType 受給年金種別 (code)
 * @param retireeHistorySeq 退職履歴番号
 * @param retireePrincipalAtenaNo 退職本人 (the 宛名番号 of the retiree principal; identifier)
 * @param retireeRelationshipCode1 退職続柄コード1 (code)
 * @param retireeRelationshipCode2 退職続柄コード2 (code)
 * @param retireeRelationshipCode3 退職続柄コード3 (code)
 * @param retireeRelationshipCode4 退職続柄コード4 (code)
 * @param retireeRelationshipName 退職続柄名称 (text)
 * @param qualificationUpdatedOn 資格側更新日
 * @param taxUpdatedOn 税側更新日
 * @param creationType 作成区分 (code)
 * @param isDeleted 削除区分 ({@code "1"} = deleted, {@code "0"} = not deleted; required)
 * @param changeDateSeq 異動日連番
 * @param processedOn 処理日
 */
public record QualificationChangeRecord(
        String nhiHouseholdNo,
        String formerMunicipalityCode,
        String atenaNo,
        int historySeq,
        Integer listingOrder,
        String relationshipType,
        String relationshipCode1,
        String relationshipCode2,
        String relationshipCode3,
        String relationshipCode4,
        String relationshipName,
        String relationshipDisplay,
        LocalDate coverageStartDate,
        LocalDate taxStartDate,
        AcquisitionReason coverageStartReason,
        LocalDate startNotifiedDate,
        LocalDate coverageEndDate,
        LocalDate taxEndDate,
        LossReason coverageEndReason,
        LocalDate endNotifiedDate,
        LocalDate changeDate,
        String changeReason,
        LocalDate notifiedDate,
        String moveType,
        String movedToNhiHouseholdNo,
        String retireeType,
        LocalDate retireeFromDate,
        LocalDate retireeTaxFromDate,
        LocalDate retireeFromNotifiedDate,
        LocalDate retireeToDate,
        LocalDate retireeTaxToDate,
        LocalDate retireeToNotifiedDate,
        LocalDate pensionEntitlementDate,
        String pensionName,
        String pensionType,
        Integer retireeHistorySeq,
        String retireePrincipalAtenaNo,
        String retireeRelationshipCode1,
        String retireeRelationshipCode2,
        String retireeRelationshipCode3,
        String retireeRelationshipCode4,
        String retireeRelationshipName,
        LocalDate qualificationUpdatedOn,
        LocalDate taxUpdatedOn,
        String creationType,
        boolean isDeleted,
        Integer changeDateSeq,
        LocalDate processedOn) implements InterchangeRecord {

    /** @return {@link InterchangeKind#QUALIFICATION_CHANGE} */
    @Override
    public InterchangeKind kind() {
        return InterchangeKind.QUALIFICATION_CHANGE;
    }

    /** {@inheritDoc} */
    @Override
    public List<Object> itemValues() {
        return ItemValues.listOf(nhiHouseholdNo, formerMunicipalityCode, atenaNo, historySeq, listingOrder,
            relationshipType, relationshipCode1, relationshipCode2, relationshipCode3, relationshipCode4,
            relationshipName, relationshipDisplay, coverageStartDate, taxStartDate, coverageStartReason,
            startNotifiedDate, coverageEndDate, taxEndDate, coverageEndReason, endNotifiedDate, changeDate,
            changeReason, notifiedDate, moveType, movedToNhiHouseholdNo, retireeType, retireeFromDate,
            retireeTaxFromDate, retireeFromNotifiedDate, retireeToDate, retireeTaxToDate, retireeToNotifiedDate,
            pensionEntitlementDate, pensionName, pensionType, retireeHistorySeq, retireePrincipalAtenaNo,
            retireeRelationshipCode1, retireeRelationshipCode2, retireeRelationshipCode3, retireeRelationshipCode4,
            retireeRelationshipName, qualificationUpdatedOn, taxUpdatedOn, creationType, isDeleted, changeDateSeq,
            processedOn);
    }

    static QualificationChangeRecord fromItemValues(ItemValues v) {
        return new QualificationChangeRecord(v.text(0), v.text(1), v.text(2), v.intValue(3), v.integer(4), v.text(5),
            v.text(6), v.text(7), v.text(8), v.text(9), v.text(10), v.text(11), v.date(12), v.date(13),
            v.acquisitionReason(14), v.date(15), v.date(16), v.date(17), v.lossReason(18), v.date(19), v.date(20),
            v.text(21), v.date(22), v.text(23), v.text(24), v.text(25), v.date(26), v.date(27), v.date(28),
            v.date(29), v.date(30), v.date(31), v.date(32), v.text(33), v.text(34), v.integer(35), v.text(36),
            v.text(37), v.text(38), v.text(39), v.text(40), v.text(41), v.date(42), v.date(43), v.text(44),
            v.flag(45), v.integer(46), v.date(47));
    }
}
