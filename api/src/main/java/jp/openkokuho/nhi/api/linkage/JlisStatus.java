package jp.openkokuho.nhi.api.linkage;

/** 本人確認判定 of a person (R20). */
public enum JlisStatus {
    /** Not checked yet. */
    UNCHECKED,
    /** All five items match. */
    VERIFIED,
    /** At least one item differs: excluded from オンライン資格確認 until corrected. */
    MISMATCH
}
