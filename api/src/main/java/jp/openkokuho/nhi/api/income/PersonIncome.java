package jp.openkokuho.nhi.api.income;

/**
 * One person's income as the 住民税 of a tax year assessed it (one row of the income file).
 *
 * @param atenaNo 宛名番号
 * @param fiscalYear 年度: the 課税年度; the income is that of calendar year {@code fiscalYear - 1}
 * @param taxableIncome 課税所得 (課税標準額), yen
 * @param oldProvisoIncome 旧ただし書所得 (総所得金額等 − 基礎控除), yen
 * @param revenue 収入 (gross, before deductions), yen
 * @param salaryIncome 給与所得 (part of the income that comes from salary), yen
 */
public record PersonIncome(String atenaNo, int fiscalYear, long taxableIncome, long oldProvisoIncome, long revenue,
        long salaryIncome) {

    /** Never prints amounts, so that a record in a log message leaks nothing. */
    @Override
    public String toString() {
        return "PersonIncome[atenaNo=" + atenaNo + ", fiscalYear=" + fiscalYear + "]";
    }
}
