/**
 * Linkage with the prefectural NHI federation (国保連合会) and the intermediate servers (中間サーバー): carry-over of
 * 高額該当 counts after an in-prefecture move (R8, R9), 資格継続 checks (R6, R7), 宛名番号 / 符号 / 枝番 mapping and
 * the J-LIS five-item check (R17, R20), guarded 情報照会 / 情報提供 with their 情報提供等記録 (R19), and the
 * federation files.
 *
 * <p>Every service method takes the tenant code (全国地方公共団体コード) first. Records returned here never contain
 * an individual number in clear; where one is needed the type is {@link jp.openkokuho.nhi.api.privacy.MyNumber},
 * which prints as a mask.
 */
@Export
@Version("1.1.0")
package jp.openkokuho.nhi.api.linkage;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
