package jp.openkokuho.nhi.linkage.internal;

import java.time.LocalDate;

import jp.openkokuho.nhi.api.eligibility.AcquisitionReason;
import jp.openkokuho.nhi.api.eligibility.CoveragePeriod;
import jp.openkokuho.nhi.api.eligibility.LossReason;
import jp.openkokuho.nhi.api.eligibility.RelationshipType;

/** Synthetic tenants and coverage periods shared by the linkage tests. */
public final class Fixtures {
    /** 埼玉県和光市. */
    public static final String WAKO = "112291";
    /** 埼玉県朝霞市. */
    public static final String ASAKA = "112275";
    /** 埼玉県さいたま市. */
    public static final String SAITAMA = "111007";
    /** 東京都千代田区. */
    public static final String CHIYODA = "131016";

    private Fixtures() {
    }

    /**
     * @return a period {@code [start, end)} ending by an in-prefecture move ({@code end} may be null)
     */
    public static CoveragePeriod period(String atenaNo, String householdNo, RelationshipType rel, LocalDate start,
            LocalDate end) {
        return new CoveragePeriod(atenaNo, householdNo, rel, start, AcquisitionReason.MOVE_IN, start, false, end,
            end == null ? null : LossReason.MOVE_OUT, end, false, 1);
    }
}
