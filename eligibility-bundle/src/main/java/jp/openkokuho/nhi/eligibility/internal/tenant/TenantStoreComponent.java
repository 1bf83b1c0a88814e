package jp.openkokuho.nhi.eligibility.internal.tenant;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.openkokuho.nhi.api.tenant.Tenant;
import jp.openkokuho.nhi.api.tenant.TenantConstants;

/**
 * One instance per tenant configuration ({@code etc/jp.openkokuho.nhi.tenant-<code>.cfg}): validates the tenant,
 * opens its own database through a pax-jdbc {@link DataSourceFactory}, migrates it and opens its store. Deleting the
 * configuration closes the store (and shuts the embedded database down) without touching other tenants.
 *
 * <p>The default database is an embedded Derby database under {@code ${karaf.data}/nhi/tenants/<code>}. For
 * PostgreSQL set {@code jdbc.url}, {@code jdbc.user}, {@code .jdbc.password} (a private property, never published
 * as a service property) and {@code dataSourceFactory.target = (osgi.jdbc.driver.name=PostgreSQL JDBC Driver)}.
 *
 * <p>Immediate, because it owns an expensive resource that must not come and go with its consumers.
 */
@Component(configurationPid = TenantConstants.FACTORY_PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        immediate = true, service = TenantStoreComponent.class)
@Designate(ocd = TenantStoreComponent.Config.class, factory = true)
public class TenantStoreComponent {
    private static final Logger LOG = LoggerFactory.getLogger(TenantStoreComponent.class);
    static final String PASSWORD = ".jdbc.password";

    /** A municipality hosted on this installation. */
    @ObjectClassDefinition(name = "NHI tenant (municipality)",
            description = "A municipality (市区町村) hosted on this installation, with its own database.")
    public @interface Config {
        /** @return 全国地方公共団体コード */
        @AttributeDefinition(name = "全国地方公共団体コード", description = "6 digits with check digit, e.g. 112291")
        String municipality_code();

        /** @return the municipality's name */
        @AttributeDefinition(name = "Municipality name", description = "e.g. 和光市")
        String municipality_name();

        /** @return 保険者番号 */
        @AttributeDefinition(name = "保険者番号", description = "NHI insurer number, 6 digits with check digit")
        String insurer_number();

        /** @return destinations (comma separated values are split) */
        @AttributeDefinition(name = "Destinations", description = "Destination ids this municipality sends changes to")
        String[] destinations() default {};

        /** @return JDBC URL of the tenant's own database; empty for the embedded Derby default */
        @AttributeDefinition(name = "JDBC URL", description = "Empty: embedded Derby under ${karaf.data}/nhi/tenants/<code>")
        String jdbc_url() default "";

        /** @return database user */
        @AttributeDefinition(name = "JDBC user")
        String jdbc_user() default "";

        /** @return the DataSourceFactory filter */
        @AttributeDefinition(name = "DataSourceFactory filter")
        String dataSourceFactory_target() default "(osgi.jdbc.driver.name=derby)";

        /** @return name hint for the web console */
        String webconsole_configurationFactory_nameHint() default "{municipality.name} ({municipality.code})";
    }

    private final TenantStore store;

    /**
     * @param dataSourceFactory the JDBC driver's factory (Derby by default; target set by configuration)
     * @param config the tenant configuration
     * @param properties the raw configuration (for the private password property)
     * @throws SQLException if the database cannot be opened or migrated
     */
    @Activate
    public TenantStoreComponent(
            @Reference(name = "dataSourceFactory", target = "(osgi.jdbc.driver.name=derby)") DataSourceFactory dataSourceFactory,
            Config config, Map<String, Object> properties) throws SQLException {
        Tenant tenant;
        try {
            tenant = new Tenant(config.municipality_code(), config.municipality_name(), config.insurer_number(),
                splitList(config.destinations()));
        } catch (RuntimeException e) {
            LOG.error("Tenant configuration {} rejected: {}", properties.get("service.pid"), e.getMessage());
            throw e;
        }
        String url = config.jdbc_url().isBlank() ? defaultDerbyUrl(tenant.code()) : config.jdbc_url();
        Properties jdbc = new Properties();
        jdbc.setProperty(DataSourceFactory.JDBC_URL, url);
        if (!config.jdbc_user().isBlank()) {
            jdbc.setProperty(DataSourceFactory.JDBC_USER, config.jdbc_user());
        }
        Object password = properties.get(PASSWORD);
        if (password != null) {
            jdbc.setProperty(DataSourceFactory.JDBC_PASSWORD, password.toString());
        }
        DataSource ds = dataSourceFactory.createDataSource(jdbc);
        Runnable onClose = url.startsWith("jdbc:derby:") ? () -> shutdownDerby(dataSourceFactory, url) : null;
        this.store = new TenantStore(tenant, ds, Clock.systemUTC(), onClose);
        LOG.info("Tenant {} ({}) open, schema version {}", tenant.code(), tenant.name(), store.schemaVersion());
    }

    /** @return the open store */
    public TenantStore store() {
        return store;
    }

    @Deactivate
    void deactivate() {
        store.close();
        LOG.info("Tenant {} closed", store.tenant().code());
    }

    static List<String> splitList(String[] values) {
        List<String> out = new ArrayList<>();
        for (String v : values == null ? new String[0] : values) {
            Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
        }
        return out;
    }

    static String defaultDerbyUrl(String code) {
        String data = System.getProperty("karaf.data");
        if (data == null || data.isBlank()) {
            throw new IllegalStateException("tenant " + code + ": no jdbc.url configured and no karaf.data directory");
        }
        return "jdbc:derby:" + Path.of(data, "nhi", "tenants", code).toAbsolutePath() + ";create=true";
    }

    private static void shutdownDerby(DataSourceFactory factory, String url) {
        String base = url.contains(";") ? url.substring(0, url.indexOf(';')) : url;
        Properties p = new Properties();
        p.setProperty(DataSourceFactory.JDBC_URL, base + ";shutdown=true");
        try (Connection c = factory.createDataSource(p).getConnection()) {
            LOG.warn("Derby did not report the shutdown of {}", base);
        } catch (SQLException e) {
            // Derby reports a successful single-database shutdown as SQLState 08006
            if (!"08006".equals(e.getSQLState())) {
                LOG.warn("Derby shutdown of a tenant database failed: {}", e.getMessage());
            }
        }
    }
}
