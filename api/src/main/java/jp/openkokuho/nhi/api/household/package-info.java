/**
 * 国保世帯 (NHI households): the household number, its 世帯主 (possibly a 擬制世帯主, a head who is not NHI insured)
 * and its members with 記載順位 and 続柄, all kept as append-only history so that a household can be read as of any
 * date. Every call names its tenant (a 全国地方公共団体コード).
 *
 * <p>Changes use optimistic locking: each household carries a version number that grows by one with every committed
 * change (including acquisitions and losses of its members); a change request carries the version the staff member
 * read, and a stale version is refused with {@link jp.openkokuho.nhi.api.eligibility.ConcurrentChangeException}.
 */
@Export
@Version("1.0.0")
package jp.openkokuho.nhi.api.household;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
