package jp.openkokuho.nhi.eligibility.internal.store;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One recorded version of a person's 退職者医療 period (R10, legacy); appended, never updated. */
@Entity
@Table(name = "NHI_RETIREE_VERSION")
public class RetireeVersionEntity {
    @Id
    @Column(name = "ID")
    private String id;
    @Column(name = "ATENA_NO")
    private String atenaNo;
    @Column(name = "SEQ")
    private int seq;
    @Column(name = "RETIREE_FROM_DATE")
    private LocalDate retireeFromDate;
    @Column(name = "RETIREE_TO_DATE")
    private LocalDate retireeToDate;
    @Column(name = "NOTIFIED_DATE")
    private LocalDate notifiedDate;
    @Column(name = "RECORDED_AT")
    private LocalDateTime recordedAt;

    /** For JPA. */
    public RetireeVersionEntity() {
    }

    public String getId() { return id; }
    public void setId(String v) { id = v; }
    public String getAtenaNo() { return atenaNo; }
    public void setAtenaNo(String v) { atenaNo = v; }
    public int getSeq() { return seq; }
    public void setSeq(int v) { seq = v; }
    public LocalDate getRetireeFromDate() { return retireeFromDate; }
    public void setRetireeFromDate(LocalDate v) { retireeFromDate = v; }
    public LocalDate getRetireeToDate() { return retireeToDate; }
    public void setRetireeToDate(LocalDate v) { retireeToDate = v; }
    public LocalDate getNotifiedDate() { return notifiedDate; }
    public void setNotifiedDate(LocalDate v) { notifiedDate = v; }
    public LocalDateTime getRecordedAt() { return recordedAt; }
    public void setRecordedAt(LocalDateTime v) { recordedAt = v; }
}
