/**
 * 地方税関係情報 (tax income) for the NHI work (II-3⑤ 所得確認): per-person income of a tax year imported from the
 * tax side, and what the eligibility work derives from it — the 高齢受給者 一部負担金割合 (R15) and the 高額療養費
 * 所得区分 of a household (R9), with the 非自発的失業者 adjustment of the 給与所得 (R11). Every call names its tenant.
 *
 * <p>Amounts are whole yen. A 年度 is the 課税年度 (賦課年度) of the 住民税: 年度 2026 holds the income of calendar year
 * 2025.
 */
@Export
@Version("1.0.0")
package jp.openkokuho.nhi.api.income;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
