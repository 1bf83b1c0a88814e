package jp.openkokuho.nhi.api.disclosure;

import java.time.Instant;

/**
 * An inquiry to record (問合せ受付時の対応記録, 評価書 IV-2).
 *
 * @param atenaNo 宛名番号 of the person it concerns, or {@code null} for a general inquiry
 * @param channel how it came in
 * @param receivedAt when it came in; not in the future
 * @param summary what was asked (1–2000 characters; no My Number)
 * @param response how staff answered or what they will do (0–4000 characters; no My Number)
 * @param followsUp the id of the <em>first</em> inquiry of the case this one continues, or {@code null} for a new
 *        case
 */
public record InquiryRegistration(String atenaNo, InquiryChannel channel, Instant receivedAt, String summary,
        String response, Long followsUp) {
}
