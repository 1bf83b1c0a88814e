package jp.openkokuho.nhi.linkage.internal.continuity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** 年度 (April to March) arithmetic for R6's 変更決定通知, sent per fiscal year a correction spans. */
public final class FiscalYears {
    private FiscalYears() {
    }

    /**
     * @param date a day
     * @return its 年度 (2026-03-31 → 2025, 2026-04-01 → 2026)
     */
    public static int of(LocalDate date) {
        return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    }

    /**
     * @param a one date
     * @param b another date
     * @return every 年度 from the earlier date's to the later date's, ascending
     */
    public static List<Integer> spanned(LocalDate a, LocalDate b) {
        int from = Math.min(of(a), of(b));
        int to = Math.max(of(a), of(b));
        List<Integer> years = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            years.add(y);
        }
        return years;
    }
}
