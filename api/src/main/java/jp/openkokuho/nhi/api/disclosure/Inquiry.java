package jp.openkokuho.nhi.api.disclosure;

import java.time.Instant;

import jp.openkokuho.nhi.api.privacy.Masking;

/**
 * A recorded inquiry; never changed afterwards (a follow-up is a new record naming the first).
 *
 * @param inquiryId identifier within the tenant, increasing
 * @param atenaNo 宛名番号 of the person concerned, or {@code null}
 * @param channel how it came in
 * @param receivedAt when it came in
 * @param summary what was asked
 * @param response how staff answered
 * @param staffId who recorded it
 * @param recordedAt when it was recorded
 * @param followsUp the first inquiry of the case, or {@code null} if this one is the first
 */
public record Inquiry(long inquiryId, String atenaNo, InquiryChannel channel, Instant receivedAt, String summary,
        String response, String staffId, Instant recordedAt, Long followsUp) {

    /** @return the record without its texts and with the 宛名番号 masked */
    @Override
    public String toString() {
        return "Inquiry[" + inquiryId + ", " + (atenaNo == null ? "-" : Masking.atenaNumber(atenaNo)) + ", " + channel
            + ", " + receivedAt + (followsUp == null ? "" : ", follows " + followsUp) + "]";
    }
}
