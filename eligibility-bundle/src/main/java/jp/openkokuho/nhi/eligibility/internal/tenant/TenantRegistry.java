package jp.openkokuho.nhi.eligibility.internal.tenant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.openkokuho.nhi.api.tenant.Tenant;
import jp.openkokuho.nhi.api.tenant.TenantService;
import jp.openkokuho.nhi.api.tenant.UnknownTenantException;

/**
 * The open tenant stores, by code. Tenants come and go as their configurations do; the map is concurrent so readers
 * never block. A second configuration naming a code that is already open is refused with an error in the log.
 */
@Component(service = {TenantService.class, TenantRegistry.class}, immediate = true)
public class TenantRegistry implements TenantService {
    private static final Logger LOG = LoggerFactory.getLogger(TenantRegistry.class);

    private final ConcurrentHashMap<String, TenantStore> stores = new ConcurrentHashMap<>();

    /** Creates an empty registry. */
    public TenantRegistry() {
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addTenant(TenantStoreComponent component) {
        register(component.store());
    }

    void removeTenant(TenantStoreComponent component) {
        unregister(component.store());
    }

    /**
     * @param store an open store
     * @return {@code true} if registered; {@code false} if another store already holds the code
     */
    public boolean register(TenantStore store) {
        TenantStore previous = stores.putIfAbsent(store.tenant().code(), store);
        if (previous != null && previous != store) {
            LOG.error("Two configurations name tenant {}; the second is ignored", store.tenant().code());
            return false;
        }
        return true;
    }

    /** @param store a store that is closing */
    public void unregister(TenantStore store) {
        stores.remove(store.tenant().code(), store);
    }

    /**
     * @param code tenant code
     * @return its open store
     * @throws UnknownTenantException if none is open
     */
    public TenantStore store(String code) {
        TenantStore s = code == null ? null : stores.get(code);
        if (s == null) {
            throw new UnknownTenantException(code);
        }
        return s;
    }

    /** @return a snapshot of the open stores */
    public Collection<TenantStore> stores() {
        return new ArrayList<>(stores.values());
    }

    @Override
    public List<Tenant> tenants() {
        return stores.values().stream().map(TenantStore::tenant).sorted(Comparator.comparing(Tenant::code)).toList();
    }

    @Override
    public Optional<Tenant> find(String code) {
        return Optional.ofNullable(code == null ? null : stores.get(code)).map(TenantStore::tenant);
    }
}
