package jp.openkokuho.nhi.eligibility.internal.store;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One committed change waiting to be (or already) delivered. Inserted with the history version; never updated. */
@Entity
@Table(name = "NHI_OUTBOX_EVENT")
public class OutboxEventEntity {
    @Id
    @Column(name = "SEQ")
    private long seq;
    @Column(name = "EVENT_ID")
    private String eventId;
    @Column(name = "SUBJECT_KEY")
    private String subjectKey;
    @Column(name = "SUBJECT_SEQ")
    private long subjectSeq;
    @Column(name = "CHANGE_TYPE")
    private String changeType;
    @Column(name = "SCHEMA_VERSION")
    private int schemaVersion;
    @Column(name = "PAYLOAD")
    private String payload;
    @Column(name = "RECORDED_AT")
    private LocalDateTime recordedAt;

    /** For JPA. */
    public OutboxEventEntity() {
    }

    public long getSeq() { return seq; }
    public void setSeq(long v) { seq = v; }
    public String getEventId() { return eventId; }
    public void setEventId(String v) { eventId = v; }
    public String getSubjectKey() { return subjectKey; }
    public void setSubjectKey(String v) { subjectKey = v; }
    public long getSubjectSeq() { return subjectSeq; }
    public void setSubjectSeq(long v) { subjectSeq = v; }
    public String getChangeType() { return changeType; }
    public void setChangeType(String v) { changeType = v; }
    public int getSchemaVersion() { return schemaVersion; }
    public void setSchemaVersion(int v) { schemaVersion = v; }
    public String getPayload() { return payload; }
    public void setPayload(String v) { payload = v; }
    public LocalDateTime getRecordedAt() { return recordedAt; }
    public void setRecordedAt(LocalDateTime v) { recordedAt = v; }
}
