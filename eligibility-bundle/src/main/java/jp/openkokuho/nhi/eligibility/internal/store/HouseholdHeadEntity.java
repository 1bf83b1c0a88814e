package jp.openkokuho.nhi.eligibility.internal.store;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One 世帯主 version of a 国保世帯: from {@code validFrom} on the head is this person; appended, never updated. */
@Entity
@Table(name = "NHI_HOUSEHOLD_HEAD")
public class HouseholdHeadEntity {
    @Id
    @Column(name = "ID")
    private String id;
    @Column(name = "NHI_HOUSEHOLD_NO")
    private String nhiHouseholdNo;
    @Column(name = "SEQ")
    private int seq;
    @Column(name = "HEAD_ATENA_NO")
    private String headAtenaNo;
    @Column(name = "DEEMED_HEAD")
    private boolean deemedHead;
    @Column(name = "VALID_FROM")
    private LocalDate validFrom;
    @Column(name = "HOUSEHOLD_VERSION")
    private long householdVersion;
    @Column(name = "RECORDED_AT")
    private LocalDateTime recordedAt;

    /** For JPA. */
    public HouseholdHeadEntity() {
    }

    public String getId() { return id; }
    public void setId(String v) { id = v; }
    public String getNhiHouseholdNo() { return nhiHouseholdNo; }
    public void setNhiHouseholdNo(String v) { nhiHouseholdNo = v; }
    public int getSeq() { return seq; }
    public void setSeq(int v) { seq = v; }
    public String getHeadAtenaNo() { return headAtenaNo; }
    public void setHeadAtenaNo(String v) { headAtenaNo = v; }
    public boolean isDeemedHead() { return deemedHead; }
    public void setDeemedHead(boolean v) { deemedHead = v; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate v) { validFrom = v; }
    public long getHouseholdVersion() { return householdVersion; }
    public void setHouseholdVersion(long v) { householdVersion = v; }
    public LocalDateTime getRecordedAt() { return recordedAt; }
    public void setRecordedAt(LocalDateTime v) { recordedAt = v; }
}
