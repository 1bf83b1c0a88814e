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
 * One history version (履歴番号) of a person's coverage: a row of the 資格異動ファイル. Rows are inserted, never
 * updated; the state of a coverage period is its version with the highest history number.
 */
@Entity
@Table(name = "NHI_COVERAGE_VERSION")
@IdClass(CoverageVersionEntity.Key.class)
public class CoverageVersionEntity {
    @Id
    @Column(name = "ATENA_NO")
    private String atenaNo;
    @Id
    @Column(name = "HISTORY_SEQ")
    private int historySeq;
    @Column(name = "PERIOD_SEQ")
    private int periodSeq;
    @Column(name = "CHANGE_KIND")
    private String changeKind;
    @Column(name = "NHI_HOUSEHOLD_NO")
    private String nhiHouseholdNo;
    @Column(name = "RELATIONSHIP_TYPE")
    private String relationshipType;
    @Column(name = "COVERAGE_START_DATE")
    private LocalDate coverageStartDate;
    @Column(name = "COVERAGE_START_REASON")
    private String coverageStartReason;
    @Column(name = "START_EVENT_DATE")
    private LocalDate startEventDate;
    @Column(name = "START_NOTIFIED_DATE")
    private LocalDate startNotifiedDate;
    @Column(name = "START_LATE")
    private boolean startLate;
    @Column(name = "COVERAGE_END_DATE")
    private LocalDate coverageEndDate;
    @Column(name = "COVERAGE_END_REASON")
    private String coverageEndReason;
    @Column(name = "END_EVENT_DATE")
    private LocalDate endEventDate;
    @Column(name = "END_NOTIFIED_DATE")
    private LocalDate endNotifiedDate;
    @Column(name = "END_LATE")
    private boolean endLate;
    @Column(name = "PROCESSED_ON")
    private LocalDate processedOn;
    @Column(name = "RECORDED_AT")
    private LocalDateTime recordedAt;
    @Column(name = "IS_DELETED")
    private boolean deleted;
    @Column(name = "EVENT_ID")
    private String eventId;
    @Column(name = "CORRECTION_REF")
    private String correctionRef;

    /** For JPA. */
    public CoverageVersionEntity() {
    }

    /**
     * @return a new version carrying every field of this one, with key and bookkeeping fields still to be set
     */
    public CoverageVersionEntity copy() {
        CoverageVersionEntity c = new CoverageVersionEntity();
        c.atenaNo = atenaNo;
        c.periodSeq = periodSeq;
        c.nhiHouseholdNo = nhiHouseholdNo;
        c.relationshipType = relationshipType;
        c.coverageStartDate = coverageStartDate;
        c.coverageStartReason = coverageStartReason;
        c.startEventDate = startEventDate;
        c.startNotifiedDate = startNotifiedDate;
        c.startLate = startLate;
        c.coverageEndDate = coverageEndDate;
        c.coverageEndReason = coverageEndReason;
        c.endEventDate = endEventDate;
        c.endNotifiedDate = endNotifiedDate;
        c.endLate = endLate;
        return c;
    }

    /** @return the reference of a correction version, else {@code null} (not carried over by {@link #copy()}) */
    public String getCorrectionRef() { return correctionRef; }
    public void setCorrectionRef(String v) { correctionRef = v; }
    public String getAtenaNo() { return atenaNo; }
    public void setAtenaNo(String v) { atenaNo = v; }
    public int getHistorySeq() { return historySeq; }
    public void setHistorySeq(int v) { historySeq = v; }
    public int getPeriodSeq() { return periodSeq; }
    public void setPeriodSeq(int v) { periodSeq = v; }
    public String getChangeKind() { return changeKind; }
    public void setChangeKind(String v) { changeKind = v; }
    public String getNhiHouseholdNo() { return nhiHouseholdNo; }
    public void setNhiHouseholdNo(String v) { nhiHouseholdNo = v; }
    public String getRelationshipType() { return relationshipType; }
    public void setRelationshipType(String v) { relationshipType = v; }
    public LocalDate getCoverageStartDate() { return coverageStartDate; }
    public void setCoverageStartDate(LocalDate v) { coverageStartDate = v; }
    public String getCoverageStartReason() { return coverageStartReason; }
    public void setCoverageStartReason(String v) { coverageStartReason = v; }
    public LocalDate getStartEventDate() { return startEventDate; }
    public void setStartEventDate(LocalDate v) { startEventDate = v; }
    public LocalDate getStartNotifiedDate() { return startNotifiedDate; }
    public void setStartNotifiedDate(LocalDate v) { startNotifiedDate = v; }
    public boolean isStartLate() { return startLate; }
    public void setStartLate(boolean v) { startLate = v; }
    public LocalDate getCoverageEndDate() { return coverageEndDate; }
    public void setCoverageEndDate(LocalDate v) { coverageEndDate = v; }
    public String getCoverageEndReason() { return coverageEndReason; }
    public void setCoverageEndReason(String v) { coverageEndReason = v; }
    public LocalDate getEndEventDate() { return endEventDate; }
    public void setEndEventDate(LocalDate v) { endEventDate = v; }
    public LocalDate getEndNotifiedDate() { return endNotifiedDate; }
    public void setEndNotifiedDate(LocalDate v) { endNotifiedDate = v; }
    public boolean isEndLate() { return endLate; }
    public void setEndLate(boolean v) { endLate = v; }
    public LocalDate getProcessedOn() { return processedOn; }
    public void setProcessedOn(LocalDate v) { processedOn = v; }
    public LocalDateTime getRecordedAt() { return recordedAt; }
    public void setRecordedAt(LocalDateTime v) { recordedAt = v; }
    public boolean isDeleted() { return deleted; }
    public void setDeleted(boolean v) { deleted = v; }
    public String getEventId() { return eventId; }
    public void setEventId(String v) { eventId = v; }

    /** Composite primary key (宛名番号, 履歴番号). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String atenaNo;
        private int historySeq;

        /** For JPA. */
        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.historySeq == historySeq && Objects.equals(k.atenaNo, atenaNo);
        }

        @Override
        public int hashCode() {
            return Objects.hash(atenaNo, historySeq);
        }
    }
}
