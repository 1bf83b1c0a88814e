/**
 * Common types of the NHI platform API: the base exception every platform service throws.
 */
@Export
@Version("1.0.0")
package jp.openkokuho.nhi.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
