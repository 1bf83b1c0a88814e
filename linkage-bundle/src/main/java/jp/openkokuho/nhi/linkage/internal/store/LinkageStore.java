package jp.openkokuho.nhi.linkage.internal.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * The linkage records of one tenant in a database of their own (plain JDBC, no JPA). On open it applies the
 * forward-only scripts listed in {@code index.txt} next to this class that the database has not seen yet, each in
 * one transaction together with the new {@code linkage_schema} version. Work runs through {@link #inTransaction}:
 * one connection, one transaction, rolled back on any exception, so nothing partial is stored.
 *
 * <p>Thread safe (each call takes its own connection).
 */
public final class LinkageStore {

    /** Work on one connection inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        /**
         * @param c the connection, auto-commit off
         * @return the result
         * @throws SQLException to roll back
         */
        T run(Connection c) throws SQLException;
    }

    private final String tenantCode;
    private final DataSource dataSource;
    private final Runnable onClose;

    /**
     * @param tenantCode the tenant, for messages
     * @param dataSource its linkage database
     * @param onClose run by {@link #close()} (shuts an embedded database down); may be {@code null}
     * @throws SQLException if the schema cannot be brought up to date
     */
    public LinkageStore(String tenantCode, DataSource dataSource, Runnable onClose) throws SQLException {
        this.tenantCode = tenantCode;
        this.dataSource = dataSource;
        this.onClose = onClose;
        migrate();
    }

    /** @return the tenant */
    public String tenantCode() {
        return tenantCode;
    }

    /**
     * @param <T> result type
     * @param work the work
     * @return its result, after commit
     * @throws IllegalStateException wrapping an {@link SQLException}; runtime exceptions from the work pass as they are
     */
    public <T> T inTransaction(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("linkage database of tenant " + tenantCode + ": " + e.getMessage(), e);
        }
    }

    /** @return the number of scripts applied */
    public int schemaVersion() {
        return inTransaction(LinkageStore::version);
    }

    /** Releases the database. */
    public void close() {
        if (onClose != null) {
            onClose.run();
        }
    }

    private void migrate() throws SQLException {
        List<String> scripts = resourceLines("index.txt");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                if (!hasTable(c, "LINKAGE_SCHEMA")) {
                    s.execute("CREATE TABLE linkage_schema (version INT NOT NULL)");
                    s.execute("INSERT INTO linkage_schema (version) VALUES (0)");
                    c.commit();
                }
                int version = version(c);
                for (int i = version; i < scripts.size(); i++) {
                    for (String statement : resource(scripts.get(i)).split("\n;\n")) {
                        String sql = statement.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + "\n" + b).strip();
                        if (!sql.isEmpty() && !sql.equals(";")) {
                            s.execute(sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql);
                        }
                    }
                    s.executeUpdate("UPDATE linkage_schema SET version = " + (i + 1));
                    c.commit();
                }
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM linkage_schema")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static boolean hasTable(Connection c, String name) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, null, null, new String[] {"TABLE"})) {
            while (rs.next()) {
                if (name.equalsIgnoreCase(rs.getString("TABLE_NAME"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> resourceLines(String name) {
        List<String> out = new ArrayList<>();
        for (String line : resource(name).split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(line.strip());
            }
        }
        return out;
    }

    private static String resource(String name) {
        try (InputStream in = LinkageStore.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("schema resource " + name + " missing from the linkage bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
