/**
 * The operation log (操作ログ) for a municipality's auditors: verify that a tenant's log is intact and search it, and
 * the exception every platform service throws when the authenticated caller may not perform an operation.
 *
 * <p>Every read and write of personal data, and every refused attempt, leaves one entry in the tenant's log; see
 * docs/security.md and docs/security-audit-log.md. Searching and verifying are themselves logged.
 *
 * <p>1.1: {@link jp.openkokuho.nhi.api.audit.OperationGuard} and {@link jp.openkokuho.nhi.api.audit.GuardedOperation},
 * through which other bundles (the linkage bundle) have their operations authorised and logged by the same guard.
 */
@Export
@Version("1.1.0")
package jp.openkokuho.nhi.api.audit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
