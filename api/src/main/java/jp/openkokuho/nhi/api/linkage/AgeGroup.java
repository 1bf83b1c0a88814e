package jp.openkokuho.nhi.api.linkage;

/** 年齢区分 of the 高額療養費 limit table. */
public enum AgeGroup {
    /** 70歳未満. */
    UNDER_70,
    /** 70歳以上75歳未満 (高齢受給者). */
    AGE_70_74
}
