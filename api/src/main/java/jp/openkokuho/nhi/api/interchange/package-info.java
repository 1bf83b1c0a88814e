/**
 * Interchange files (the four files of the assessment's 別添1): validation of any of them, import into a tenant's
 * store, and export from it. Every call names its tenant. 1.1: {@link jp.openkokuho.nhi.api.interchange.ExportService},
 * import of every kind with {@link jp.openkokuho.nhi.api.interchange.InterchangeProgress}.
 */
@Export
@Version("1.1.0")
package jp.openkokuho.nhi.api.interchange;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
