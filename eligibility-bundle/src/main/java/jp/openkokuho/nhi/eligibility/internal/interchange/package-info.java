/**
 * Interchange files of the seed's 別添1 (特定個人情報ファイル記録項目): 資格異動ファイル, 緩和措置異動情報ファイル,
 * 国保資格取得喪失年月日連携ファイル and 在留資格ファイル, read and written as CSV.
 *
 * <p>{@link jp.openkokuho.nhi.eligibility.internal.interchange.InterchangeReader} decodes a file strictly (UTF-8 with
 * an optional byte order mark, or Windows-31J), checks its header against
 * {@link jp.openkokuho.nhi.eligibility.internal.interchange.InterchangeKind}, validates every cell of every row and
 * hands valid rows, one at a time, to a caller's sink; it returns an
 * {@link jp.openkokuho.nhi.eligibility.internal.interchange.ImportReport} whose errors carry a file name, a physical
 * line, a Japanese item name and a {@link jp.openkokuho.nhi.eligibility.internal.interchange.CheckId}.
 * {@link jp.openkokuho.nhi.eligibility.internal.interchange.InterchangeWriter} writes rows back in the same form.
 *
 * <p>The package is plain Java: no OSGi services, no storage. Storing rows is the caller's job; a file is meant to
 * be stored all-or-nothing, that is only when its report is
 * {@link jp.openkokuho.nhi.eligibility.internal.interchange.ImportReport#accepted() accepted}. The file format and
 * the checks are described in {@code docs/interchange-files.md}.
 */
package jp.openkokuho.nhi.eligibility.internal.interchange;
