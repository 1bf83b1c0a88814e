package jp.openkokuho.nhi.api.linkage;

import java.time.YearMonth;
import java.util.List;

/**
 * The 高額療養費 limit that applies to a household for one 診療月 (R8, R9).
 *
 * @param householdNo 国保世帯番号
 * @param serviceMonth 診療月
 * @param ageGroup 年齢区分
 * @param incomeCategory 所得区分 (ア…オ, 一般)
 * @param countedMonths the earlier 高額該当 months within the 12 months up to the 診療月 that count, oldest first
 *        (own months and months carried over from the 転出地 after 継続世帯確定)
 * @param multipleOccurrence 多数回該当: at least 3 counted months, so this is the 4th or later
 * @param moveMonthHalf 府内転居月特例: the limit is halved in the month of an in-prefecture move with continuity
 * @param limitYen the 自己負担限度額 for the given 医療費, in yen
 * @param aggregationThresholdYen 世帯合算基準額, in yen; {@code null} where every amount counts (70–74)
 */
public record HighCostAssessment(String householdNo, YearMonth serviceMonth, AgeGroup ageGroup, String incomeCategory,
        List<YearMonth> countedMonths, boolean multipleOccurrence, boolean moveMonthHalf, long limitYen,
        Long aggregationThresholdYen) {
    /** Copies the month list. */
    public HighCostAssessment {
        countedMonths = List.copyOf(countedMonths);
    }
}
