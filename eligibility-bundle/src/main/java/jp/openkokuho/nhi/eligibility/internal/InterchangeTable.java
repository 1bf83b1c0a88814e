package jp.openkokuho.nhi.eligibility.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jp.openkokuho.nhi.api.eligibility.AcquisitionReason;
import jp.openkokuho.nhi.api.eligibility.LossReason;
import jp.openkokuho.nhi.eligibility.internal.interchange.InterchangeItem;
import jp.openkokuho.nhi.eligibility.internal.interchange.InterchangeKind;
import jp.openkokuho.nhi.eligibility.internal.interchange.InterchangeRecord;

/**
 * The append-only table of one imported file kind (migration V5): one column per 別添1 item, named after the item's
 * glossary identifier in upper snake case ({@code nhiHouseholdNo} → {@code NHI_HOUSEHOLD_NO}), plus the row's order
 * of arrival, source file and line. Binding and reading follow the item types, so every item of every row is kept
 * and a stored row reads back equal to the imported one (reasons are stored as constant names).
 */
enum InterchangeTable {
    /** 資格異動ファイル, with the coverage version each row became. */
    QUALIFICATION_CHANGE(InterchangeKind.QUALIFICATION_CHANGE, "NHI_QUALIFICATION_CHANGE", true),
    /** 緩和措置異動情報ファイル. */
    MITIGATION_CHANGE(InterchangeKind.MITIGATION_CHANGE, "NHI_MITIGATION_CHANGE", false),
    /** 国保資格取得喪失年月日連携ファイル. */
    PREF_QUALIFICATION_DATES(InterchangeKind.PREF_QUALIFICATION_DATES, "NHI_PREF_QUALIFICATION_DATES", false);

    private final InterchangeKind kind;
    private final String table;
    private final boolean coverageLink;
    private final List<InterchangeItem> items;
    private final String itemColumns;

    InterchangeTable(InterchangeKind kind, String table, boolean coverageLink) {
        this.kind = kind;
        this.table = table;
        this.coverageLink = coverageLink;
        this.items = kind.items();
        this.itemColumns = String.join(", ", items.stream().map(i -> column(i.identifier())).toList());
    }

    /** @return the interchange kind */
    InterchangeKind kind() {
        return kind;
    }

    /** @return the table name */
    String table() {
        return table;
    }

    /**
     * @param kind an interchange kind
     * @return its table
     * @throws IllegalArgumentException for the 在留資格ファイル, which has its own table (V4)
     */
    static InterchangeTable of(InterchangeKind kind) {
        for (InterchangeTable t : values()) {
            if (t.kind == kind) {
                return t;
            }
        }
        throw new IllegalArgumentException(kind + " has no V5 table");
    }

    /** {@code coverageStartDate} → {@code COVERAGE_START_DATE}. */
    static String column(String identifier) {
        return identifier.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    /** @return the INSERT statement whose parameters {@link #bind} sets */
    String insertSql() {
        int n = 4 + (coverageLink ? 1 : 0) + items.size();
        return "INSERT INTO " + table + " (ROW_SEQ, IMPORT_SHA256, LINE_NO, IMPORTED_AT, "
            + (coverageLink ? "COVERAGE_HISTORY_SEQ, " : "") + itemColumns + ") VALUES ("
            + String.join(", ", java.util.Collections.nCopies(n, "?")) + ")";
    }

    /** @return the SELECT of every stored row's items in order of arrival */
    String selectSql() {
        return "SELECT " + itemColumns + " FROM " + table + " ORDER BY ROW_SEQ";
    }

    /**
     * Sets the parameters of {@link #insertSql()} for one row.
     *
     * @param coverageHistorySeq the coverage version the row became ({@code null} if none; 資格異動 only)
     */
    void bind(PreparedStatement ps, long rowSeq, String sha256, long line, Timestamp importedAt,
            Integer coverageHistorySeq, InterchangeRecord record) throws SQLException {
        int p = 1;
        ps.setLong(p++, rowSeq);
        ps.setString(p++, sha256);
        ps.setLong(p++, line);
        ps.setTimestamp(p++, importedAt);
        if (coverageLink) {
            setInteger(ps, p++, coverageHistorySeq);
        }
        List<Object> values = record.itemValues();
        for (int i = 0; i < items.size(); i++) {
            Object v = values.get(i);
            switch (items.get(i).type()) {
                case SEQUENCE -> setInteger(ps, p++, (Integer) v);
                case DATE -> {
                    if (v == null) {
                        ps.setNull(p++, Types.DATE);
                    } else {
                        ps.setDate(p++, Date.valueOf((LocalDate) v));
                    }
                }
                case FLAG -> ps.setBoolean(p++, (Boolean) v);
                case ACQUISITION_REASON, LOSS_REASON -> setString(ps, p++, v == null ? null : ((Enum<?>) v).name());
                default -> setString(ps, p++, (String) v);
            }
        }
    }

    /** Reads the current row of a {@link #selectSql()} result. */
    InterchangeRecord read(ResultSet rs) throws SQLException {
        Object[] values = new Object[items.size()];
        for (int i = 0; i < values.length; i++) {
            int c = i + 1;
            values[i] = switch (items.get(i).type()) {
                case SEQUENCE -> {
                    int v = rs.getInt(c);
                    yield rs.wasNull() ? null : Integer.valueOf(v);
                }
                case DATE -> {
                    Date d = rs.getDate(c);
                    yield d == null ? null : d.toLocalDate();
                }
                case FLAG -> Boolean.valueOf(rs.getBoolean(c));
                case ACQUISITION_REASON -> {
                    String s = rs.getString(c);
                    yield s == null ? null : AcquisitionReason.valueOf(s);
                }
                case LOSS_REASON -> {
                    String s = rs.getString(c);
                    yield s == null ? null : LossReason.valueOf(s);
                }
                default -> rs.getString(c);
            };
        }
        return kind.record(values);
    }

    private static void setInteger(PreparedStatement ps, int p, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(p, Types.INTEGER);
        } else {
            ps.setInt(p, v);
        }
    }

    private static void setString(PreparedStatement ps, int p, String v) throws SQLException {
        if (v == null) {
            ps.setNull(p, Types.VARCHAR);
        } else {
            ps.setString(p, v);
        }
    }
}
