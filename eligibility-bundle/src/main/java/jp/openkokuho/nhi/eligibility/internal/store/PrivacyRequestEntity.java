package jp.openkokuho.nhi.eligibility.internal.store;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One 開示・訂正・利用停止請求 (NHI_PRIVACY_REQUEST); only the status and the closing columns ever change. */
@Entity
@Table(name = "NHI_PRIVACY_REQUEST")
public class PrivacyRequestEntity {
    @Id
    @Column(name = "REQUEST_REF")
    private String requestRef;
    @Column(name = "KIND")
    private String kind;
    @Column(name = "ATENA_NO")
    private String atenaNo;
    @Column(name = "RECEIVED_ON")
    private LocalDate receivedOn;
    @Column(name = "REQUESTER_RELATION")
    private String requesterRelation;
    @Column(name = "STATUS")
    private String status;
    @Column(name = "REGISTERED_BY")
    private String registeredBy;
    @Column(name = "REGISTERED_AT")
    private LocalDateTime registeredAt;
    @Column(name = "OUTCOME")
    private String outcome;
    @Column(name = "CLOSED_BY")
    private String closedBy;
    @Column(name = "CLOSED_AT")
    private LocalDateTime closedAt;
    @Column(name = "CLOSING_NOTE")
    private String closingNote;

    /** For JPA. */
    public PrivacyRequestEntity() {
    }

    public String getRequestRef() { return requestRef; }
    public void setRequestRef(String v) { requestRef = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getAtenaNo() { return atenaNo; }
    public void setAtenaNo(String v) { atenaNo = v; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate v) { receivedOn = v; }
    public String getRequesterRelation() { return requesterRelation; }
    public void setRequesterRelation(String v) { requesterRelation = v; }
    public String getStatus() { return status; }
    public void setStatus(String v) { status = v; }
    public String getRegisteredBy() { return registeredBy; }
    public void setRegisteredBy(String v) { registeredBy = v; }
    public LocalDateTime getRegisteredAt() { return registeredAt; }
    public void setRegisteredAt(LocalDateTime v) { registeredAt = v; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String v) { outcome = v; }
    public String getClosedBy() { return closedBy; }
    public void setClosedBy(String v) { closedBy = v; }
    public LocalDateTime getClosedAt() { return closedAt; }
    public void setClosedAt(LocalDateTime v) { closedAt = v; }
    public String getClosingNote() { return closingNote; }
    public void setClosingNote(String v) { closingNote = v; }
}
