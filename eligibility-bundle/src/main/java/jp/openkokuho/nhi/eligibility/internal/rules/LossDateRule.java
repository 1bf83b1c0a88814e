package jp.openkokuho.nhi.eligibility.internal.rules;

import java.time.LocalDate;

import jp.openkokuho.nhi.api.eligibility.LossReason;

/**
 * R3 資格喪失日 (国保法8条): the loss date is the day after the event, except the same day for starting welfare
 * (6条9号), joining an NHI society (6条10号), moving to another prefecture with an address there that day
 * (8条1項ただし書), moving to 後期高齢者医療 (the 75th birthday is both the 後期 acquisition and the NHI loss, so
 * there is no overlap) and an ex-officio loss for unknown whereabouts (R5: the day non-residence is established).
 */
public final class LossDateRule {
    /** Rule id used in error reports. */
    public static final String RULE = "R3";

    private LossDateRule() {
    }

    /**
     * @param reason 資格喪失事由
     * @param eventDate the event the reason names (see {@link LossReason})
     * @return 資格喪失年月日, the first day without coverage
     */
    public static LocalDate lossDate(LossReason reason, LocalDate eventDate) {
        return switch (reason) {
            case MOVE_OUT, WELFARE_STARTED, JOINED_NHI_SOCIETY, LATE_ELDERLY, EX_OFFICIO_NO_RESIDENCE -> eventDate;
            case MOVE_OUT_ABROAD, JOINED_EMPLOYEE_INSURANCE, BECAME_DEPENDENT, DEATH, EXCLUDED_RESIDENCE_STATUS,
                    OTHER -> eventDate.plusDays(1);
        };
    }
}
