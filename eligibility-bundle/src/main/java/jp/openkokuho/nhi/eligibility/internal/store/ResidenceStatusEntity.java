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

/** One imported residence status (在留資格ファイル row) of a person; appended, never updated. */
@Entity
@Table(name = "NHI_RESIDENCE_STATUS")
@IdClass(ResidenceStatusEntity.Key.class)
public class ResidenceStatusEntity {
    @Id
    @Column(name = "ATENA_NO")
    private String atenaNo;
    @Id
    @Column(name = "SEQ")
    private int seq;
    @Column(name = "RESIDENCE_STATUS_CODE")
    private String residenceStatusCode;
    @Column(name = "RESIDENCE_EXPIRY_DATE")
    private LocalDate residenceExpiryDate;
    @Column(name = "IMPORT_SHA256")
    private String importSha256;
    @Column(name = "LINE_NO")
    private long lineNo;
    @Column(name = "IMPORTED_AT")
    private LocalDateTime importedAt;

    /** For JPA. */
    public ResidenceStatusEntity() {
    }

    public String getAtenaNo() { return atenaNo; }
    public void setAtenaNo(String v) { atenaNo = v; }
    public int getSeq() { return seq; }
    public void setSeq(int v) { seq = v; }
    public String getResidenceStatusCode() { return residenceStatusCode; }
    public void setResidenceStatusCode(String v) { residenceStatusCode = v; }
    public LocalDate getResidenceExpiryDate() { return residenceExpiryDate; }
    public void setResidenceExpiryDate(LocalDate v) { residenceExpiryDate = v; }
    public String getImportSha256() { return importSha256; }
    public void setImportSha256(String v) { importSha256 = v; }
    public long getLineNo() { return lineNo; }
    public void setLineNo(long v) { lineNo = v; }
    public LocalDateTime getImportedAt() { return importedAt; }
    public void setImportedAt(LocalDateTime v) { importedAt = v; }

    /** Composite key (宛名番号, sequence). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String atenaNo;
        private int seq;

        /** For JPA. */
        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.seq == seq && Objects.equals(k.atenaNo, atenaNo);
        }

        @Override
        public int hashCode() {
            return Objects.hash(atenaNo, seq);
        }
    }
}
