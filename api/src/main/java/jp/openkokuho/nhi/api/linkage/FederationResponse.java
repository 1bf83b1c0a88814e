package jp.openkokuho.nhi.api.linkage;

import java.time.Instant;
import java.util.List;

/**
 * A 受付結果 / エラー file the 国保連合会 returned for one of our sends, collected from the tenant's drop directory.
 *
 * @param responseId identifier within the tenant
 * @param sendId the {@link FederationSend} it answers; {@code null} when the response itself could not be read
 *        ({@code REFUSED})
 * @param responseFile the response file's name
 * @param sha256 hex SHA-256 of the response file
 * @param status {@code ACCEPTED} (every row accepted), {@code PARTIAL} (some rows rejected), {@code REJECTED} (the
 *        whole send or every row rejected) or {@code REFUSED} (the response file is malformed or names no send of
 *        this tenant; the reason is the only entry of {@code rejectedRows})
 * @param acceptedRows rows of the send the federation accepted
 * @param rejectedRows one line per rejected row: the line of the sent file, 宛名番号 (masked), error code and reason
 * @param receivedAt when it was collected
 */
public record FederationResponse(long responseId, Long sendId, String responseFile, String sha256, String status,
        int acceptedRows, List<String> rejectedRows, Instant receivedAt) {
    /** Copies the list. */
    public FederationResponse {
        rejectedRows = List.copyOf(rejectedRows);
    }
}
