package jp.openkokuho.nhi.eligibility.internal.store;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One 利用停止 of a person (NHI_USE_SUSPENSION); active while {@code resumedAt} is {@code null}. */
@Entity
@Table(name = "NHI_USE_SUSPENSION")
public class UseSuspensionEntity {
    @Id
    @Column(name = "SUSPENSION_ID")
    private long suspensionId;
    @Column(name = "ATENA_NO")
    private String atenaNo;
    @Column(name = "REQUEST_REF")
    private String requestRef;
    @Column(name = "SUSPENDED_AT")
    private LocalDateTime suspendedAt;
    @Column(name = "RESUME_REF")
    private String resumeRef;
    @Column(name = "RESUMED_AT")
    private LocalDateTime resumedAt;

    /** For JPA. */
    public UseSuspensionEntity() {
    }

    public long getSuspensionId() { return suspensionId; }
    public void setSuspensionId(long v) { suspensionId = v; }
    public String getAtenaNo() { return atenaNo; }
    public void setAtenaNo(String v) { atenaNo = v; }
    public String getRequestRef() { return requestRef; }
    public void setRequestRef(String v) { requestRef = v; }
    public LocalDateTime getSuspendedAt() { return suspendedAt; }
    public void setSuspendedAt(LocalDateTime v) { suspendedAt = v; }
    public String getResumeRef() { return resumeRef; }
    public void setResumeRef(String v) { resumeRef = v; }
    public LocalDateTime getResumedAt() { return resumedAt; }
    public void setResumedAt(LocalDateTime v) { resumedAt = v; }
}
