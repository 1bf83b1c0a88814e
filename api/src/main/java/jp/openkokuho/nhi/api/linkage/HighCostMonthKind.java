package jp.openkokuho.nhi.api.linkage;

/** What kind of 高額該当 a month was. */
public enum HighCostMonthKind {
    /** 世帯の高額療養費該当: counts toward 多数回 (R9). */
    HOUSEHOLD,
    /** 70–74 外来(個人)特例 only: does not count toward 多数回 (R9, 扶桑町). */
    OUTPATIENT_INDIVIDUAL
}
