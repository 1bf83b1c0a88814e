package jp.openkokuho.nhi.eligibility.internal.store;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A 国保世帯 and its optimistic-lock version counter: the only row of the household model that is updated, by one
 * statement that increments the counter and so also takes the household's row lock for the transaction.
 */
@Entity
@Table(name = "NHI_HOUSEHOLD")
public class HouseholdEntity {
    @Id
    @Column(name = "NHI_HOUSEHOLD_NO")
    private String nhiHouseholdNo;
    @Column(name = "VERSION_NO")
    private long versionNo;
    @Column(name = "CREATED_AT")
    private LocalDateTime createdAt;

    /** For JPA. */
    public HouseholdEntity() {
    }

    public String getNhiHouseholdNo() { return nhiHouseholdNo; }
    public void setNhiHouseholdNo(String v) { nhiHouseholdNo = v; }
    public long getVersionNo() { return versionNo; }
    public void setVersionNo(long v) { versionNo = v; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime v) { createdAt = v; }
}
