package jp.openkokuho.nhi.linkage.internal.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jdbc.DataSourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens each tenant's linkage database on first use: an embedded Derby database under
 * {@code ${karaf.data}/nhi/linkage/<code>}, created through the pax-jdbc Derby {@link DataSourceFactory} the same way
 * the eligibility core opens its tenant stores. Deactivation shuts every opened database down.
 */
@Component(service = LinkageStores.class, immediate = true)
public class LinkageStoreComponent implements LinkageStores {
    private static final Logger LOG = LoggerFactory.getLogger(LinkageStoreComponent.class);

    private final DataSourceFactory factory;
    private final Path root;
    private final Map<String, LinkageStore> open = new ConcurrentHashMap<>();

    /**
     * @param factory the Derby driver's factory
     */
    @Activate
    public LinkageStoreComponent(
            @Reference(target = "(osgi.jdbc.driver.name=derby)") DataSourceFactory factory) {
        this(factory, defaultRoot());
    }

    /**
     * @param factory a DataSourceFactory for Derby
     * @param root directory holding one database per tenant
     */
    public LinkageStoreComponent(DataSourceFactory factory, Path root) {
        this.factory = factory;
        this.root = root;
    }

    @Override
    public LinkageStore forTenant(String tenantCode) {
        return open.computeIfAbsent(tenantCode, this::openStore);
    }

    /** Shuts every opened database down. */
    @Deactivate
    public void close() {
        open.values().forEach(LinkageStore::close);
        open.clear();
    }

    private LinkageStore openStore(String code) {
        String url = "jdbc:derby:" + root.resolve(code).toAbsolutePath();
        Properties p = new Properties();
        p.setProperty(DataSourceFactory.JDBC_URL, url + ";create=true");
        try {
            LinkageStore store = new LinkageStore(code, factory.createDataSource(p), () -> shutdown(url));
            LOG.info("Linkage database of tenant {} open, schema version {}", code, store.schemaVersion());
            return store;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the linkage database of tenant " + code + ": " + e.getMessage(), e);
        }
    }

    private void shutdown(String url) {
        Properties p = new Properties();
        p.setProperty(DataSourceFactory.JDBC_URL, url + ";shutdown=true");
        try (Connection c = factory.createDataSource(p).getConnection()) {
            LOG.warn("Derby did not report the shutdown of a linkage database");
        } catch (SQLException e) {
            // Derby reports a successful single-database shutdown as SQLState 08006
            if (!"08006".equals(e.getSQLState())) {
                LOG.warn("Derby shutdown of a linkage database failed: {}", e.getMessage());
            }
        }
    }

    private static Path defaultRoot() {
        String data = System.getProperty("karaf.data");
        if (data == null || data.isBlank()) {
            throw new IllegalStateException("no karaf.data directory for the linkage databases");
        }
        return Path.of(data, "nhi", "linkage");
    }
}
