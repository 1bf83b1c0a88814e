package jp.openkokuho.nhi.eligibility.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;


class SchemaMigratorTest {

    private static EmbeddedDataSource fresh(String name) {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:migrator-" + name);
        ds.setCreateDatabase("create");
        return ds;
    }

    private static SchemaMigrator migrator() {
        return new SchemaMigrator(SchemaMigrator.class.getClassLoader(), "db/migration", Clock.systemUTC());
    }

    @Test
    void migratesOnceAndIsANoOpAfterwards() throws Exception {
        EmbeddedDataSource ds = fresh("once");
        assertThat(migrator().migrate(ds, "t")).isEqualTo(5);
        assertThat(migrator().migrate(ds, "t")).isEqualTo(5);
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                var rs = st.executeQuery("SELECT COUNT(*) FROM NHI_SCHEMA_VERSION")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(5);
        }
    }

    @Test
    void aChangedAppliedScriptStopsTheStore() throws Exception {
        EmbeddedDataSource ds = fresh("tampered");
        migrator().migrate(ds, "112291");
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE NHI_SCHEMA_VERSION SET CHECKSUM = 'x' WHERE VERSION = 1");
        }
        assertThatThrownBy(() -> migrator().migrate(ds, "112291")).isInstanceOf(IllegalStateException.class)
            .hasMessage("store 112291: migration V1__eligibility_history_and_outbox.sql was changed after it was"
                + " applied (checksum mismatch)");
    }

    @Test
    void aStoreFromANewerReleaseIsRefused() throws Exception {
        EmbeddedDataSource ds = fresh("newer");
        migrator().migrate(ds, "t");
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO NHI_SCHEMA_VERSION VALUES (6, 'V6__future.sql', 'y', CURRENT_TIMESTAMP)");
        }
        assertThatThrownBy(() -> migrator().migrate(ds, "t")).hasMessageContaining("schema version 6");
    }

    @Test
    void statementsSplitOnLineEndingSemicolonsAndSkipComments() {
        assertThat(SchemaMigrator.split("-- c\nCREATE TABLE A (\n X INT\n);\n\nINSERT INTO A VALUES (1);\n"))
            .containsExactly("CREATE TABLE A (\nX INT\n)", "INSERT INTO A VALUES (1)");
    }
}
