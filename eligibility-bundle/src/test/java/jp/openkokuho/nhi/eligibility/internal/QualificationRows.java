package jp.openkokuho.nhi.eligibility.internal;

import java.util.Arrays;

import jp.openkokuho.nhi.eligibility.internal.interchange.InterchangeKind;

/** Builds synthetic 資格異動ファイル lines (48 cells) for tests; unset cells are empty. */
final class QualificationRows {
    static final String HEADER = String.join(",", InterchangeKind.QUALIFICATION_CHANGE.header()) + "\r\n";

    private final String[] cells = new String[48];

    private QualificationRows(String household, String atenaNo, int historySeq, String relationship) {
        Arrays.fill(cells, "");
        cells[0] = household;
        cells[2] = atenaNo;
        cells[3] = Integer.toString(historySeq);
        cells[5] = relationship;
        cells[45] = "0";
    }

    /**
     * @param household 国保世帯番号
     * @param atenaNo 宛名番号
     * @param historySeq 履歴番号
     * @param relationship 続柄区分 (1 世帯主, 2 世帯員)
     * @return a row builder
     */
    static QualificationRows row(String household, String atenaNo, int historySeq, String relationship) {
        return new QualificationRows(household, atenaNo, historySeq, relationship);
    }

    /** 適用開始年月日, 適用開始事由, 開始届出日. */
    QualificationRows start(String date, String reason, String notified) {
        cells[12] = date;
        cells[14] = reason;
        cells[15] = notified;
        return this;
    }

    /** 適用終了年月日, 適用終了事由, 終了届出日. */
    QualificationRows end(String date, String reason, String notified) {
        cells[16] = date;
        cells[18] = reason;
        cells[19] = notified;
        return this;
    }

    /** Sets any cell by its index in the header. */
    QualificationRows cell(int index, String value) {
        cells[index] = value;
        return this;
    }

    /** 削除区分 = 1. */
    QualificationRows deleted() {
        cells[45] = "1";
        return this;
    }

    /** 処理日. */
    QualificationRows processed(String date) {
        cells[47] = date;
        return this;
    }

    /** @return the CSV line with CRLF; cells with a comma or quote are quoted */
    String line() {
        return String.join(",", Arrays.stream(cells).map(c -> c.contains(",") || c.contains("\"")
            ? "\"" + c.replace("\"", "\"\"") + "\"" : c).toList()) + "\r\n";
    }
}
