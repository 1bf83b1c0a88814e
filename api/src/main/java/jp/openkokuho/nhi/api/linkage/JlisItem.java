package jp.openkokuho.nhi.api.linkage;

/** The five items matched against J-LIS (機構保存本人確認情報) before 中間サーバー registration (R20). */
public enum JlisItem {
    /** 漢字氏名. */
    KANJI_NAME,
    /** カナ氏名. */
    KANA_NAME,
    /** 生年月日. */
    BIRTH_DATE,
    /** 性別. */
    SEX,
    /** 住所. */
    ADDRESS
}
