/**
 * The operation log (操作ログ) for a municipality's auditors: verify that a tenant's log is intact and search it, and
 * the exception every platform service throws when the authenticated caller may not perform an operation.
 *
 * <p>Every read and write of personal data, and every refused attempt, leaves one entry in the tenant's log; see
 * docs/security.md and docs/security-audit-log.md. Searching and verifying are themselves logged.
 */
@Export
@Version("1.0.0")
package jp.openkokuho.nhi.api.audit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
