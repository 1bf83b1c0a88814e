package jp.openkokuho.nhi.eligibility.internal.store;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** Delivery state of one outbox event for one destination. */
@Entity
@Table(name = "NHI_DELIVERY")
@IdClass(DeliveryEntity.Key.class)
public class DeliveryEntity {
    /** Waiting for a first attempt or a retry. */
    public static final String PENDING = "PENDING";
    /** Applied by the destination. */
    public static final String DELIVERED = "DELIVERED";
    /** Given up (attempts exhausted or cancelled); waits for an administrator's retry. */
    public static final String DEAD = "DEAD";

    @Id
    @Column(name = "EVENT_SEQ")
    private long eventSeq;
    @Id
    @Column(name = "DESTINATION_ID")
    private String destinationId;
    @Column(name = "SUBJECT_KEY")
    private String subjectKey;
    @Column(name = "SUBJECT_SEQ")
    private long subjectSeq;
    @Column(name = "STATUS")
    private String status;
    @Column(name = "ATTEMPTS")
    private int attempts;
    @Column(name = "NEXT_ATTEMPT_AT")
    private LocalDateTime nextAttemptAt;
    @Column(name = "CREATED_AT")
    private LocalDateTime createdAt;
    @Column(name = "DELIVERED_AT")
    private LocalDateTime deliveredAt;
    @Column(name = "LAST_ERROR")
    private String lastError;

    /** For JPA. */
    public DeliveryEntity() {
    }

    public long getEventSeq() { return eventSeq; }
    public void setEventSeq(long v) { eventSeq = v; }
    public String getDestinationId() { return destinationId; }
    public void setDestinationId(String v) { destinationId = v; }
    public String getSubjectKey() { return subjectKey; }
    public void setSubjectKey(String v) { subjectKey = v; }
    public long getSubjectSeq() { return subjectSeq; }
    public void setSubjectSeq(long v) { subjectSeq = v; }
    public String getStatus() { return status; }
    public void setStatus(String v) { status = v; }
    public int getAttempts() { return attempts; }
    public void setAttempts(int v) { attempts = v; }
    public LocalDateTime getNextAttemptAt() { return nextAttemptAt; }
    public void setNextAttemptAt(LocalDateTime v) { nextAttemptAt = v; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime v) { createdAt = v; }
    public LocalDateTime getDeliveredAt() { return deliveredAt; }
    public void setDeliveredAt(LocalDateTime v) { deliveredAt = v; }
    public String getLastError() { return lastError; }
    public void setLastError(String v) { lastError = v; }

    /** Composite primary key (event sequence, destination id). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long eventSeq;
        private String destinationId;

        /** For JPA. */
        public Key() {
        }

        /**
         * @param eventSeq outbox sequence
         * @param destinationId destination id
         */
        public Key(long eventSeq, String destinationId) {
            this.eventSeq = eventSeq;
            this.destinationId = destinationId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.eventSeq == eventSeq && Objects.equals(k.destinationId, destinationId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(eventSeq, destinationId);
        }
    }
}
