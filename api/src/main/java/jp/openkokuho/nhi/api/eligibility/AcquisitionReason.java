package jp.openkokuho.nhi.api.eligibility;

/**
 * 資格取得事由: why a person becomes insured. Each constant says what the event date of a request means; the
 * acquisition date (資格取得年月日) is derived from it by rule R2.
 */
public enum AcquisitionReason {
    /** 転入 (from another prefecture or from abroad). Event: the day of moving in. Acquisition: that day. */
    MOVE_IN("転入"),
    /** 社保離脱. Event: the last day of employment (退職日). Acquisition: the next day (社保の資格喪失日). */
    LEFT_EMPLOYEE_INSURANCE("社保離脱"),
    /** 被扶養者非該当. Event: the day dependant status ended. Acquisition: that day. */
    LEFT_DEPENDENT_STATUS("被扶養者非該当"),
    /** 生活保護廃止. Event: the day welfare ended. Acquisition: that day. */
    WELFARE_ENDED("生活保護廃止"),
    /** 出生. Event: the day of birth. Acquisition: that day. */
    BIRTH("出生"),
    /** 国保組合離脱. Event: the day the society membership was lost. Acquisition: that day. */
    LEFT_NHI_SOCIETY("国保組合離脱"),
    /** 後期障害認定撤回. Event: the day of revocation. Acquisition: the next day. */
    LATE_ELDERLY_DISABILITY_REVOKED("後期障害認定撤回"),
    /** 在留資格等により適用対象化. Event: the day the residence status made the person eligible. Acquisition: that day. */
    FOREIGN_STATUS_ELIGIBLE("在留資格該当"),
    /** その他. Event: the acquisition day itself. */
    OTHER("その他");

    private final String label;

    AcquisitionReason(String label) {
        this.label = label;
    }

    /** @return the Japanese term staff read on screens and documents */
    public String label() {
        return label;
    }
}
