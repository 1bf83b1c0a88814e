package jp.openkokuho.nhi.eligibility.internal.rules;

import java.time.LocalDate;

import jp.openkokuho.nhi.api.eligibility.AcquisitionReason;

/**
 * R2 資格取得日: the acquisition date derived from the reason and the date of the event the reason names.
 * Most reasons acquire on the event day; leaving employee insurance acquires on the day after the last day of
 * employment (the 社保 loss date), and a revoked 後期 disability recognition on the day after the revocation.
 */
public final class AcquisitionDateRule {
    /** Rule id used in error reports. */
    public static final String RULE = "R2";

    private AcquisitionDateRule() {
    }

    /**
     * @param reason 資格取得事由
     * @param eventDate the event the reason names (see {@link AcquisitionReason})
     * @return 資格取得年月日
     */
    public static LocalDate acquisitionDate(AcquisitionReason reason, LocalDate eventDate) {
        return switch (reason) {
            case LEFT_EMPLOYEE_INSURANCE, LATE_ELDERLY_DISABILITY_REVOKED -> eventDate.plusDays(1);
            case MOVE_IN, LEFT_DEPENDENT_STATUS, WELFARE_ENDED, BIRTH, LEFT_NHI_SOCIETY, FOREIGN_STATUS_ELIGIBLE,
                    OTHER -> eventDate;
        };
    }
}
