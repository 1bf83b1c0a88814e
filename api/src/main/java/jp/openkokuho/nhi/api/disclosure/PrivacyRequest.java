package jp.openkokuho.nhi.api.disclosure;

import java.time.Instant;
import java.time.LocalDate;

import jp.openkokuho.nhi.api.privacy.Masking;

/**
 * A registered 開示・訂正・利用停止請求 and where it stands.
 *
 * @param tenantCode the tenant
 * @param requestReference 受付番号
 * @param kind what is asked for
 * @param atenaNo 宛名番号 of the person concerned
 * @param receivedOn 受付日
 * @param relation who filed it
 * @param status where it stands
 * @param registeredBy staff id of who registered it
 * @param registeredAt when it was registered
 * @param outcome the decision; {@code null} until closed
 * @param closedBy staff id of who closed it; {@code null} until closed
 * @param closedAt when it was closed; {@code null} until closed
 * @param closingNote the note given when closing; {@code null} until closed
 */
public record PrivacyRequest(String tenantCode, String requestReference, PrivacyRequestKind kind, String atenaNo,
        LocalDate receivedOn, RequesterRelation relation, PrivacyRequestStatus status, String registeredBy,
        Instant registeredAt, PrivacyRequestOutcome outcome, String closedBy, Instant closedAt, String closingNote) {

    /** @return the record with the 宛名番号 masked and without the note */
    @Override
    public String toString() {
        return "PrivacyRequest[" + tenantCode + ", " + requestReference + ", " + kind + ", "
            + Masking.atenaNumber(atenaNo) + ", " + receivedOn + ", " + status + (outcome == null ? "" : ", " + outcome)
            + "]";
    }
}
