package jp.openkokuho.nhi.api.linkage;

/** States of a 高額該当 carry-over case (R8): {@code DETECTED → CANDIDATE → {ACCEPTED | REJECTED} → CONFIRMED → HISTORY_RECEIVED}. */
public enum CarryOverState {
    /** A move-in was seen; not yet a candidate (out of prefecture cases stay here). */
    DETECTED,
    /** 継続候補世帯: waiting for the 転入地 staff's judgement. */
    CANDIDATE,
    /** Staff accepted continuity (容認). */
    ACCEPTED,
    /** Staff rejected continuity; final. */
    REJECTED,
    /** 継続世帯確定. */
    CONFIRMED,
    /** The 転出地 高額該当情報 was imported; its months count. */
    HISTORY_RECEIVED
}
