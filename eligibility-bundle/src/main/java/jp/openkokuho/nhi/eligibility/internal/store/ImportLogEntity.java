package jp.openkokuho.nhi.eligibility.internal.store;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One imported file, by hash and kind: the same file imported again is recognised and changes nothing. */
@Entity
@Table(name = "NHI_IMPORT_LOG")
@IdClass(ImportLogEntity.Key.class)
public class ImportLogEntity {
    @Id
    @Column(name = "SHA256")
    private String sha256;
    @Id
    @Column(name = "KIND")
    private String kind;
    @Column(name = "FILE_NAME")
    private String fileName;
    @Column(name = "RECORDS")
    private long records;
    @Column(name = "IMPORTED_AT")
    private LocalDateTime importedAt;

    /** For JPA. */
    public ImportLogEntity() {
    }

    public String getSha256() { return sha256; }
    public void setSha256(String v) { sha256 = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getFileName() { return fileName; }
    public void setFileName(String v) { fileName = v; }
    public long getRecords() { return records; }
    public void setRecords(long v) { records = v; }
    public LocalDateTime getImportedAt() { return importedAt; }
    public void setImportedAt(LocalDateTime v) { importedAt = v; }

    /** Composite key (hash, kind). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String sha256;
        private String kind;

        /** For JPA. */
        public Key() {
        }

        /**
         * @param sha256 file hash
         * @param kind file kind
         */
        public Key(String sha256, String kind) {
            this.sha256 = sha256;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.sha256, sha256) && Objects.equals(k.kind, kind);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sha256, kind);
        }
    }
}
