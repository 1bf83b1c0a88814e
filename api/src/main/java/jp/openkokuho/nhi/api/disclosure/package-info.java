/**
 * The data subject's requests and questions (評価書 IV 開示請求、問合せ): 開示・訂正・利用停止請求 registered with their
 * reference ({@link jp.openkokuho.nhi.api.disclosure.PrivacyRequestService}), the disclosure bundle produced for one
 * request ({@link jp.openkokuho.nhi.api.disclosure.DisclosureService}) and the record of inquiries about the handling
 * of the 特定個人情報ファイル ({@link jp.openkokuho.nhi.api.disclosure.InquiryService}).
 *
 * <p>Every operation takes the tenant code first, so that the platform's authorization and operation log wrap each
 * one; the staff member who acts is always the authenticated caller, never a parameter. Records of this package are
 * kept per tenant and are never changed in place except for the status of a request, whose every step is kept as a
 * {@link jp.openkokuho.nhi.api.disclosure.PrivacyRequestAction}.
 */
@Export
@Version("1.0.0")
package jp.openkokuho.nhi.api.disclosure;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
