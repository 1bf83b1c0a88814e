package jp.openkokuho.nhi.api.linkage;

/** Why a person joined or left the household across the move (R8 criteria 3–5). */
public enum MemberChangeCause {
    /** 出生 (criterion 3). */
    BIRTH,
    /** 他保険離脱 (criterion 3). */
    LEFT_OTHER_INSURANCE,
    /** 死亡 (criterion 4). */
    DEATH,
    /** 他保険加入 (criterion 4). */
    JOINED_OTHER_INSURANCE,
    /** 世帯分離 / 世帯合併 (criterion 5). */
    OTHER_HOUSEHOLD
}
