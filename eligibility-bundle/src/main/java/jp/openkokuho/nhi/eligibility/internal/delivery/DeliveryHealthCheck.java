package jp.openkokuho.nhi.eligibility.internal.delivery;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import org.apache.felix.hc.api.FormattingResultLog;
import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import jp.openkokuho.nhi.api.tenant.Tenant;
import jp.openkokuho.nhi.api.tenant.TenantService;
import jp.openkokuho.nhi.eligibility.internal.security.AccessGuard;
import jp.openkokuho.nhi.api.transfer.DestinationInfo;
import jp.openkokuho.nhi.api.transfer.DestinationStatus;
import jp.openkokuho.nhi.api.transfer.TransferStatusService;

/**
 * Felix health check over every tenant's destinations: one line per tenant and destination with bound, backlog,
 * oldest pending age and dead letters. WARN when a destination a tenant uses is not bound while changes wait, when
 * dead letters exist, or when the oldest pending change is older than the threshold; CRITICAL when the transfer
 * policy refuses a destination a tenant uses (nothing would ever be delivered) or the backlog is older than the
 * critical threshold.
 */
@Component(service = HealthCheck.class, configurationPid = DeliveryHealthCheck.PID,
        property = {HealthCheck.NAME + "=NHI deliveries", HealthCheck.TAGS + "=nhi", HealthCheck.TAGS + "=delivery"})
@Designate(ocd = DeliveryHealthCheck.Config.class)
public class DeliveryHealthCheck implements HealthCheck {
    /** Configuration PID. */
    public static final String PID = "jp.openkokuho.nhi.delivery.healthcheck";

    /** Thresholds. */
    @ObjectClassDefinition(name = "NHI delivery health check")
    public @interface Config {
        /** @return age of the oldest pending change that is a warning */
        @AttributeDefinition(name = "Warn after (s)")
        long warn_after_s() default 600;

        /** @return age of the oldest pending change that is critical */
        @AttributeDefinition(name = "Critical after (s)")
        long critical_after_s() default 3600;
    }

    private final TransferStatusService transfers;
    private final TenantService tenants;
    private final Duration warnAfter;
    private final Duration criticalAfter;

    /**
     * @param transfers delivery state
     * @param tenants open tenants
     * @param config thresholds
     */
    @Activate
    public DeliveryHealthCheck(@Reference TransferStatusService transfers, @Reference TenantService tenants,
            Config config) {
        this(transfers, tenants, Duration.ofSeconds(config.warn_after_s()), Duration.ofSeconds(config.critical_after_s()));
    }

    /**
     * @param transfers delivery state
     * @param tenants open tenants
     * @param warnAfter oldest-pending age that warns
     * @param criticalAfter oldest-pending age that is critical
     */
    public DeliveryHealthCheck(TransferStatusService transfers, TenantService tenants, Duration warnAfter,
            Duration criticalAfter) {
        this.transfers = transfers;
        this.tenants = tenants;
        this.warnAfter = warnAfter;
        this.criticalAfter = criticalAfter;
    }

    @Override
    public Result execute() {
        // the health check is the platform's own monitoring, not a user: it reads delivery counts as the system
        return AccessGuard.runAsSystem("health", this::check);
    }

    private Result check() {
        FormattingResultLog log = new FormattingResultLog();
        Map<String, DestinationInfo> bound = new TreeMap<>();
        for (DestinationInfo d : transfers.destinations()) {
            bound.put(d.id(), d);
        }
        if (tenants.tenants().isEmpty()) {
            log.info("No tenant is provisioned");
        }
        for (Tenant t : tenants.tenants()) {
            for (DestinationStatus s : transfers.status(t.code())) {
                String age = s.oldestPendingAge() == null ? "-" : s.oldestPendingAge().toSeconds() + "s";
                String line = t.code() + " " + s.destinationId() + ": bound=" + s.bound() + ", pending=" + s.pending()
                    + ", oldest pending=" + age + ", dead letters=" + s.deadLetters() + ", delivered=" + s.delivered();
                DestinationInfo info = bound.get(s.destinationId());
                if (info != null && !info.permitted() && t.destinations().contains(s.destinationId())) {
                    log.critical("{} - refused by its transfer policy: {}", line, info.refusal());
                } else if (s.oldestPendingAge() != null && s.oldestPendingAge().compareTo(criticalAfter) > 0) {
                    log.critical("{} - backlog older than {}s", line, criticalAfter.toSeconds());
                } else if (!s.bound() && s.pending() > 0) {
                    log.warn("{} - destination not bound, changes are waiting", line);
                } else if (s.deadLetters() > 0) {
                    log.warn("{} - dead letters need nhi:transfer-retry", line);
                } else if (s.oldestPendingAge() != null && s.oldestPendingAge().compareTo(warnAfter) > 0) {
                    log.warn("{} - backlog older than {}s", line, warnAfter.toSeconds());
                } else {
                    log.info("{}", line);
                }
            }
        }
        return new Result(log);
    }
}
