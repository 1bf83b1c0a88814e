package jp.openkokuho.nhi.linkage.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import jp.openkokuho.nhi.api.linkage.ImportReport;

/** The record of every linkage file imported ({@code linkage_import}): kind, name, SHA-256 and the counts. */
public final class ImportLog {
    private ImportLog() {
    }

    /**
     * Records an import in the caller's transaction, so that the record and the rows stored commit together.
     *
     * @param c the import's connection
     * @param fileKind e.g. {@code INSURED_IDS}
     * @param report what the import did
     * @param at when
     * @return {@code report}
     * @throws SQLException to roll the import back
     */
    public static ImportReport record(Connection c, String fileKind, ImportReport report, Instant at)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO linkage_import (file_kind, file_name, sha256, "
                + "accepted, mismatches, rejected, imported_at) VALUES (?,?,?,?,?,?,?)")) {
            ps.setString(1, fileKind);
            ps.setString(2, report.fileName());
            ps.setString(3, report.sha256());
            ps.setInt(4, report.accepted());
            ps.setInt(5, report.mismatches().size());
            ps.setInt(6, report.rejected().size());
            ps.setTimestamp(7, Timestamp.from(at));
            ps.executeUpdate();
        }
        return report;
    }
}
