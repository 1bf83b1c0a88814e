package jp.openkokuho.nhi.eligibility.internal.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.osgi.service.jdbc.DataSourceFactory;

import jp.openkokuho.nhi.api.tenant.InvalidTenantException;

class TenantStoreComponentTest {

    private static TenantStoreComponent.Config config(String code, String insurer, String url, String... dest) {
        TenantStoreComponent.Config c = mock(TenantStoreComponent.Config.class);
        when(c.municipality_code()).thenReturn(code);
        when(c.municipality_name()).thenReturn("和光市");
        when(c.insurer_number()).thenReturn(insurer);
        when(c.destinations()).thenReturn(dest);
        when(c.jdbc_url()).thenReturn(url);
        when(c.jdbc_user()).thenReturn("");
        return c;
    }

    @Test
    void opensMigratesAndShutsDownTheTenantsOwnDerbyDatabase(@TempDir Path dir) throws Exception {
        String url = "jdbc:derby:" + dir.resolve("112291") + ";create=true";
        DataSourceFactory dsf = mock(DataSourceFactory.class);
        ArgumentCaptor<Properties> props = ArgumentCaptor.forClass(Properties.class);
        when(dsf.createDataSource(props.capture())).thenAnswer(inv -> {
            Properties p = inv.getArgument(0);
            EmbeddedDataSource ds = new EmbeddedDataSource();
            String u = p.getProperty(DataSourceFactory.JDBC_URL).substring("jdbc:derby:".length());
            String[] parts = u.split(";", 2);
            ds.setDatabaseName(parts[0]);
            if (parts.length > 1) {
                ds.setConnectionAttributes(parts[1]);
            }
            return ds;
        });

        TenantStoreComponent c = new TenantStoreComponent(dsf,
            config("112291", "110270", url, "residentregistry, nhitax", "kokuhokyufu"),
            Map.of(TenantStoreComponent.PASSWORD, "secret"));

        assertThat(c.store().tenant().destinations()).containsExactly("residentregistry", "nhitax", "kokuhokyufu");
        assertThat(c.store().schemaVersion()).isEqualTo(5);
        assertThat(props.getAllValues().get(0).getProperty(DataSourceFactory.JDBC_PASSWORD)).isEqualTo("secret");
        try (Connection con = dsf.createDataSource(props.getAllValues().get(0)).getConnection();
                Statement st = con.createStatement();
                ResultSet rs = st.executeQuery("SELECT VERSION, SCRIPT FROM NHI_SCHEMA_VERSION ORDER BY VERSION")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
            assertThat(rs.getString(2)).isEqualTo("V1__eligibility_history_and_outbox.sql");
        }
        c.deactivate();
        // the shutdown request went to the same database
        assertThat(props.getAllValues().get(props.getAllValues().size() - 1).getProperty(DataSourceFactory.JDBC_URL))
            .isEqualTo("jdbc:derby:" + dir.resolve("112291") + ";shutdown=true");
    }

    @Test
    void anInvalidTenantIsRefusedBeforeAnyDatabaseIsOpened() throws Exception {
        DataSourceFactory dsf = mock(DataSourceFactory.class);
        assertThatThrownBy(() -> new TenantStoreComponent(dsf, config("112292", "110270", "jdbc:derby:memory:x"),
            Map.of())).isInstanceOf(InvalidTenantException.class).hasMessageContaining("112292");
        assertThatThrownBy(() -> new TenantStoreComponent(dsf, config("112291", "110279", "jdbc:derby:memory:x"),
            Map.of())).isInstanceOf(InvalidTenantException.class).hasMessageContaining("110279");
        org.mockito.Mockito.verify(dsf, org.mockito.Mockito.never()).createDataSource(any());
    }

    @Test
    void theDefaultDatabaseLivesUnderKarafData(@TempDir Path dir) {
        String old = System.getProperty("karaf.data");
        System.setProperty("karaf.data", dir.toString());
        try {
            assertThat(TenantStoreComponent.defaultDerbyUrl("112291"))
                .isEqualTo("jdbc:derby:" + dir.resolve("nhi/tenants/112291").toAbsolutePath() + ";create=true");
        } finally {
            if (old == null) {
                System.clearProperty("karaf.data");
            } else {
                System.setProperty("karaf.data", old);
            }
        }
    }

    @Test
    void destinationListsAreSplitOnCommas() {
        assertThat(TenantStoreComponent.splitList(new String[] {"a, b", " ", "c"})).isEqualTo(List.of("a", "b", "c"));
        assertThat(TenantStoreComponent.splitList(null)).isEmpty();
    }
}
