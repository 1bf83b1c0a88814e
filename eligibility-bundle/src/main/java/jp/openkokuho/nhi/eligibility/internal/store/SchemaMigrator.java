package jp.openkokuho.nhi.eligibility.internal.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a tenant store to the current schema version at start. Scripts are listed, in order, in
 * {@code db/migration/index.txt} (a bundle cannot list its own folders portably); each script {@code V<n>__*.sql}
 * is applied once, in its own transaction together with its row in {@code NHI_SCHEMA_VERSION}. The SHA-256 of every
 * applied script is stored and compared at each start, so an edited released script stops the tenant instead of
 * leaving two installations with different schemas under one version number.
 *
 * <p>A small hand-written migrator rather than Flyway or Liquibase: both scan class paths in ways that need extra
 * OSGi integration, and our needs (forward-only, transactional DDL on Derby and PostgreSQL) fit in this class.
 * Not thread safe; called once per tenant store before the EntityManagerFactory opens.
 */
public final class SchemaMigrator {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);
    static final String VERSION_TABLE = "NHI_SCHEMA_VERSION";

    private final ClassLoader loader;
    private final String folder;
    private final Clock clock;

    /**
     * @param loader loads the scripts (the bundle's class loader)
     * @param folder resource folder holding {@code index.txt} and the scripts
     * @param clock time source for the applied-at column
     */
    public SchemaMigrator(ClassLoader loader, String folder, Clock clock) {
        this.loader = loader;
        this.folder = folder.endsWith("/") ? folder : folder + "/";
        this.clock = clock;
    }

    /**
     * Applies every script not yet applied.
     *
     * @param dataSource the tenant store
     * @param storeName name for messages (the tenant code)
     * @return the schema version after migration
     * @throws SQLException on a database failure; the failing script's transaction is rolled back
     * @throws IllegalStateException if an applied script changed, or the store is newer than this code
     */
    public int migrate(DataSource dataSource, String storeName) throws SQLException {
        Map<Integer, Script> scripts = loadScripts();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            ensureVersionTable(c);
            Map<Integer, String> applied = appliedVersions(c);
            for (Map.Entry<Integer, String> e : applied.entrySet()) {
                Script s = scripts.get(e.getKey());
                if (s == null) {
                    throw new IllegalStateException("store " + storeName + " has schema version " + e.getKey()
                        + " which this software does not know; install a newer version");
                }
                if (!s.checksum.equals(e.getValue())) {
                    throw new IllegalStateException("store " + storeName + ": migration " + s.name
                        + " was changed after it was applied (checksum mismatch)");
                }
            }
            int current = applied.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
            for (Script s : scripts.values()) {
                if (s.version <= current) {
                    continue;
                }
                apply(c, s);
                current = s.version;
                LOG.info("Tenant store {}: applied schema migration {}", storeName, s.name);
            }
            return current;
        }
    }

    private void apply(Connection c, Script s) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String sql : s.statements) {
                st.execute(sql);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + VERSION_TABLE
                    + " (VERSION, SCRIPT, CHECKSUM, APPLIED_AT) VALUES (?, ?, ?, ?)")) {
                ps.setInt(1, s.version);
                ps.setString(2, s.name);
                ps.setString(3, s.checksum);
                ps.setTimestamp(4, Timestamp.from(clock.instant()));
                ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw new SQLException("migration " + s.name + " failed: " + e.getMessage(), e.getSQLState(), e);
        }
    }

    private static void ensureVersionTable(Connection c) throws SQLException {
        if (tableExists(c, VERSION_TABLE)) {
            return;
        }
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE " + VERSION_TABLE + " (VERSION INTEGER NOT NULL PRIMARY KEY, "
                + "SCRIPT VARCHAR(200) NOT NULL, CHECKSUM VARCHAR(64) NOT NULL, APPLIED_AT TIMESTAMP NOT NULL)");
        }
        c.commit();
    }

    static boolean tableExists(Connection c, String table) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        // unquoted identifiers are upper case in Derby and lower case in PostgreSQL
        for (String name : new String[] {table.toUpperCase(), table.toLowerCase()}) {
            try (ResultSet rs = md.getTables(null, null, name, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Map<Integer, String> appliedVersions(Connection c) throws SQLException {
        Map<Integer, String> applied = new LinkedHashMap<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT VERSION, CHECKSUM FROM " + VERSION_TABLE + " ORDER BY VERSION")) {
            while (rs.next()) {
                applied.put(rs.getInt(1), rs.getString(2));
            }
        }
        c.commit();
        return applied;
    }

    private Map<Integer, Script> loadScripts() {
        Map<Integer, Script> scripts = new LinkedHashMap<>();
        int previous = 0;
        for (String line : readLines(folder + "index.txt")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            if (!name.matches("V[0-9]+__[A-Za-z0-9_]+\\.sql")) {
                throw new IllegalStateException("bad migration name in index: " + name);
            }
            int version = Integer.parseInt(name.substring(1, name.indexOf("__")));
            if (version != previous + 1) {
                throw new IllegalStateException("migrations must be numbered 1, 2, 3 … without gaps: " + name);
            }
            previous = version;
            String text = String.join("\n", readLines(folder + name));
            scripts.put(version, new Script(version, name, sha256(text), split(text)));
        }
        return scripts;
    }

    /** Splits on semicolons that end a line, after dropping {@code --} comment lines. */
    static List<String> split(String text) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("--")) {
                continue;
            }
            if (t.endsWith(";")) {
                current.append(t, 0, t.length() - 1);
                statements.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(t).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private List<String> readLines(String resource) {
        InputStream in = loader.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("migration resource missing: " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Script(int version, String name, String checksum, List<String> statements) {
    }
}
