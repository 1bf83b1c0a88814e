package jp.openkokuho.nhi.api.eligibility;

/**
 * 資格喪失事由: why a person stops being insured. Each constant says what the event date of a request means; the
 * loss date (資格喪失年月日, the first day without coverage) is derived from it by rule R3: the day after the event,
 * except where the constant says "same day".
 */
public enum LossReason {
    /** 転出 to another prefecture, with an address there the same day. Event: the moving day. Loss: same day. */
    MOVE_OUT("転出"),
    /** 国外転出. Event: the day of leaving Japan. Loss: the next day. */
    MOVE_OUT_ABROAD("国外転出"),
    /** 社保加入. Event: the employee-insurance acquisition day. Loss: the next day. */
    JOINED_EMPLOYEE_INSURANCE("社保加入"),
    /** 被扶養者該当. Event: the day dependant status began. Loss: the next day. */
    BECAME_DEPENDENT("被扶養者該当"),
    /** 生活保護開始. Event: the day welfare began. Loss: same day (国保法6条9号). */
    WELFARE_STARTED("生活保護開始"),
    /** 死亡. Event: the day of death. Loss: the next day. */
    DEATH("死亡"),
    /** 後期高齢者医療該当 (75歳到達・障害認定). Event: the 後期 acquisition day (the 75th birthday). Loss: same day. */
    LATE_ELDERLY("後期高齢者医療該当"),
    /** 国保組合加入. Event: the society acquisition day. Loss: same day (国保法6条10号). */
    JOINED_NHI_SOCIETY("国保組合加入"),
    /** 適用除外の在留資格へ変更. Event: the day the status changed. Loss: the next day. */
    EXCLUDED_RESIDENCE_STATUS("適用除外在留資格"),
    /** 居所不明等職権喪失. Event: the day non-residence was established. Loss: same day (R5). */
    EX_OFFICIO_NO_RESIDENCE("居所不明職権喪失"),
    /** その他. Event: the last insured day. Loss: the next day. */
    OTHER("その他");

    private final String label;

    LossReason(String label) {
        this.label = label;
    }

    /** @return the Japanese term staff read on screens and documents */
    public String label() {
        return label;
    }
}
