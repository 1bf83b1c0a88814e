package jp.openkokuho.nhi.api.linkage;

/** The proposed 世帯の継続性 judgement (R8), which staff of the 転入地 accept or reject. */
public enum ContinuityVerdict {
    /** The household continues (one of criteria 1–5 holds). */
    CONTINUOUS,
    /** The post-move household's 世帯主 was not 世帯主 before the move (criterion 5 fails). */
    NOT_CONTINUOUS,
    /** The move leaves the prefecture: a different insurer, no carry-over (R8 test E). */
    OUT_OF_PREFECTURE
}
