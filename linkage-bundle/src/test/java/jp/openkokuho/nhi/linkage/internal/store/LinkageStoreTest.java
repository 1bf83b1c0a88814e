package jp.openkokuho.nhi.linkage.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;

class LinkageStoreTest {
    @Test
    void aNewDatabaseIsAtTheLastScriptAndAFailedTransactionStoresNothing() {
        LinkageStore store = new MemoryStores().forTenant("112291");
        assertThat(store.schemaVersion()).isEqualTo(2);
        assertThatThrownBy(() -> store.<Integer>inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO atena_sequence VALUES ('x', 1)")) {
                ps.executeUpdate();
            }
            throw new IllegalArgumentException("boom");
        })).hasMessage("boom");
        int rows = store.inTransaction(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM atena_sequence")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertThat(rows).isZero();
    }
}
