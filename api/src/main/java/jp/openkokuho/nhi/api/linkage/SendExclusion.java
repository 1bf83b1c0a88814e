package jp.openkokuho.nhi.api.linkage;

/**
 * A person known to the linkage and insured here whom a send left out, with the reason, so that nobody vanishes
 * from the federation files silently.
 *
 * @param sendId the send
 * @param atenaNo 宛名番号
 * @param reason why, for staff (Japanese)
 */
public record SendExclusion(long sendId, String atenaNo, String reason) {
}
