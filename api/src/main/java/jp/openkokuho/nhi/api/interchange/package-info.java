/**
 * Interchange files (the four files of the assessment's 別添1): validation of any of them, and import into a tenant's
 * store. Every call names its tenant.
 */
@Export
@Version("1.0.0")
package jp.openkokuho.nhi.api.interchange;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
