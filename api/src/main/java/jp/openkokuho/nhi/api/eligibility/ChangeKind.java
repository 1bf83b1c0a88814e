package jp.openkokuho.nhi.api.eligibility;

/** What a history version records. */
public enum ChangeKind {
    /** 資格取得: a new coverage period begins. */
    ACQUIRED,
    /** 資格喪失: the open coverage period ends. */
    LOST
}
