package jp.openkokuho.nhi.eligibility.internal.store;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One imported income row (地方税関係情報) of a person and 課税年度; appended; the highest SEQ is current. */
@Entity
@Table(name = "NHI_TAX_INCOME")
public class TaxIncomeEntity {
    @Id
    @Column(name = "ID")
    private String id;
    @Column(name = "ATENA_NO")
    private String atenaNo;
    @Column(name = "FISCAL_YEAR")
    private int fiscalYear;
    @Column(name = "SEQ")
    private int seq;
    @Column(name = "TAXABLE_INCOME")
    private long taxableIncome;
    @Column(name = "OLD_PROVISO_INCOME")
    private long oldProvisoIncome;
    @Column(name = "REVENUE")
    private long revenue;
    @Column(name = "SALARY_INCOME")
    private long salaryIncome;
    @Column(name = "IMPORT_SHA256")
    private String importSha256;
    @Column(name = "LINE_NO")
    private long lineNo;
    @Column(name = "IMPORTED_AT")
    private LocalDateTime importedAt;

    /** For JPA. */
    public TaxIncomeEntity() {
    }

    public String getId() { return id; }
    public void setId(String v) { id = v; }
    public String getAtenaNo() { return atenaNo; }
    public void setAtenaNo(String v) { atenaNo = v; }
    public int getFiscalYear() { return fiscalYear; }
    public void setFiscalYear(int v) { fiscalYear = v; }
    public int getSeq() { return seq; }
    public void setSeq(int v) { seq = v; }
    public long getTaxableIncome() { return taxableIncome; }
    public void setTaxableIncome(long v) { taxableIncome = v; }
    public long getOldProvisoIncome() { return oldProvisoIncome; }
    public void setOldProvisoIncome(long v) { oldProvisoIncome = v; }
    public long getRevenue() { return revenue; }
    public void setRevenue(long v) { revenue = v; }
    public long getSalaryIncome() { return salaryIncome; }
    public void setSalaryIncome(long v) { salaryIncome = v; }
    public String getImportSha256() { return importSha256; }
    public void setImportSha256(String v) { importSha256 = v; }
    public long getLineNo() { return lineNo; }
    public void setLineNo(long v) { lineNo = v; }
    public LocalDateTime getImportedAt() { return importedAt; }
    public void setImportedAt(LocalDateTime v) { importedAt = v; }
}
