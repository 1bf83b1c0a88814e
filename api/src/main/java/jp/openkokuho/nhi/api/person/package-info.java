/**
 * Persons known to a tenant (宛名): the particulars the NHI work needs about a resident, keyed by the tenant's
 * 宛名番号. Every call names its tenant (a 全国地方公共団体コード). Names and birth dates are personal data: callers
 * must not log them in clear (see {@link jp.openkokuho.nhi.api.privacy.Masking}).
 */
@Export
@Version("1.0.0")
package jp.openkokuho.nhi.api.person;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
