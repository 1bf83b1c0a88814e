package jp.openkokuho.nhi.eligibility.internal.store;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * One version of an issued document (証類): version 1 is the issuance, later versions record 再交付, 返還 and 差替.
 * Rows are inserted, never updated; a document's state is its version with the highest number.
 */
@Entity
@Table(name = "NHI_DOCUMENT")
@IdClass(DocumentEntity.Key.class)
public class DocumentEntity {
    @Id
    @Column(name = "DOCUMENT_ID")
    private String documentId;
    @Id
    @Column(name = "VERSION")
    private int version;
    @Column(name = "ATENA_NO")
    private String atenaNo;
    @Column(name = "DOCUMENT_TYPE")
    private String documentType;
    @Column(name = "STATUS")
    private String status;
    @Column(name = "ISSUE_DATE")
    private LocalDate issueDate;
    @Column(name = "EFFECTIVE_DATE")
    private LocalDate effectiveDate;
    @Column(name = "EXPIRY_DATE")
    private LocalDate expiryDate;
    @Column(name = "EXPIRY_CAP")
    private String expiryCap;
    @Column(name = "CARD_SYMBOL")
    private String cardSymbol;
    @Column(name = "CARD_NUMBER")
    private String cardNumber;
    @Column(name = "BRANCH_NO")
    private String branchNo;
    @Column(name = "COPAY_RATE")
    private Integer copayRate;
    @Column(name = "STATUS_DATE")
    private LocalDate statusDate;
    @Column(name = "REASON")
    private String reason;
    @Column(name = "PROCESSED_ON")
    private LocalDate processedOn;
    @Column(name = "RECORDED_AT")
    private LocalDateTime recordedAt;

    /** For JPA. */
    public DocumentEntity() {
    }

    /** @return a copy of every column, to be changed into the next version before it is persisted */
    public DocumentEntity copy() {
        DocumentEntity c = new DocumentEntity();
        c.documentId = documentId;
        c.version = version;
        c.atenaNo = atenaNo;
        c.documentType = documentType;
        c.status = status;
        c.issueDate = issueDate;
        c.effectiveDate = effectiveDate;
        c.expiryDate = expiryDate;
        c.expiryCap = expiryCap;
        c.cardSymbol = cardSymbol;
        c.cardNumber = cardNumber;
        c.branchNo = branchNo;
        c.copayRate = copayRate;
        c.statusDate = statusDate;
        c.reason = reason;
        c.processedOn = processedOn;
        c.recordedAt = recordedAt;
        return c;
    }

    public String getDocumentId() { return documentId; }
    public void setDocumentId(String v) { documentId = v; }
    public int getVersion() { return version; }
    public void setVersion(int v) { version = v; }
    public String getAtenaNo() { return atenaNo; }
    public void setAtenaNo(String v) { atenaNo = v; }
    public String getDocumentType() { return documentType; }
    public void setDocumentType(String v) { documentType = v; }
    public String getStatus() { return status; }
    public void setStatus(String v) { status = v; }
    public LocalDate getIssueDate() { return issueDate; }
    public void setIssueDate(LocalDate v) { issueDate = v; }
    public LocalDate getEffectiveDate() { return effectiveDate; }
    public void setEffectiveDate(LocalDate v) { effectiveDate = v; }
    public LocalDate getExpiryDate() { return expiryDate; }
    public void setExpiryDate(LocalDate v) { expiryDate = v; }
    public String getExpiryCap() { return expiryCap; }
    public void setExpiryCap(String v) { expiryCap = v; }
    public String getCardSymbol() { return cardSymbol; }
    public void setCardSymbol(String v) { cardSymbol = v; }
    public String getCardNumber() { return cardNumber; }
    public void setCardNumber(String v) { cardNumber = v; }
    public String getBranchNo() { return branchNo; }
    public void setBranchNo(String v) { branchNo = v; }
    public Integer getCopayRate() { return copayRate; }
    public void setCopayRate(Integer v) { copayRate = v; }
    public LocalDate getStatusDate() { return statusDate; }
    public void setStatusDate(LocalDate v) { statusDate = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public LocalDate getProcessedOn() { return processedOn; }
    public void setProcessedOn(LocalDate v) { processedOn = v; }
    public LocalDateTime getRecordedAt() { return recordedAt; }
    public void setRecordedAt(LocalDateTime v) { recordedAt = v; }

    /** Composite key (document id, version). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String documentId;
        private int version;

        /** For JPA. */
        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.version == version && Objects.equals(k.documentId, documentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(documentId, version);
        }
    }
}
