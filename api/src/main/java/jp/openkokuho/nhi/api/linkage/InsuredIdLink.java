package jp.openkokuho.nhi.api.linkage;

import java.time.LocalDate;

/**
 * The prefecture's identifiers of one person, from a 市区町村被保険者ID連携ファイル that agreed with the local records.
 *
 * @param atenaNo 宛名番号
 * @param insuredId 被保険者ID issued by the 国保情報集約システム
 * @param householdNo 国保世帯番号 the file named (equal to the local one)
 * @param branchNo 被保険者枝番 the file named (equal to the local one, or the prefecture's where none is recorded here)
 * @param baseDate 基準日 of the file's row
 * @param sourceFile name of the file the link came from
 */
public record InsuredIdLink(String atenaNo, String insuredId, String householdNo, String branchNo,
        LocalDate baseDate, String sourceFile) {
}
