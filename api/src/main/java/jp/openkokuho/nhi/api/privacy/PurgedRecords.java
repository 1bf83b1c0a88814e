package jp.openkokuho.nhi.api.privacy;

import java.time.Instant;

/**
 * What a purge deleted (or, in a dry run, would delete) of one kind.
 *
 * @param kind the record kind
 * @param retentionYears the retention period applied
 * @param cutoff records older than this (by their time of record) are past retention
 * @param count records deleted
 * @param oldest the time of the oldest record deleted; {@code null} if none
 * @param newest the time of the newest record deleted; {@code null} if none
 */
public record PurgedRecords(RetainedRecordKind kind, int retentionYears, Instant cutoff, long count, Instant oldest,
        Instant newest) {
}
