package jp.openkokuho.nhi.eligibility.internal.privacy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.derby.jdbc.EmbeddedDataSource;

import jp.openkokuho.nhi.api.privacy.MyNumber;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/**
 * Tenant stores on Derby databases <em>on disk</em> under {@code target/privacy-derby} (so that
 * {@code MyNumberLeakScanIT} can scan the files after the suite), and the synthetic individual numbers the privacy
 * tests use ({@code TestStores} is the in-memory counterpart). All numbers start with {@code 7391} and have a valid check digit; they are nobody's.
 */
public final class PrivacyTestSupport {
    /** Where the on-disk test databases live; scanned by the leak scan. */
    public static final Path DERBY_ROOT = Path.of("target", "privacy-derby").toAbsolutePath();
    /** The tenant of the tests (和光市). */
    public static final String WAKO = "112291";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    static {
        // no fsync per commit in tests (the data still reaches the files, which is what the leak scan needs)
        System.setProperty("derby.system.durability", "test");
    }

    private PrivacyTestSupport() {
    }

    /**
     * @param i 0 … 9 999 999
     * @return the i-th synthetic number, 12 ASCII digits
     */
    public static String number(int i) {
        String body = "7391" + String.format("%07d", i);
        return body + MyNumber.checkDigit(body);
    }

    /**
     * @param count how many
     * @return the first {@code count} synthetic numbers
     */
    public static List<MyNumber> numbers(int count) {
        List<MyNumber> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(MyNumber.of(number(i)));
        }
        return out;
    }

    /**
     * @param name a name for the database directory
     * @return an open, migrated store of {@link #WAKO} on disk; closing it shuts the database down (so its pages are
     *         written to the files)
     */
    public static TenantStore onDisk(String name) {
        String path = DERBY_ROOT.resolve(name + "-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet())
            .toString();
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(path);
        ds.setCreateDatabase("create");
        try {
            return new TenantStore(new jp.openkokuho.nhi.api.tenant.Tenant(WAKO, "テスト市", "110270", List.of("rr")),
                ds, java.time.Clock.systemUTC(), () -> shutdown(path));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void shutdown(String path) {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(path);
        ds.setShutdownDatabase("shutdown");
        try {
            ds.getConnection().close();
        } catch (SQLException e) {
            // Derby reports a successful shutdown as SQLState 08006
            if (!"08006".equals(e.getSQLState())) {
                throw new IllegalStateException(e);
            }
        }
    }
}
