package jp.openkokuho.nhi.eligibility.internal.tenant;

import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;

import jp.openkokuho.nhi.api.tenant.Tenant;
import jp.openkokuho.nhi.eligibility.internal.store.SchemaMigrator;

/**
 * The open store of one tenant: its own database, migrated to the current schema, and an EntityManagerFactory over
 * it. Every tenant has a separate database (Derby) or schema/database (PostgreSQL); nothing here is shared between
 * tenants.
 *
 * <p>Thread safe: each unit of work gets its own EntityManager. {@link #close()} must be called once when the tenant
 * goes away; work started after that fails with {@link IllegalStateException}.
 */
public final class TenantStore implements AutoCloseable {
    /** The persistence unit in META-INF/persistence.xml. */
    public static final String PERSISTENCE_UNIT = "nhi-tenant";
    /**
     * Property of every tenant EntityManagerFactory naming its tenant, so code handed only an EntityManager (the
     * operation log) takes the tenant from the store itself, never from its caller's input.
     */
    public static final String TENANT_PROPERTY = "jp.openkokuho.nhi.tenant.code";

    private final Tenant tenant;
    private final EntityManagerFactory emf;
    private final int schemaVersion;
    private final Runnable onClose;

    /**
     * Migrates the database and opens the EntityManagerFactory.
     *
     * @param tenant the tenant this store belongs to
     * @param dataSource the tenant's database
     * @param clock time source for migration bookkeeping
     * @param onClose run after the factory is closed (e.g. to shut down an embedded database); may be {@code null}
     * @throws SQLException if the database cannot be reached or a migration fails
     */
    public TenantStore(Tenant tenant, DataSource dataSource, Clock clock, Runnable onClose) throws SQLException {
        this.tenant = tenant;
        this.onClose = onClose;
        ClassLoader loader = TenantStore.class.getClassLoader();
        this.schemaVersion = new SchemaMigrator(loader, "db/migration", clock).migrate(dataSource, tenant.code());
        Map<String, Object> props = new HashMap<>();
        props.put(PersistenceUnitProperties.CLASSLOADER, loader);
        props.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, dataSource);
        props.put(PersistenceUnitProperties.TRANSACTION_TYPE, "RESOURCE_LOCAL");
        // entities are plain classes in this bundle; no agent, no weaving
        props.put(PersistenceUnitProperties.WEAVING, "false");
        // the schema belongs to SchemaMigrator
        props.put(PersistenceUnitProperties.DDL_GENERATION, PersistenceUnitProperties.NONE);
        // no shared cache: several nodes may write one store (PostgreSQL), and reads must see commits of others
        props.put(PersistenceUnitProperties.CACHE_SHARED_DEFAULT, "false");
        // route EclipseLink's log into the platform log, and never with bind parameters (they hold personal data)
        props.put(PersistenceUnitProperties.LOGGING_LOGGER, "JavaLogger");
        props.put(PersistenceUnitProperties.LOGGING_LEVEL, "WARNING");
        props.put(PersistenceUnitProperties.LOGGING_PARAMETERS, "false");
        props.put(PersistenceUnitProperties.SESSION_NAME, "nhi-tenant-" + tenant.code());
        props.put(TENANT_PROPERTY, tenant.code());
        EntityManagerFactory f = new PersistenceProvider().createEntityManagerFactory(PERSISTENCE_UNIT, props);
        if (f == null) {
            throw new IllegalStateException("persistence unit " + PERSISTENCE_UNIT + " not found");
        }
        this.emf = f;
    }

    /** @return the tenant */
    public Tenant tenant() {
        return tenant;
    }

    /**
     * The tenant whose store an EntityManager works on.
     *
     * @param em an EntityManager of a tenant store
     * @return the tenant code of that store
     * @throws IllegalArgumentException if {@code em} does not come from a {@link TenantStore}
     */
    public static String tenantCodeOf(EntityManager em) {
        Object code = em.getEntityManagerFactory().getProperties().get(TENANT_PROPERTY);
        if (!(code instanceof String s) || s.isEmpty()) {
            throw new IllegalArgumentException("the EntityManager does not belong to a tenant store");
        }
        return s;
    }

    /** @return the schema version the store was migrated to */
    public int schemaVersion() {
        return schemaVersion;
    }

    /**
     * Runs {@code work} in one resource-local transaction and commits it; rolls back if {@code work} or the commit
     * throws, and rethrows.
     *
     * @param <T> result type
     * @param work the unit of work
     * @return what {@code work} returned
     */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    /**
     * Runs {@code work} in a transaction that is always rolled back (reads only).
     *
     * @param <T> result type
     * @param work the reading work
     * @return what {@code work} returned
     */
    public <T> T read(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            return work.apply(em);
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    /**
     * Convenience for writes without a result.
     *
     * @param work the unit of work
     */
    public void inTransactionDo(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    @Override
    public void close() {
        try {
            if (emf.isOpen()) {
                emf.close();
            }
        } finally {
            if (onClose != null) {
                onClose.run();
            }
        }
    }
}
