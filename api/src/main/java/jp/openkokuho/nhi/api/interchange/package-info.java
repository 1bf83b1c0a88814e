/**
 * Interchange files (the four files of the assessment's 別添1): validation of any of them, import into a tenant's
 * store, and export from it. Every call names its tenant. 1.1: {@link jp.openkokuho.nhi.api.interchange.ExportService},
 * import of every kind with {@link jp.openkokuho.nhi.api.interchange.InterchangeProgress}. 2.0: {@code exportFile} takes
 * the recorded purpose of the export (a bulk export needs a supervisor and a purpose).
 */
@Export
@Version("2.0.0")
package jp.openkokuho.nhi.api.interchange;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
