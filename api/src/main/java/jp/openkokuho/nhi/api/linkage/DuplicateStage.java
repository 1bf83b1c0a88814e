package jp.openkokuho.nhi.api.linkage;

/** Where a 資格重複 candidate stands (R5): 届出勧奨 → 再勧奨 → 職権喪失 proposal. */
public enum DuplicateStage {
    /** Extracted, no notice yet. */
    CANDIDATE,
    /** 届出勧奨 sent (deadline ≥ 31 days). */
    NOTIFIED,
    /** 再勧奨 sent (deadline ≥ 14 days). */
    RENOTIFIED,
    /** Both deadlines passed: 職権喪失 proposed to staff. */
    LOSS_PROPOSED
}
