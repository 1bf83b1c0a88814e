package jp.openkokuho.nhi.api.transfer;

/**
 * Names of the items an {@link EligibilityChange} may carry, following the glossary's code identifiers. Dates are
 * ISO {@code yyyy-MM-dd}; an item that has no value is absent from the map (never an empty string).
 */
public final class ChangeItems {
    /** 宛名番号. */
    public static final String ATENA_NO = "atena_no";
    /** 国保世帯番号. */
    public static final String NHI_HOUSEHOLD_NO = "nhi_household_no";
    /** 続柄区分: {@code HEAD} or {@code MEMBER}. */
    public static final String RELATIONSHIP_TYPE = "relationship_type";
    /** 履歴番号. */
    public static final String HISTORY_SEQ = "history_seq";
    /** 市町村保険者番号 of the tenant. */
    public static final String INSURER_NO = "insurer_no";
    /** 適用開始年月日 (= 資格取得年月日 for a municipal acquisition). */
    public static final String COVERAGE_START_DATE = "coverage_start_date";
    /** 適用開始事由: an {@code AcquisitionReason} name. */
    public static final String COVERAGE_START_REASON = "coverage_start_reason";
    /** 開始届出日. */
    public static final String START_NOTIFIED_DATE = "start_notified_date";
    /** 適用終了年月日 (= 資格喪失年月日, first day without coverage). */
    public static final String COVERAGE_END_DATE = "coverage_end_date";
    /** 適用終了事由: a {@code LossReason} name. */
    public static final String COVERAGE_END_REASON = "coverage_end_reason";
    /** 終了届出日. */
    public static final String END_NOTIFIED_DATE = "end_notified_date";
    /** 処理日 (processing date of the version). */
    public static final String PROCESSED_ON = "processed_on";

    private ChangeItems() {
    }
}
