/**
 * Protection of personal data in every bundle: the individual number (個人番号, My Number) as a validated value
 * whose {@code toString()} never shows it, its check digit, the one display mask for it, redaction of individual
 * numbers from free text (log lines, exception messages, reports), and masks for names and 宛名番号.
 *
 * <p>Everything here is stateless or immutable, thread safe and free of I/O. Encryption at rest and the keyed
 * blind index are the core bundle's business; they take and return {@link jp.openkokuho.nhi.api.privacy.MyNumber}
 * values so that the number travels through services as a type that cannot be printed by accident.
 *
 * <p>Since 1.1.0 the services of the data subject's protections: {@link jp.openkokuho.nhi.api.privacy.MyNumberService}
 * (the stored link of a person to their individual number, look-up, purpose-bound disclosure and key rotation),
 * {@link jp.openkokuho.nhi.api.privacy.UseSuspensionService} (利用停止: holding a person's transfers) and
 * {@link jp.openkokuho.nhi.api.privacy.RetentionService} (保管期間 and 消去). Every operation takes the tenant code
 * first, so the platform's authorization and operation log can wrap each one.
 */
@Export
@Version("1.2.0")
package jp.openkokuho.nhi.api.privacy;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
