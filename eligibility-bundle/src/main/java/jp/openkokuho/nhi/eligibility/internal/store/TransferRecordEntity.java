package jp.openkokuho.nhi.eligibility.internal.store;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 移転記録: one delivery attempt. Inserted with the delivery state change; never updated. */
@Entity
@Table(name = "NHI_TRANSFER_RECORD")
public class TransferRecordEntity {
    @Id
    @Column(name = "RECORD_ID")
    private long recordId;
    @Column(name = "DESTINATION_ID")
    private String destinationId;
    @Column(name = "LEGAL_BASIS")
    private String legalBasis;
    @Column(name = "ITEMS")
    private String items;
    @Column(name = "SUBJECT_KEY")
    private String subjectKey;
    @Column(name = "EVENT_ID")
    private String eventId;
    @Column(name = "EVENT_SEQ")
    private long eventSeq;
    @Column(name = "ATTEMPTED_AT")
    private LocalDateTime attemptedAt;
    @Column(name = "OUTCOME")
    private String outcome;
    @Column(name = "DETAIL")
    private String detail;

    /** For JPA. */
    public TransferRecordEntity() {
    }

    public long getRecordId() { return recordId; }
    public void setRecordId(long v) { recordId = v; }
    public String getDestinationId() { return destinationId; }
    public void setDestinationId(String v) { destinationId = v; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String v) { legalBasis = v; }
    public String getItems() { return items; }
    public void setItems(String v) { items = v; }
    public String getSubjectKey() { return subjectKey; }
    public void setSubjectKey(String v) { subjectKey = v; }
    public String getEventId() { return eventId; }
    public void setEventId(String v) { eventId = v; }
    public long getEventSeq() { return eventSeq; }
    public void setEventSeq(long v) { eventSeq = v; }
    public LocalDateTime getAttemptedAt() { return attemptedAt; }
    public void setAttemptedAt(LocalDateTime v) { attemptedAt = v; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String v) { outcome = v; }
    public String getDetail() { return detail; }
    public void setDetail(String v) { detail = v; }
}
