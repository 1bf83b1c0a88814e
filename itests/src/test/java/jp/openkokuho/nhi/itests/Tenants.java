package jp.openkokuho.nhi.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;

import org.osgi.service.cm.ConfigurationAdmin;

import jp.openkokuho.nhi.api.tenant.TenantConstants;
import jp.openkokuho.nhi.api.tenant.TenantService;

/** Provisions municipalities at runtime the way an administrator does: one factory configuration each. */
final class Tenants {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private Tenants() {
    }

    /**
     * @param configAdmin configuration admin of the container
     * @param tenants waits until the tenant is open
     * @param code 全国地方公共団体コード
     * @param name 市町村名
     * @param insurer 保険者番号
     * @param destinations destination ids, comma separated
     * @return the configuration (delete it to close the tenant)
     * @throws IOException if the configuration cannot be stored
     */
    static org.osgi.service.cm.Configuration provision(ConfigurationAdmin configAdmin, TenantService tenants, String code, String name,
            String insurer, String destinations) throws IOException {
        org.osgi.service.cm.Configuration cfg = configAdmin.getFactoryConfiguration(TenantConstants.FACTORY_PID, code,
            "?");
        Dictionary<String, Object> p = new Hashtable<>();
        p.put(TenantConstants.MUNICIPALITY_CODE, code);
        p.put(TenantConstants.MUNICIPALITY_NAME, name);
        p.put(TenantConstants.INSURER_NUMBER, insurer);
        p.put(TenantConstants.DESTINATIONS, destinations);
        cfg.update(p);
        await().atMost(TIMEOUT).until(() -> tenants.find(code).isPresent());
        assertEquals(name, tenants.require(code).name());
        return cfg;
    }
}
