package jp.openkokuho.nhi.eligibility.internal.store;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One 非自発的失業者 軽減 application that passed R11; appended, never updated. */
@Entity
@Table(name = "NHI_INVOLUNTARY_UNEMPLOYMENT")
public class UnemploymentEntity {
    @Id
    @Column(name = "ID")
    private String id;
    @Column(name = "ATENA_NO")
    private String atenaNo;
    @Column(name = "SEPARATION_DATE")
    private LocalDate separationDate;
    @Column(name = "SEPARATION_REASON_CODE")
    private String separationReasonCode;
    @Column(name = "APPLICATION_DATE")
    private LocalDate applicationDate;
    @Column(name = "RECORDED_AT")
    private LocalDateTime recordedAt;

    /** For JPA. */
    public UnemploymentEntity() {
    }

    public String getId() { return id; }
    public void setId(String v) { id = v; }
    public String getAtenaNo() { return atenaNo; }
    public void setAtenaNo(String v) { atenaNo = v; }
    public LocalDate getSeparationDate() { return separationDate; }
    public void setSeparationDate(LocalDate v) { separationDate = v; }
    public String getSeparationReasonCode() { return separationReasonCode; }
    public void setSeparationReasonCode(String v) { separationReasonCode = v; }
    public LocalDate getApplicationDate() { return applicationDate; }
    public void setApplicationDate(LocalDate v) { applicationDate = v; }
    public LocalDateTime getRecordedAt() { return recordedAt; }
    public void setRecordedAt(LocalDateTime v) { recordedAt = v; }
}
