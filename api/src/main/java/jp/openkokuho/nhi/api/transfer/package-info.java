/**
 * Delivery of eligibility changes to destination systems (移転先): the consumer SPI that destination bundles
 * implement, the change DTO they receive, and the status service administrators read.
 *
 * <p><b>Guarantee.</b> The platform delivers each change at least once to every destination a tenant uses, in
 * order per subject (person), including changes made while the destination was stopped or being replaced.
 * A destination that records the {@link jp.openkokuho.nhi.api.transfer.EligibilityChange#eventId() event id} of
 * every change it applied, in the same step as its side effect, and ignores ids it has seen, gives an
 * exactly-once <em>effect</em>. See docs/integrator-guide.md.
 */
@Export
@Version("1.1.0")
package jp.openkokuho.nhi.api.transfer;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
