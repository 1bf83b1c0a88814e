package jp.openkokuho.nhi.api.document;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import jp.openkokuho.nhi.api.eligibility.RuleViolationException;
import jp.openkokuho.nhi.api.tenant.UnknownTenantException;

/**
 * Issues, reissues and takes back the documents (証類) of insured persons, and prints them (domain rule R16).
 *
 * <p><b>Rules.</b> A document may only be issued for a person who is insured on its effective date (発効期日) and
 * whose particulars (氏名, 生年月日, 性別) are registered; otherwise a {@link RuleViolationException} with code
 * {@code R16} names the item. The type must be issuable on the effective date: 被保険者証, 短期被保険者証 and
 * 被保険者資格証明書 only before 2024-12-02; 資格確認書, 資格確認書(特別療養費) and 資格情報のお知らせ only from
 * 2024-12-02; 高齢受給者証 in both periods for persons aged 70 to 74. The 有効期限 is the earliest of: the insurer's
 * cycle end (for example 31 July), 2025-12-01 for the legacy cards, the day before the 75th birthday, the day before
 * the person becomes 高齢受給者 (for persons under 70), 31 July before the yearly redetermination of the 一部負担金の割合
 * (persons 70 to 74), and the 在留期間満了日 of a foreign resident. A 資格情報のお知らせ of a person under 70 has no
 * expiry.
 *
 * <p><b>Writes.</b> Every change appends a version of the document in one transaction of the tenant's store; a new
 * document replaces (status {@link DocumentStatus#SUPERSEDED}) the person's earlier usable document of the same kind
 * (the 高齢受給者証 is its own kind, every other type is the person's main document) in the same transaction.
 * Documents are not sent to destination systems.
 *
 * <p><b>Font.</b> Printing needs a Japanese TrueType/OpenType font (default: IPAex Gothic, Debian package
 * {@code fonts-ipaexfont-gothic}); when it is missing, {@link #issue}, {@link #reissue} and {@link #render} throw
 * {@link DocumentFontException} before storing anything.
 *
 * <p>Thread safe. Every method takes the tenant code first and throws {@link UnknownTenantException} for a tenant
 * that is not open.
 */
@ProviderType
public interface DocumentService {
    /**
     * Issues a document (交付).
     *
     * @param tenantCode 全国地方公共団体コード
     * @param atenaNo 宛名番号 of an insured person
     * @param type the type, or {@code null} to choose by the effective date: 被保険者証 before 2024-12-02, 資格確認書
     *        from 2024-12-02 (the document issued without application to anyone whose マイナ保険証 cannot be
     *        confirmed)
     * @param effectiveDate 発効期日
     * @param reason why the document is issued (free text for staff, e.g. 転入, 再発行申請); may be {@code null}
     * @return the issued document
     * @throws RuleViolationException (code {@code R16}, or {@code INPUT} for malformed input) if the person is not
     *         insured or not registered on the effective date, the type may not be issued then, or it would expire
     *         before it takes effect
     * @throws DocumentFontException if the Japanese font is missing
     */
    IssuedDocument issue(String tenantCode, String atenaNo, DocumentType type, LocalDate effectiveDate, String reason);

    /**
     * Issues a usable document again (再交付: lost or damaged), with today as its new 交付年月日 and the same contents.
     *
     * @param tenantCode 全国地方公共団体コード
     * @param documentId the document
     * @param reason why (e.g. 紛失, 破損); may be {@code null}
     * @return the document in its new version
     * @throws UnknownDocumentException if there is no such document
     * @throws RuleViolationException (code {@code R16}) if it was returned or replaced, or has expired
     * @throws DocumentFontException if the Japanese font is missing
     */
    IssuedDocument reissue(String tenantCode, String documentId, String reason);

    /**
     * Records that a document was handed back (返還).
     *
     * @param tenantCode 全国地方公共団体コード
     * @param documentId the document
     * @param returnDate the day it was handed back; not in the future
     * @return the document in its new version
     * @throws UnknownDocumentException if there is no such document
     * @throws RuleViolationException (code {@code R16} or {@code INPUT}) if it was already returned or replaced, or
     *         the date is in the future or before the document's issue date
     */
    IssuedDocument recordReturn(String tenantCode, String documentId, LocalDate returnDate);

    /**
     * @param tenantCode 全国地方公共団体コード
     * @param atenaNo 宛名番号
     * @return every document of the person in its latest state, oldest issuance first; empty if none
     */
    List<IssuedDocument> list(String tenantCode, String atenaNo);

    /**
     * Prints a usable document.
     *
     * @param tenantCode 全国地方公共団体コード
     * @param documentId the document
     * @return the PDF (card-sized A6 for cards and 資格確認書, A4 for 資格情報のお知らせ), Japanese font embedded
     * @throws UnknownDocumentException if there is no such document
     * @throws RuleViolationException (code {@code R16}) if it was returned or replaced, or the person's particulars
     *         are no longer registered
     * @throws DocumentFontException if the Japanese font is missing
     */
    byte[] render(String tenantCode, String documentId);

    /**
     * The yearly 一斉更新: for every usable document that expires before the next cycle starts (the day after the
     * insurer's cycle end on or after {@code runDate}), issues the next document of the same kind if the person is
     * insured on its effective date (the day after the old document's expiry, or {@code runDate} if that is later).
     * A legacy card is renewed as a 資格確認書 (a 資格証 as 資格確認書(特別療養費)). Each document is renewed in its own
     * transaction; a renewal that breaks a rule stores nothing for that document and is counted and reported. Running it twice renews nothing twice.
     *
     * @param tenantCode 全国地方公共団体コード
     * @param runDate the day of the run
     * @return the counts
     * @throws DocumentFontException if the Japanese font is missing (checked before anything is issued)
     */
    RenewalResult annualRenewal(String tenantCode, LocalDate runDate);
}
