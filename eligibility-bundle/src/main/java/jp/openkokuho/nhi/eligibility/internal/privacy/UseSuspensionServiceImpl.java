package jp.openkokuho.nhi.eligibility.internal.privacy;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.openkokuho.nhi.api.privacy.Masking;
import jp.openkokuho.nhi.api.privacy.UseSuspension;
import jp.openkokuho.nhi.api.privacy.UseSuspensionService;
import jp.openkokuho.nhi.eligibility.internal.delivery.OutboxSignal;
import jp.openkokuho.nhi.eligibility.internal.security.AccessGuard;
import jp.openkokuho.nhi.eligibility.internal.security.Operation;
import jp.openkokuho.nhi.eligibility.internal.store.UseSuspensionEntity;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantRegistry;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/**
 * {@link UseSuspensionService} over NHI_USE_SUSPENSION. The delivery dispatcher reads the same table and leaves the
 * deliveries of a suspended person pending; resuming wakes it so the held transfers go out at once.
 */
@Component(service = UseSuspensionService.class)
public class UseSuspensionServiceImpl implements UseSuspensionService {
    private static final Logger LOG = LoggerFactory.getLogger(UseSuspensionServiceImpl.class);
    private static final String ACTIVE = "SELECT s FROM UseSuspensionEntity s WHERE s.atenaNo = :a AND s.resumedAt IS NULL";

    private final TenantRegistry tenants;
    private final OutboxSignal signal;
    private final AccessGuard guard;
    private final Clock clock;

    /**
     * @param tenants the open tenant stores
     * @param signal wakes the delivery dispatcher; may be {@code null}
     * @param guard authorises and logs every operation
     */
    @Activate
    public UseSuspensionServiceImpl(@Reference TenantRegistry tenants,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL) OutboxSignal signal,
            @Reference AccessGuard guard) {
        this(tenants, signal, guard, Clock.systemUTC());
    }

    /**
     * @param tenants the open tenant stores
     * @param signal wakes the delivery dispatcher; may be {@code null}
     * @param guard authorises and logs every operation
     * @param clock time source
     */
    public UseSuspensionServiceImpl(TenantRegistry tenants, OutboxSignal signal, AccessGuard guard, Clock clock) {
        this.tenants = tenants;
        this.signal = signal;
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    public UseSuspension suspend(String tenantCode, String atenaNo, String requestReference) {
        return guard.call(tenantCode, Operation.USE_SUSPEND, atenaNo, () -> suspended(tenantCode, atenaNo,
            requestReference));
    }

    private UseSuspension suspended(String tenantCode, String atenaNo, String requestReference) {
        TenantStore store = tenants.store(tenantCode);
        String atena = PrivacyInputs.atenaNo(atenaNo);
        String ref = PrivacyInputs.reference(requestReference, "request reference");
        LocalDateTime now = PrivacyInputs.utc(clock.instant());
        boolean[] created = {false};
        UseSuspension s = store.inTransaction(em -> {
            long id = PrivacyInputs.nextCounter(em, "use_suspension");
            Optional<UseSuspensionEntity> active = active(em, atena);
            guard.sealInTransaction(em); // a repeated request is logged too, and changes nothing
            if (active.isPresent()) {
                return toApi(tenantCode, active.get());
            }
            UseSuspensionEntity e = new UseSuspensionEntity();
            e.setSuspensionId(id);
            e.setAtenaNo(atena);
            e.setRequestRef(ref);
            e.setSuspendedAt(now);
            em.persist(e);
            created[0] = true;
            return toApi(tenantCode, e);
        });
        if (created[0]) {
            LOG.info("Tenant {}: use of 宛名番号 {} suspended (request {}); transfers held", tenantCode,
                Masking.atenaNumber(atena), ref);
        }
        return s;
    }

    @Override
    public Optional<UseSuspension> resume(String tenantCode, String atenaNo, String resumeReference) {
        return guard.call(tenantCode, Operation.USE_RESUME, atenaNo, () -> resumed(tenantCode, atenaNo,
            resumeReference));
    }

    private Optional<UseSuspension> resumed(String tenantCode, String atenaNo, String resumeReference) {
        TenantStore store = tenants.store(tenantCode);
        String atena = PrivacyInputs.atenaNo(atenaNo);
        String ref = PrivacyInputs.reference(resumeReference, "resume reference");
        LocalDateTime now = PrivacyInputs.utc(clock.instant());
        Optional<UseSuspension> ended = store.inTransaction(em -> {
            PrivacyInputs.nextCounter(em, "use_suspension");
            Optional<UseSuspension> r = active(em, atena).map(e -> {
                e.setResumeRef(ref);
                e.setResumedAt(now);
                return toApi(tenantCode, e);
            });
            guard.sealInTransaction(em);
            return r;
        });
        if (ended.isPresent()) {
            LOG.info("Tenant {}: use of 宛名番号 {} resumed (request {}); held transfers released", tenantCode,
                Masking.atenaNumber(atena), ref);
            if (signal != null) {
                signal.changesCommitted(tenantCode);
            }
        }
        return ended;
    }

    @Override
    public List<UseSuspension> history(String tenantCode, String atenaNo) {
        return guard.call(tenantCode, Operation.USE_SUSPENSION_HISTORY, atenaNo, () -> {
            TenantStore store = tenants.store(tenantCode);
            String atena = PrivacyInputs.atenaNo(atenaNo);
            return store.read(em -> em.createQuery("SELECT s FROM UseSuspensionEntity s WHERE s.atenaNo = :a"
                + " ORDER BY s.suspensionId", UseSuspensionEntity.class).setParameter("a", atena).getResultList())
                .stream().map(e -> toApi(tenantCode, e)).toList();
        });
    }

    private static Optional<UseSuspensionEntity> active(EntityManager em, String atena) {
        return em.createQuery(ACTIVE, UseSuspensionEntity.class).setParameter("a", atena).getResultList().stream()
            .findFirst();
    }

    private static UseSuspension toApi(String tenantCode, UseSuspensionEntity e) {
        return new UseSuspension(tenantCode, e.getAtenaNo(), e.getRequestRef(), e.getSuspendedAt().toInstant(
            ZoneOffset.UTC), e.getResumeRef(), e.getResumedAt() == null ? null : e.getResumedAt().toInstant(
            ZoneOffset.UTC));
    }
}
