package jp.openkokuho.nhi.eligibility.internal.store;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One version of a person's particulars (宛名); appended, never updated. The highest version is current. */
@Entity
@Table(name = "NHI_PERSON")
public class PersonEntity {
    @Id
    @Column(name = "ID")
    private String id;
    @Column(name = "ATENA_NO")
    private String atenaNo;
    @Column(name = "VERSION_NO")
    private int versionNo;
    @Column(name = "NAME")
    private String name;
    @Column(name = "NAME_KANA")
    private String nameKana;
    @Column(name = "BIRTH_DATE")
    private LocalDate birthDate;
    @Column(name = "SEX")
    private String sex;
    @Column(name = "RECORDED_AT")
    private LocalDateTime recordedAt;

    /** For JPA. */
    public PersonEntity() {
    }

    public String getId() { return id; }
    public void setId(String v) { id = v; }
    public String getAtenaNo() { return atenaNo; }
    public void setAtenaNo(String v) { atenaNo = v; }
    public int getVersionNo() { return versionNo; }
    public void setVersionNo(int v) { versionNo = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getNameKana() { return nameKana; }
    public void setNameKana(String v) { nameKana = v; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate v) { birthDate = v; }
    public String getSex() { return sex; }
    public void setSex(String v) { sex = v; }
    public LocalDateTime getRecordedAt() { return recordedAt; }
    public void setRecordedAt(LocalDateTime v) { recordedAt = v; }
}
