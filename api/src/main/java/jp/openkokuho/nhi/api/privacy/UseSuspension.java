package jp.openkokuho.nhi.api.privacy;

import java.time.Instant;

/**
 * One 利用停止 of a person: from the request that suspended use until the request that ended it.
 *
 * @param tenantCode the tenant
 * @param atenaNo the person's 宛名番号
 * @param requestReference the reference of the person's request (請求の受付番号 or similar) that suspended use
 * @param suspendedAt when the suspension took effect
 * @param resumeReference the reference of the request or decision that ended it; {@code null} while active
 * @param resumedAt when it ended; {@code null} while active
 */
public record UseSuspension(String tenantCode, String atenaNo, String requestReference, Instant suspendedAt,
        String resumeReference, Instant resumedAt) {
    /** @return {@code true} while the suspension is in force */
    public boolean active() {
        return resumedAt == null;
    }

    /** @return the record with the 宛名番号 masked */
    @Override
    public String toString() {
        return "UseSuspension[" + tenantCode + ", " + Masking.atenaNumber(atenaNo) + ", " + requestReference + ", "
            + suspendedAt + (active() ? ", active]" : ", ended " + resumedAt + " by " + resumeReference + "]");
    }
}
