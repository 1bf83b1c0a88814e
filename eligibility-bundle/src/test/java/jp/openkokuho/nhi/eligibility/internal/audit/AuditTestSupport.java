package jp.openkokuho.nhi.eligibility.internal.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;

import jakarta.persistence.EntityManager;

/** Entries, keys and raw SQL for the audit tests. */
final class AuditTestSupport {
    static final String TENANT_A = "112291";
    static final String TENANT_B = "131016";
    private static final String[] ROLES = {"clerk", "supervisor", "auditor"};
    private static final String[] ACTIONS = {"eligibility.read", "eligibility.acquire", "eligibility.lose",
        "household.read", "transfer.send"};
    private static final String[] PURPOSES = {"国民健康保険法第9条 資格取得届", "国民健康保険法第9条 資格喪失届",
        "番号法第19条第8号 情報照会", "住民基本台帳法第7条第10号"};
    private static final List<String> ITEMS = List.of("atena_no", "coverage_start_date", "nhi_household_no");

    private AuditTestSupport() {
    }

    /**
     * A deterministic, varied entry: every fourth without items, every tenth without a subject, all outcomes.
     *
     * @param i a number
     * @return the entry
     */
    static OperationEntry entry(int i) {
        String subject = i % 10 == 0 ? "" : "bi1:" + sha256("subject-" + (i % 997)).substring(0, 32);
        return new OperationEntry("staff-" + (i % 7), ROLES[i % 3], ACTIONS[i % 5], PURPOSES[i % 4], subject,
            ITEMS.subList(0, i % 4), OperationOutcome.values()[i % 4], "req-" + i);
    }

    static String sha256(String s) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JDBC connection of the EntityManager's transaction. */
    static Connection jdbc(EntityManager em) {
        return em.unwrap(Connection.class);
    }

    /** Runs one statement with parameters on the transaction's connection. */
    static int sql(EntityManager em, String sql, Object... args) {
        try (PreparedStatement ps = jdbc(em).prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Inserts a complete row, as an attacker with database access would. */
    static void insert(EntityManager em, LoggedOperation e) {
        insertAll(em, List.of(e));
    }

    /** Inserts complete rows in one JDBC batch. */
    static void insertAll(EntityManager em, List<LoggedOperation> rows) {
        try (PreparedStatement ps = jdbc(em).prepareStatement("INSERT INTO NHI_OPERATION_LOG (SEQ, TENANT_CODE,"
                + " OCCURRED_AT, STAFF_ID, STAFF_ROLE, ACTION_NAME, PURPOSE, SUBJECT_INDEX, ITEM_NAMES, OUTCOME,"
                + " REQUEST_ID, KEY_ID, FORMAT_VERSION, ENTRY_HMAC)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (LoggedOperation e : rows) {
                Object[] v = {e.seq(), e.tenant(), Timestamp.valueOf(LocalDateTime.ofInstant(e.occurredAt(),
                    ZoneOffset.UTC)), e.staffId(), e.role(), e.action(), e.purpose(), e.subjectIndex(),
                    e.itemNames(), e.outcome(), e.requestId(), e.keyId(), e.formatVersion(), e.hmac()};
                for (int i = 0; i < v.length; i++) {
                    ps.setObject(i + 1, v[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Renumbers the entries {@code from..to} by {@code delta} in one JDBC batch, in an order that never collides.
     */
    static void renumber(EntityManager em, long from, long to, long delta) {
        try (PreparedStatement ps = jdbc(em).prepareStatement("UPDATE NHI_OPERATION_LOG SET SEQ = ? WHERE SEQ = ?")) {
            for (long i = 0; i <= to - from; i++) {
                long s = delta > 0 ? to - i : from + i;
                ps.setLong(1, s + delta);
                ps.setLong(2, s);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets the stored HMAC of many rows in one JDBC batch. */
    static void updateHmacs(EntityManager em, List<LoggedOperation> rows) {
        try (PreparedStatement ps = jdbc(em).prepareStatement(
                "UPDATE NHI_OPERATION_LOG SET ENTRY_HMAC = ? WHERE SEQ = ?")) {
            for (LoggedOperation e : rows) {
                ps.setString(1, e.hmac());
                ps.setLong(2, e.seq());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Recomputes the chain over {@code entries} (ascending) starting after {@code previousHex}, as an attacker who
     * holds {@code key} would.
     */
    static List<LoggedOperation> rechain(List<LoggedOperation> entries, String previousHex, TenantKey key) {
        List<LoggedOperation> out = new ArrayList<>(entries.size());
        byte[] prev = CanonicalEncoding.parseHead(previousHex);
        Mac mac = CanonicalEncoding.newMac();
        for (LoggedOperation e : entries) {
            prev = CanonicalEncoding.link(mac, key.secret(), prev, CanonicalEncoding.encode(e));
            out.add(e.withHmac(CanonicalEncoding.hex(prev)));
        }
        return out;
    }

    /** Keys held in memory, for tests that need fixed key material. */
    static final class FixedKeys implements TenantKeyProvider {
        private final Map<String, TenantKey> keys = new ConcurrentHashMap<>();
        private final Map<String, String> current = new ConcurrentHashMap<>();

        FixedKeys put(TenantKey key) {
            keys.put(key.tenant() + "/" + key.id(), key);
            current.put(key.tenant(), key.id());
            return this;
        }

        @Override
        public TenantKey current(String tenant) {
            return keys.get(tenant + "/" + current.get(tenant));
        }

        @Override
        public Optional<TenantKey> find(String tenant, String keyId) {
            return Optional.ofNullable(keys.get(tenant + "/" + keyId));
        }

        @Override
        public TenantKey rotate(String tenant) {
            throw new UnsupportedOperationException("fixed keys");
        }
    }

    /** 32 bytes 0x00, 0x01, … 0x1f. */
    static byte[] countingKey() {
        byte[] k = new byte[32];
        for (int i = 0; i < k.length; i++) {
            k[i] = (byte) i;
        }
        return k;
    }
}
