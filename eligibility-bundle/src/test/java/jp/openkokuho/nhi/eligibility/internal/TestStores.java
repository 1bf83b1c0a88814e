package jp.openkokuho.nhi.eligibility.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.derby.jdbc.EmbeddedDataSource;

import jp.openkokuho.nhi.api.person.Person;
import jp.openkokuho.nhi.api.person.Sex;
import jp.openkokuho.nhi.api.tenant.Tenant;
import jp.openkokuho.nhi.eligibility.internal.security.Role;
import jp.openkokuho.nhi.eligibility.internal.security.Staff;
import jp.openkokuho.nhi.eligibility.internal.store.PersonEntity;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantRegistry;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/** Real tenant stores on in-memory Derby databases, one fresh database per call. */
public final class TestStores {
    /** The schema version of a fresh store: the number of scripts in db/migration/index.txt. */
    public static final int SCHEMA_VERSION = 10;

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

    /**
     * Registers synthetic persons (宛名) so that eligibility changes may name them.
     *
     * @param registry the tenants
     * @param tenantCode the tenant
     * @param birthDate 生年月日 of every person
     * @param atenaNos 宛名番号
     */
    public static void registerPersons(TenantRegistry registry, String tenantCode, LocalDate birthDate,
            String... atenaNos) {
        // as a supervisor of the tenant, so that tests running as nobody in particular can still set up persons
        PersonServiceImpl persons = new PersonServiceImpl(registry, Staff.guard(registry));
        Staff.as(Staff.subject("test-setup", Role.SUPERVISOR.roleName(tenantCode)), () -> {
            for (String a : atenaNos) {
                persons.register(tenantCode, new Person(a, "テスト" + a, "テスト", birthDate, Sex.FEMALE));
            }
            return null;
        });
    }

    /**
     * Stores synthetic persons (宛名) directly, bypassing the person service and its guard: set-up that is no
     * operation of anyone, for tests that count or verify the operation log.
     *
     * @param store the tenant's store
     * @param atenaNos 宛名番号
     */
    public static void insertPersons(TenantStore store, String... atenaNos) {
        insertPersons(store, LocalDate.of(1980, 1, 1), atenaNos);
    }

    /**
     * @param store the tenant's store
     * @param birthDate 生年月日 of every person
     * @param atenaNos 宛名番号
     * @see #insertPersons(TenantStore, String...)
     */
    public static void insertPersons(TenantStore store, LocalDate birthDate, String... atenaNos) {
        store.inTransaction(em -> {
            for (String a : atenaNos) {
                PersonEntity e = new PersonEntity();
                e.setId(UUID.randomUUID().toString());
                e.setAtenaNo(a);
                e.setVersionNo(1);
                e.setName("テスト" + a);
                e.setNameKana("テスト");
                e.setBirthDate(birthDate);
                e.setSex(Sex.FEMALE.name());
                e.setRecordedAt(LocalDateTime.of(2026, 1, 1, 0, 0));
                em.persist(e);
            }
            return null;
        });
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
