package jp.openkokuho.nhi.api.eligibility;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One history version (履歴番号) of a person's coverage, as it was recorded: a row of the 資格異動 history. Versions
 * are never changed; a later version of the same period supersedes an earlier one from its processing date on.
 *
 * @param historySeq 履歴番号 (1, 2, 3, … per person)
 * @param periodSeq which coverage period of the person this version belongs to (1 for the first acquisition, …)
 * @param kind what this version recorded
 * @param period the period as this version states it
 * @param processedOn 処理日 (date in Japan)
 * @param recordedAt when the version was committed
 * @param deleted 削除区分: the version withdraws the period
 * @param eventId the outbox event that carried the version to destinations
 * @param correctionRef for a version written by {@link EligibilityService#recordCorrection} the reference it was
 *        corrected under (訂正の根拠: a 訂正請求 number, "R6 転出確定 …"); {@code null} for every other version
 * @since 1.1
 */
public record CoverageVersion(int historySeq, int periodSeq, ChangeKind kind, CoveragePeriod period,
        LocalDate processedOn, Instant recordedAt, boolean deleted, String eventId, String correctionRef) {

    /**
     * A version that is not a correction.
     *
     * @param historySeq 履歴番号
     * @param periodSeq coverage period of the person
     * @param kind what this version recorded
     * @param period the period as this version states it
     * @param processedOn 処理日
     * @param recordedAt commit time
     * @param deleted 削除区分
     * @param eventId outbox event id
     */
    public CoverageVersion(int historySeq, int periodSeq, ChangeKind kind, CoveragePeriod period,
            LocalDate processedOn, Instant recordedAt, boolean deleted, String eventId) {
        this(historySeq, periodSeq, kind, period, processedOn, recordedAt, deleted, eventId, null);
    }

    /**
     * @return {@code true} if this version corrects the dates of an earlier version of its period
     * @since 1.3
     */
    public boolean isCorrection() {
        return correctionRef != null;
    }
}
