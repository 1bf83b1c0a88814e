package jp.openkokuho.nhi.api.tenant;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The tenants currently provisioned and open on this installation.
 *
 * <p>Tenants appear when their configuration is created and their store is open, and disappear when the
 * configuration is deleted, without a restart. Answers reflect that moment; callers must not cache them.
 * Thread safe.
 */
@ProviderType
public interface TenantService {
    /** @return the open tenants, ordered by code */
    List<Tenant> tenants();

    /**
     * @param code a 全国地方公共団体コード
     * @return the tenant, if provisioned and open
     */
    Optional<Tenant> find(String code);

    /**
     * @param code a 全国地方公共団体コード
     * @return the tenant
     * @throws UnknownTenantException if it is not provisioned and open
     */
    default Tenant require(String code) {
        return find(code).orElseThrow(() -> new UnknownTenantException(code));
    }
}
