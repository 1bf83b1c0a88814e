/**
 * Tenants: the municipalities (市区町村) hosted on one installation. A tenant is keyed by its 6-digit
 * 全国地方公共団体コード and carries its name and its NHI 保険者番号. Every core service call names its tenant;
 * there is no default tenant.
 */
@Export
@Version("1.0.0")
package jp.openkokuho.nhi.api.tenant;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
