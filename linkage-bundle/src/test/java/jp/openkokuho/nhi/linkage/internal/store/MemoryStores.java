package jp.openkokuho.nhi.linkage.internal.store;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.derby.jdbc.EmbeddedDataSource;

/** In-memory Derby linkage stores for tests, one database per tenant and instance. */
public final class MemoryStores implements LinkageStores {
    private static final AtomicInteger SEQ = new AtomicInteger();
    private final Map<String, LinkageStore> stores = new HashMap<>();
    private final int id = SEQ.incrementAndGet();

    @Override
    public synchronized LinkageStore forTenant(String tenantCode) {
        return stores.computeIfAbsent(tenantCode, code -> {
            EmbeddedDataSource ds = new EmbeddedDataSource();
            ds.setDatabaseName("memory:linkage" + id + "_" + code);
            ds.setCreateDatabase("create");
            try {
                return new LinkageStore(code, ds, null);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
