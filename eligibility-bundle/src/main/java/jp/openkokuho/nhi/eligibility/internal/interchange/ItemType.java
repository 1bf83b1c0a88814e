package jp.openkokuho.nhi.eligibility.internal.interchange;

/**
 * How the cells of an interchange item are written and what Java type a record holds for them. Every type writes an
 * absent value (Java {@code null}) as an empty cell and reads an empty cell as {@code null}.
 */
public enum ItemType {
    /** A number that identifies something (宛名番号, 世帯番号, …): ASCII digits, held as a {@link String} so that
     * leading zeros stay. */
    IDENTIFIER,
    /** A sequence number (履歴番号, 更新連番, …): 1–9 ASCII digits, held as {@link Integer} (leading zeros are accepted
     * on import and not written on export). */
    SEQUENCE,
    /** The 6-digit 市町村保険者番号 with its check digit (rule R17), held as {@link String}. */
    INSURER_NUMBER,
    /** A date, held as {@link java.time.LocalDate}; read in the forms of {@link DateParser}, written as
     * {@code yyyy-MM-dd}. */
    DATE,
    /** A 0/1 flag, held as {@link Boolean}: {@code "1"} is {@code true}, {@code "0"} is {@code false}. */
    FLAG,
    /** 資格取得事由, held as {@link jp.openkokuho.nhi.api.eligibility.AcquisitionReason}: read as the constant name or
     * the Japanese label, written as the label. */
    ACQUISITION_REASON,
    /** 資格喪失事由, held as {@link jp.openkokuho.nhi.api.eligibility.LossReason}: read as the constant name or the
     * Japanese label, written as the label. */
    LOSS_REASON,
    /** A code of a code table (続柄コード, 在留資格コード, …): ASCII letters and digits, held as {@link String}. */
    CODE,
    /** Free text (続柄名称, 予備1, …), held as {@link String}: any character but NUL, controls other than TAB/CR/LF, and
     * unmapped 外字. Never normalised. */
    TEXT
}
