/**
 * NHI eligibility (国民健康保険の資格管理): recording acquisitions (資格取得) and losses (資格喪失) of a person in a
 * 国保世帯, and reading eligibility as of a date. Every call names its tenant (a 全国地方公共団体コード).
 *
 * <p>Dates follow the platform's convention: a coverage period is {@code [startDate, endDate)}; the end date is the
 * 資格喪失年月日, the first day without coverage, as domain rule R7 fixes it.
 */
@Export
@Version("1.3.0")
package jp.openkokuho.nhi.api.eligibility;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
