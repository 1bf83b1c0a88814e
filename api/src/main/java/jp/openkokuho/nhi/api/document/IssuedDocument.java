package jp.openkokuho.nhi.api.document;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One issued document in the state its latest version records. Every issuance, reissue, return and replacement
 * appends a version; nothing is changed in place.
 *
 * @param documentId the document's identifier in its tenant (ASCII digits)
 * @param version the version this state comes from (1 = the issuance)
 * @param type the document type
 * @param atenaNo 宛名番号 of the insured person
 * @param issueDate 交付年月日 (for a reissued document: the day of the latest 再交付)
 * @param effectiveDate 発効期日, the first day the document is valid
 * @param expiryDate 有効期限, the last day it is valid; {@code null} if it has none (資格情報のお知らせ under 70)
 * @param expiryReason why it ends on {@code expiryDate} in Japanese (e.g. 有効期限, 70歳到達, 経過措置終了, 在留期間満了)
 * @param cardSymbol 記号 (the 国保世帯番号)
 * @param cardNumber 番号 (per person: the 宛名番号)
 * @param branchNo 枝番, two digits (domain rule R17)
 * @param copayRatePercent 一部負担金の割合 in percent (20 or 30; 10 for the historic 特例) for a person aged 70 to 74
 *        on the effective date; {@code null} otherwise
 * @param status the status
 * @param statusDate the day of the latest version's event: issue, reissue, return or replacement
 * @param reason the reason staff gave for the latest version (free text, may be empty, never {@code null})
 */
public record IssuedDocument(String documentId, int version, DocumentType type, String atenaNo, LocalDate issueDate,
        LocalDate effectiveDate, LocalDate expiryDate, String expiryReason, String cardSymbol, String cardNumber,
        String branchNo, Integer copayRatePercent, DocumentStatus status, LocalDate statusDate, String reason) {
    /** Rejects missing values. */
    public IssuedDocument {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(atenaNo, "atenaNo");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(expiryReason, "expiryReason");
        Objects.requireNonNull(cardSymbol, "cardSymbol");
        Objects.requireNonNull(cardNumber, "cardNumber");
        Objects.requireNonNull(branchNo, "branchNo");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusDate, "statusDate");
        Objects.requireNonNull(reason, "reason");
    }
}
