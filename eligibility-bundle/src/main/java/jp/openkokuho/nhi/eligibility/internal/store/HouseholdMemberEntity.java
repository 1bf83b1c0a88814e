package jp.openkokuho.nhi.eligibility.internal.store;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One membership version in a 国保世帯: from {@code validFrom} on, the person is ({@code active}) or is no longer an
 * insured member, with this 記載順位 and 続柄; appended, never updated.
 */
@Entity
@Table(name = "NHI_HOUSEHOLD_MEMBER")
public class HouseholdMemberEntity {
    @Id
    @Column(name = "ID")
    private String id;
    @Column(name = "NHI_HOUSEHOLD_NO")
    private String nhiHouseholdNo;
    @Column(name = "SEQ")
    private int seq;
    @Column(name = "ATENA_NO")
    private String atenaNo;
    @Column(name = "ACTIVE")
    private boolean active;
    @Column(name = "LISTING_ORDER")
    private int listingOrder;
    @Column(name = "RELATIONSHIP_TYPE")
    private String relationshipType;
    @Column(name = "RELATIONSHIP_NAME")
    private String relationshipName;
    @Column(name = "VALID_FROM")
    private LocalDate validFrom;
    @Column(name = "HOUSEHOLD_VERSION")
    private long householdVersion;
    @Column(name = "RECORDED_AT")
    private LocalDateTime recordedAt;

    /** For JPA. */
    public HouseholdMemberEntity() {
    }

    public String getId() { return id; }
    public void setId(String v) { id = v; }
    public String getNhiHouseholdNo() { return nhiHouseholdNo; }
    public void setNhiHouseholdNo(String v) { nhiHouseholdNo = v; }
    public int getSeq() { return seq; }
    public void setSeq(int v) { seq = v; }
    public String getAtenaNo() { return atenaNo; }
    public void setAtenaNo(String v) { atenaNo = v; }
    public boolean isActive() { return active; }
    public void setActive(boolean v) { active = v; }
    public int getListingOrder() { return listingOrder; }
    public void setListingOrder(int v) { listingOrder = v; }
    public String getRelationshipType() { return relationshipType; }
    public void setRelationshipType(String v) { relationshipType = v; }
    public String getRelationshipName() { return relationshipName; }
    public void setRelationshipName(String v) { relationshipName = v; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate v) { validFrom = v; }
    public long getHouseholdVersion() { return householdVersion; }
    public void setHouseholdVersion(long v) { householdVersion = v; }
    public LocalDateTime getRecordedAt() { return recordedAt; }
    public void setRecordedAt(LocalDateTime v) { recordedAt = v; }
}
