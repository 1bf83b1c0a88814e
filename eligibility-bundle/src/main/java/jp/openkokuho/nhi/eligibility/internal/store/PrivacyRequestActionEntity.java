package jp.openkokuho.nhi.eligibility.internal.store;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step taken under a privacy request (NHI_PRIVACY_REQUEST_ACTION); rows are only inserted. */
@Entity
@Table(name = "NHI_PRIVACY_REQUEST_ACTION")
public class PrivacyRequestActionEntity {
    @Id
    @Column(name = "ACTION_ID")
    private long actionId;
    @Column(name = "REQUEST_REF")
    private String requestRef;
    @Column(name = "ACTION")
    private String action;
    @Column(name = "DETAIL")
    private String detail;
    @Column(name = "STAFF_ID")
    private String staffId;
    @Column(name = "RECORDED_AT")
    private LocalDateTime recordedAt;

    /** For JPA. */
    public PrivacyRequestActionEntity() {
    }

    public long getActionId() { return actionId; }
    public void setActionId(long v) { actionId = v; }
    public String getRequestRef() { return requestRef; }
    public void setRequestRef(String v) { requestRef = v; }
    public String getAction() { return action; }
    public void setAction(String v) { action = v; }
    public String getDetail() { return detail; }
    public void setDetail(String v) { detail = v; }
    public String getStaffId() { return staffId; }
    public void setStaffId(String v) { staffId = v; }
    public LocalDateTime getRecordedAt() { return recordedAt; }
    public void setRecordedAt(LocalDateTime v) { recordedAt = v; }
}
