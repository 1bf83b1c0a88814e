package jp.openkokuho.nhi.linkage.internal.highcost;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * R9 多数回該当: if the household received 高額療養費 in 3 or more months within the 12 months up to and including
 * the 診療月, that month is the 4th (or later) and uses the reduced limit. The counted window is the 11 months
 * before the 診療月; a month counts once even when two municipalities paid in it (the move month). Carried-over
 * months before 2018-04 never count (R8 test F: 資格の都道府県単位化 started then).
 */
public final class MultipleOccurrence {
    /** Months needed before the 診療月 for 多数回. */
    public static final int THRESHOLD = 3;
    /** First 診療月 that can be carried over from another municipality. */
    public static final YearMonth FIRST_CARRIED_MONTH = YearMonth.of(2018, 4);

    private MultipleOccurrence() {
    }

    /**
     * @param serviceMonth 診療月
     * @param ownMonths months this municipality paid (household 高額該当 only)
     * @param carriedMonths months carried over from the 転出地 after 継続世帯確定 (household 高額該当 only)
     * @return the distinct months in {@code [serviceMonth − 11, serviceMonth − 1]} that count, oldest first
     */
    public static List<YearMonth> countedMonths(YearMonth serviceMonth, Collection<YearMonth> ownMonths,
            Collection<YearMonth> carriedMonths) {
        YearMonth from = serviceMonth.minusMonths(11);
        TreeSet<YearMonth> counted = new TreeSet<>();
        for (YearMonth m : ownMonths) {
            if (!m.isBefore(from) && m.isBefore(serviceMonth)) {
                counted.add(m);
            }
        }
        for (YearMonth m : carriedMonths) {
            if (!m.isBefore(from) && m.isBefore(serviceMonth) && !m.isBefore(FIRST_CARRIED_MONTH)) {
                counted.add(m);
            }
        }
        return List.copyOf(counted);
    }

    /**
     * @param countedMonths result of {@link #countedMonths}
     * @return whether the 診療月 is a 多数回該当
     */
    public static boolean isMultiple(List<YearMonth> countedMonths) {
        return countedMonths.size() >= THRESHOLD;
    }
}
