package jp.openkokuho.nhi.api.income;

import java.time.LocalDate;
import java.util.List;

/**
 * The 所得区分 of a 国保世帯 on a day.
 *
 * @param nhiHouseholdNo 国保世帯番号
 * @param asOf the day asked about
 * @param incomeFiscalYear the 課税年度 whose income was used (from 1 August the current one, before it the previous)
 * @param oldProvisoIncomeTotal total 旧ただし書所得 of the insured members, after the R11 adjustment
 * @param bracket the 所得区分
 * @param adjustedAtenaNos members whose 給与所得 counted at 30/100 (非自発的失業者, R11)
 */
public record HouseholdIncomeCategory(String nhiHouseholdNo, LocalDate asOf, int incomeFiscalYear,
        long oldProvisoIncomeTotal, IncomeBracket bracket, List<String> adjustedAtenaNos) {
    /** Copies the list. */
    public HouseholdIncomeCategory {
        adjustedAtenaNos = List.copyOf(adjustedAtenaNos);
    }
}
