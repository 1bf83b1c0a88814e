package jp.openkokuho.nhi.linkage.internal.highcost;

import jp.openkokuho.nhi.api.linkage.CarryOverState;
import jp.openkokuho.nhi.api.linkage.LinkageException;

/**
 * The R8 carry-over life cycle: {@code DETECTED → CANDIDATE → {ACCEPTED | REJECTED} → CONFIRMED → HISTORY_RECEIVED}.
 * {@code REJECTED} and {@code HISTORY_RECEIVED} are final; a second history file for a case is allowed (the
 * 転出地 may send late months), so {@code HISTORY_RECEIVED → HISTORY_RECEIVED} is legal.
 */
public final class CarryOverTransitions {
    private CarryOverTransitions() {
    }

    /**
     * @param caseId the case, for the message
     * @param from current state
     * @param to wanted state
     * @return {@code to}
     * @throws LinkageException (R8) if the transition is not allowed
     */
    public static CarryOverState require(long caseId, CarryOverState from, CarryOverState to) {
        boolean ok = switch (to) {
            case DETECTED -> false;
            case CANDIDATE -> from == CarryOverState.DETECTED;
            case ACCEPTED, REJECTED -> from == CarryOverState.CANDIDATE;
            case CONFIRMED -> from == CarryOverState.ACCEPTED;
            case HISTORY_RECEIVED -> from == CarryOverState.CONFIRMED || from == CarryOverState.HISTORY_RECEIVED;
        };
        if (!ok) {
            throw new LinkageException("R8", "高額該当引継ぎ case " + caseId + " is " + from + " and cannot become " + to);
        }
        return to;
    }
}
