package jp.openkokuho.nhi.eligibility.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;

import jp.openkokuho.nhi.eligibility.internal.store.CoverageVersionEntity;
import jp.openkokuho.nhi.eligibility.internal.store.DeliveryEntity;
import jp.openkokuho.nhi.eligibility.internal.store.OutboxEventEntity;

/**
 * Writes coverage versions, outbox events and delivery rows built by {@link CoverageChanges} through JDBC batches on
 * the connection of the running transaction, for imports too large for a persistence context. The rows are the same
 * as those the JPA path persists. Not thread safe; {@link #flush()} before the transaction commits.
 */
final class CoverageBatchWriter implements AutoCloseable {
    private final PreparedStatement version;
    private final PreparedStatement event;
    private final PreparedStatement delivery;

    CoverageBatchWriter(Connection c) throws SQLException {
        version = c.prepareStatement("INSERT INTO NHI_COVERAGE_VERSION (ATENA_NO, HISTORY_SEQ, PERIOD_SEQ, CHANGE_KIND,"
            + " NHI_HOUSEHOLD_NO, RELATIONSHIP_TYPE, COVERAGE_START_DATE, COVERAGE_START_REASON, START_EVENT_DATE,"
            + " START_NOTIFIED_DATE, START_LATE, COVERAGE_END_DATE, COVERAGE_END_REASON, END_EVENT_DATE,"
            + " END_NOTIFIED_DATE, END_LATE, PROCESSED_ON, RECORDED_AT, IS_DELETED, EVENT_ID)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        event = c.prepareStatement("INSERT INTO NHI_OUTBOX_EVENT (SEQ, EVENT_ID, SUBJECT_KEY, SUBJECT_SEQ, CHANGE_TYPE,"
            + " SCHEMA_VERSION, PAYLOAD, RECORDED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        delivery = c.prepareStatement("INSERT INTO NHI_DELIVERY (EVENT_SEQ, DESTINATION_ID, SUBJECT_KEY, SUBJECT_SEQ,"
            + " STATUS, ATTEMPTS, NEXT_ATTEMPT_AT, CREATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    }

    void add(CoverageVersionEntity v) throws SQLException {
        version.setString(1, v.getAtenaNo());
        version.setInt(2, v.getHistorySeq());
        version.setInt(3, v.getPeriodSeq());
        version.setString(4, v.getChangeKind());
        version.setString(5, v.getNhiHouseholdNo());
        version.setString(6, v.getRelationshipType());
        version.setDate(7, Date.valueOf(v.getCoverageStartDate()));
        version.setString(8, v.getCoverageStartReason());
        version.setDate(9, Date.valueOf(v.getStartEventDate()));
        version.setDate(10, Date.valueOf(v.getStartNotifiedDate()));
        version.setBoolean(11, v.isStartLate());
        setDate(version, 12, v.getCoverageEndDate());
        if (v.getCoverageEndReason() == null) {
            version.setNull(13, Types.VARCHAR);
        } else {
            version.setString(13, v.getCoverageEndReason());
        }
        setDate(version, 14, v.getEndEventDate());
        setDate(version, 15, v.getEndNotifiedDate());
        version.setBoolean(16, v.isEndLate());
        version.setDate(17, Date.valueOf(v.getProcessedOn()));
        version.setTimestamp(18, Timestamp.valueOf(v.getRecordedAt()));
        version.setBoolean(19, v.isDeleted());
        version.setString(20, v.getEventId());
        version.addBatch();
    }

    void add(OutboxEventEntity e) throws SQLException {
        event.setLong(1, e.getSeq());
        event.setString(2, e.getEventId());
        event.setString(3, e.getSubjectKey());
        event.setLong(4, e.getSubjectSeq());
        event.setString(5, e.getChangeType());
        event.setInt(6, e.getSchemaVersion());
        event.setString(7, e.getPayload());
        event.setTimestamp(8, Timestamp.valueOf(e.getRecordedAt()));
        event.addBatch();
    }

    void add(DeliveryEntity d) throws SQLException {
        delivery.setLong(1, d.getEventSeq());
        delivery.setString(2, d.getDestinationId());
        delivery.setString(3, d.getSubjectKey());
        delivery.setLong(4, d.getSubjectSeq());
        delivery.setString(5, d.getStatus());
        delivery.setInt(6, d.getAttempts());
        delivery.setTimestamp(7, Timestamp.valueOf(d.getNextAttemptAt()));
        delivery.setTimestamp(8, Timestamp.valueOf(d.getCreatedAt()));
        delivery.addBatch();
    }

    /** Sends the collected rows, versions first (events refer to them by subject). */
    void flush() throws SQLException {
        version.executeBatch();
        event.executeBatch();
        delivery.executeBatch();
    }

    private static void setDate(PreparedStatement ps, int p, LocalDate d) throws SQLException {
        if (d == null) {
            ps.setNull(p, Types.DATE);
        } else {
            ps.setDate(p, Date.valueOf(d));
        }
    }

    @Override
    public void close() throws SQLException {
        try (version; event; delivery) {
            // statements only; unsent rows are the caller's to flush (or to roll back)
        }
    }
}
