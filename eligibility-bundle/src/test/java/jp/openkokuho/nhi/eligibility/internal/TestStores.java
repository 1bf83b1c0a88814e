package jp.openkokuho.nhi.eligibility.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.derby.jdbc.EmbeddedDataSource;

import jp.openkokuho.nhi.api.tenant.Tenant;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/** Real tenant stores on in-memory Derby databases, one fresh database per call. */
public final class TestStores {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestStores() {
    }

    /**
     * @param code tenant code
     * @param destinations destination ids of the tenant
     * @return an open, migrated store
     */
    public static TenantStore open(String code, List<String> destinations) {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:nhi-test-" + code + "-" + COUNTER.incrementAndGet());
        ds.setCreateDatabase("create");
        return open(new Tenant(code, "テスト市", "110270", destinations), ds);
    }

    /**
     * @param tenant the tenant
     * @param ds its database
     * @return an open, migrated store
     */
    public static TenantStore open(Tenant tenant, EmbeddedDataSource ds) {
        try {
            return new TenantStore(tenant, ds, Clock.systemUTC(), null);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A clock tests move by hand. */
    public static final class MutableClock extends Clock {
        private Instant now;
        private final ZoneId zone;

        /**
         * @param start first instant
         * @param zone zone
         */
        public MutableClock(Instant start, ZoneId zone) {
            this.now = start;
            this.zone = zone;
        }

        /** @param d how far to move */
        public synchronized void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId z) {
            return new MutableClock(now, z);
        }

        @Override
        public synchronized Instant instant() {
            return now;
        }
    }
}
