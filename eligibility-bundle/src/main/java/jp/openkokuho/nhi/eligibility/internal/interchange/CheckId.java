package jp.openkokuho.nhi.eligibility.internal.interchange;

/**
 * The checks of the interchange-file layer. The constant name is the check id that reports show
 * ({@link ImportError#check()}, {@link InterchangeExportException#check()}) and that {@code docs/interchange-files.md}
 * lists; ids are stable, so callers and operators may match on them.
 *
 * <p>Checks marked <em>fatal</em> stop reading the file: the lines after the one reported are not checked, and the
 * report says so ({@link ImportReport#complete()} is {@code false}). All other checks concern one row, and reading goes
 * on with the next row.
 */
public enum CheckId {
    /** Fatal. The input has no bytes, or only a byte order mark. */
    FILE_EMPTY,
    /** Fatal. The file starts with a UTF-16 byte order mark, or with a UTF-8 one while Windows-31J was chosen. */
    ENCODING_BYTE_ORDER_MARK,
    /**
     * Fatal. A byte sequence is not valid in the chosen encoding (strict decoding, nothing is replaced), or decodes to
     * a Unicode noncharacter (U+FFFE, U+FFFF). The line is the physical line of the bad byte.
     */
    ENCODING_MALFORMED,
    /** Fatal. A column the file kind requires is not in the header row. */
    HEADER_MISSING_COLUMN,
    /** Fatal. The header row has a column the file kind does not have. */
    HEADER_EXTRA_COLUMN,
    /** Fatal. The header row names a column more than once. */
    HEADER_DUPLICATE_COLUMN,
    /** Fatal. The header row has the right columns in the wrong order. */
    HEADER_COLUMN_ORDER,
    /** Fatal. The header row is exactly the header of another interchange file kind. */
    HEADER_WRONG_KIND,
    /** Fatal. The CSV syntax is broken: a quoted field is not closed before the end of the file, or text follows a
     * closing quote. */
    CSV_SYNTAX,
    /** Fatal. One record is longer than {@link InterchangeReader#MAX_RECORD_CHARS} characters (for example a 10 MB
     * field); reading stops so that memory stays bounded. */
    RECORD_TOO_LONG,
    /** The last record does not end with a line break: the file is probably truncated. */
    NO_FINAL_LINE_BREAK,
    /** A row does not have as many cells as the header. Its cells are not checked further. */
    COLUMN_COUNT,
    /** A cell contains U+0000. */
    NUL_CHARACTER,
    /** A cell contains a control character (Unicode category Cc, or U+FEFF); free-text items may contain TAB, CR and
     * LF. */
    CONTROL_CHARACTER,
    /** A cell contains a private-use character (外字, U+E000–U+F8FF or planes 15–16) that the 外字 mapping in force
     * does not map. */
    PRIVATE_USE_CHARACTER,
    /** A cell is longer than the documented maximum of its item ({@link InterchangeItem#maxLength()}). */
    FIELD_TOO_LONG,
    /** A required item is empty. */
    REQUIRED_MISSING,
    /** An identifier, sequence or insurer number contains something other than ASCII digits. */
    DIGITS_REQUIRED,
    /** An identifier, sequence or insurer number contains full-width digits (０–９); they are not normalised. */
    FULLWIDTH_DIGITS,
    /** A 市町村保険者番号 is not 6 digits with a prefecture part 01–47 and a matching check digit (rule R17). */
    INSURER_NUMBER,
    /** A code is not 1 to its maximum length ASCII letters and digits. */
    CODE_FORMAT,
    /** A flag (削除区分, 最新区分) is not {@code 0} or {@code 1}. */
    FLAG_CODE,
    /** A reason (事由) is neither a constant name nor a Japanese label of its enum. */
    REASON_CODE,
    /** A date is in none of the accepted forms (see {@link DateParser}). */
    DATE_FORMAT,
    /** A date has an accepted form but does not exist (2月30日, month 13, day 0). */
    DATE_INVALID,
    /** A 和暦 date lies outside its era (平成31年5月1日, 令和元年4月30日) or before 明治6年. */
    DATE_ERA_RANGE,
    /** Export only: a character of a cell cannot be encoded in the chosen charset (for example 𠮷 in Windows-31J). */
    ENCODING_UNMAPPABLE,

    // Checks of a 資格異動ファイル row against the other rows and the stored history (import into a store only).

    /** A 資格異動 row lacks an item needed to record the coverage it describes (国保世帯番号, 適用開始年月日, 適用開始事由,
     * 開始届出日; with an 適用終了年月日 also 適用終了事由 and 終了届出日). */
    COVERAGE_INCOMPLETE,
    /** 続柄区分 is not {@code 1} (世帯主) or {@code 2} (世帯員) (or the constant names {@code HEAD}, {@code MEMBER}). */
    RELATIONSHIP_TYPE,
    /** 適用終了年月日 is not after 適用開始年月日: a loss before (or on) the acquisition (rule R3). */
    LOSS_NOT_AFTER_ACQUISITION,
    /** 該当年月日 of 退職者医療 is on or after 2015-04-01, after the system was closed to new entrants (rule R10). */
    RETIREE_AFTER_ABOLITION,
    /** The row's coverage period overlaps another period of the same person, in the file or stored (rule R1). */
    COVERAGE_OVERLAP,
    /** The row puts the person in a second 国保世帯 while an overlapping period is in another one (rule R21). */
    TWO_HOUSEHOLDS,
    /** The row makes a second 世帯主 of one 国保世帯 on the same date (rule R21). */
    TWO_HEADS
}
