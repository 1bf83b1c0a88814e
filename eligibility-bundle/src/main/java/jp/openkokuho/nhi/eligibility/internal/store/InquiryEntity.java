package jp.openkokuho.nhi.eligibility.internal.store;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One recorded 問合せ (NHI_INQUIRY); rows are only inserted. */
@Entity
@Table(name = "NHI_INQUIRY")
public class InquiryEntity {
    @Id
    @Column(name = "INQUIRY_ID")
    private long inquiryId;
    @Column(name = "FOLLOWS_UP")
    private Long followsUp;
    @Column(name = "ATENA_NO")
    private String atenaNo;
    @Column(name = "CHANNEL")
    private String channel;
    @Column(name = "RECEIVED_AT")
    private LocalDateTime receivedAt;
    @Column(name = "SUMMARY")
    private String summary;
    @Column(name = "RESPONSE")
    private String response;
    @Column(name = "STAFF_ID")
    private String staffId;
    @Column(name = "RECORDED_AT")
    private LocalDateTime recordedAt;

    /** For JPA. */
    public InquiryEntity() {
    }

    public long getInquiryId() { return inquiryId; }
    public void setInquiryId(long v) { inquiryId = v; }
    public Long getFollowsUp() { return followsUp; }
    public void setFollowsUp(Long v) { followsUp = v; }
    public String getAtenaNo() { return atenaNo; }
    public void setAtenaNo(String v) { atenaNo = v; }
    public String getChannel() { return channel; }
    public void setChannel(String v) { channel = v; }
    public LocalDateTime getReceivedAt() { return receivedAt; }
    public void setReceivedAt(LocalDateTime v) { receivedAt = v; }
    public String getSummary() { return summary; }
    public void setSummary(String v) { summary = v; }
    public String getResponse() { return response; }
    public void setResponse(String v) { response = v; }
    public String getStaffId() { return staffId; }
    public void setStaffId(String v) { staffId = v; }
    public LocalDateTime getRecordedAt() { return recordedAt; }
    public void setRecordedAt(LocalDateTime v) { recordedAt = v; }
}
