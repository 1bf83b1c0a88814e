package jp.openkokuho.nhi.eligibility.internal.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.openkokuho.nhi.api.NhiException;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequest;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestAction;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestActionKind;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestKind;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestOutcome;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestRegistration;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestService;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestStatus;
import jp.openkokuho.nhi.api.eligibility.CorrectionRequest;
import jp.openkokuho.nhi.api.eligibility.EligibilityService;
import jp.openkokuho.nhi.api.eligibility.RecordedChange;
import jp.openkokuho.nhi.api.privacy.Masking;
import jp.openkokuho.nhi.api.privacy.UseSuspension;
import jp.openkokuho.nhi.api.privacy.UseSuspensionService;
import jp.openkokuho.nhi.eligibility.internal.PersonServiceImpl;
import jp.openkokuho.nhi.eligibility.internal.privacy.PrivacyInputs;
import jp.openkokuho.nhi.eligibility.internal.security.AccessGuard;
import jp.openkokuho.nhi.eligibility.internal.security.Caller;
import jp.openkokuho.nhi.eligibility.internal.security.Operation;
import jp.openkokuho.nhi.eligibility.internal.store.PrivacyRequestActionEntity;
import jp.openkokuho.nhi.eligibility.internal.store.PrivacyRequestEntity;
import jp.openkokuho.nhi.eligibility.internal.store.UseSuspensionEntity;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantRegistry;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/**
 * {@link PrivacyRequestService} over NHI_PRIVACY_REQUEST and NHI_PRIVACY_REQUEST_ACTION. A step that changes
 * another record (a suspension, a correction) calls that record's own service, which authorises and logs it in its
 * own right, and then records the step against the request; the two commit one after the other, and the first is
 * idempotent, so a step whose recording failed is simply applied again.
 */
@Component(service = PrivacyRequestService.class)
public class PrivacyRequestServiceImpl implements PrivacyRequestService {
    static final String DUPLICATE_REQUEST = "DUPLICATE_REQUEST";
    private static final Logger LOG = LoggerFactory.getLogger(PrivacyRequestServiceImpl.class);
    private static final int MAX_NOTE = 500;

    private final TenantRegistry tenants;
    private final AccessGuard guard;
    private final UseSuspensionService suspensions;
    private final EligibilityService eligibility;
    private final Clock clock;

    /**
     * @param tenants the open tenant stores
     * @param guard authorises and logs every operation
     * @param suspensions sets and ends 利用停止
     * @param eligibility records corrections of coverage
     */
    @Activate
    public PrivacyRequestServiceImpl(@Reference TenantRegistry tenants, @Reference AccessGuard guard,
            @Reference UseSuspensionService suspensions, @Reference EligibilityService eligibility) {
        this(tenants, guard, suspensions, eligibility, Clock.systemUTC());
    }

    /**
     * @param tenants the open tenant stores
     * @param guard authorises and logs every operation
     * @param suspensions sets and ends 利用停止
     * @param eligibility records corrections of coverage
     * @param clock time source
     */
    public PrivacyRequestServiceImpl(TenantRegistry tenants, AccessGuard guard, UseSuspensionService suspensions,
            EligibilityService eligibility, Clock clock) {
        this.tenants = tenants;
        this.guard = guard;
        this.suspensions = suspensions;
        this.eligibility = eligibility;
        this.clock = clock;
    }

    @Override
    public PrivacyRequest register(String tenantCode, PrivacyRequestRegistration r) {
        return guard.call(tenantCode, Operation.PRIVACY_REQUEST_REGISTER, r == null ? null : r.atenaNo(),
            () -> registered(tenantCode, r));
    }

    private PrivacyRequest registered(String tenantCode, PrivacyRequestRegistration r) {
        TenantStore store = tenants.store(tenantCode);
        RequestInputs.required(r, "request");
        String ref = PrivacyInputs.reference(r.requestReference(), "request reference");
        PrivacyRequestKind kind = RequestInputs.required(r.kind(), "request kind");
        String atena = PrivacyInputs.atenaNo(r.atenaNo());
        LocalDate received = RequestInputs.required(r.receivedOn(), "received date (受付日)");
        if (received.isAfter(RequestInputs.today(clock))) {
            throw new NhiException("INPUT", "received date (受付日) " + received + " is after today");
        }
        RequestInputs.required(r.relation(), "requester relation (請求者の区分)");
        String staff = Caller.current().staffId();
        LocalDateTime now = PrivacyInputs.utc(clock.instant());
        PrivacyRequest created = store.inTransaction(em -> {
            RequestLedger.lock(em);
            PersonServiceImpl.require(em, atena);
            if (em.find(PrivacyRequestEntity.class, ref) != null) {
                throw new NhiException(DUPLICATE_REQUEST, "request reference " + ref
                    + " is already registered in this tenant; give each request its own reference");
            }
            PrivacyRequestEntity e = new PrivacyRequestEntity();
            e.setRequestRef(ref);
            e.setKind(kind.name());
            e.setAtenaNo(atena);
            e.setReceivedOn(received);
            e.setRequesterRelation(r.relation().name());
            e.setStatus(PrivacyRequestStatus.RECEIVED.name());
            e.setRegisteredBy(staff);
            e.setRegisteredAt(now);
            em.persist(e);
            RequestLedger.append(em, ref, PrivacyRequestActionKind.REGISTERED, kind.label() + "（"
                + r.relation().label() + "）受付日 " + received, staff, now);
            guard.sealInTransaction(em);
            return RequestLedger.toApi(tenantCode, e);
        });
        LOG.info("Tenant {}: {} {} registered for 宛名番号 {}", tenantCode, kind, ref, Masking.atenaNumber(atena));
        return created;
    }

    @Override
    public Optional<PrivacyRequest> find(String tenantCode, String requestReference) {
        return guard.call(tenantCode, Operation.PRIVACY_REQUEST_LIST, null, () -> {
            TenantStore store = tenants.store(tenantCode);
            String ref = PrivacyInputs.reference(requestReference, "request reference");
            Optional<PrivacyRequest> found = store.read(em -> Optional.ofNullable(em.find(PrivacyRequestEntity.class,
                ref)).map(e -> RequestLedger.toApi(tenantCode, e)));
            found.ifPresent(p -> guard.subject(p.atenaNo()));
            return found;
        });
    }

    @Override
    public List<PrivacyRequest> list(String tenantCode, LocalDate from, LocalDate to, PrivacyRequestStatus status) {
        return guard.call(tenantCode, Operation.PRIVACY_REQUEST_LIST, null, () -> {
            TenantStore store = tenants.store(tenantCode);
            if (from != null && to != null && to.isBefore(from)) {
                throw new NhiException("INPUT", "the period ends (" + to + ") before it starts (" + from + ")");
            }
            StringBuilder jpql = new StringBuilder("SELECT r FROM PrivacyRequestEntity r WHERE 1 = 1");
            if (from != null) {
                jpql.append(" AND r.receivedOn >= :from");
            }
            if (to != null) {
                jpql.append(" AND r.receivedOn <= :to");
            }
            if (status != null) {
                jpql.append(" AND r.status = :status");
            }
            jpql.append(" ORDER BY r.receivedOn, r.requestRef");
            return store.read(em -> {
                TypedQuery<PrivacyRequestEntity> q = em.createQuery(jpql.toString(), PrivacyRequestEntity.class);
                if (from != null) {
                    q.setParameter("from", from);
                }
                if (to != null) {
                    q.setParameter("to", to);
                }
                if (status != null) {
                    q.setParameter("status", status.name());
                }
                return q.getResultList().stream().map(e -> RequestLedger.toApi(tenantCode, e)).toList();
            });
        });
    }

    @Override
    public List<PrivacyRequest> listOfPerson(String tenantCode, String atenaNo) {
        return guard.call(tenantCode, Operation.PRIVACY_REQUEST_LIST, atenaNo, () -> {
            TenantStore store = tenants.store(tenantCode);
            String atena = PrivacyInputs.atenaNo(atenaNo);
            return store.read(em -> em.createQuery("SELECT r FROM PrivacyRequestEntity r WHERE r.atenaNo = :a"
                + " ORDER BY r.receivedOn, r.requestRef", PrivacyRequestEntity.class).setParameter("a", atena)
                .getResultList().stream().map(e -> RequestLedger.toApi(tenantCode, e)).toList());
        });
    }

    @Override
    public List<PrivacyRequestAction> actions(String tenantCode, String requestReference) {
        return guard.call(tenantCode, Operation.PRIVACY_REQUEST_LIST, null, () -> {
            TenantStore store = tenants.store(tenantCode);
            String ref = PrivacyInputs.reference(requestReference, "request reference");
            return store.read(em -> {
                guard.subject(RequestLedger.require(em, ref).getAtenaNo());
                return em.createQuery("SELECT a FROM PrivacyRequestActionEntity a WHERE a.requestRef = :r"
                    + " ORDER BY a.actionId", PrivacyRequestActionEntity.class).setParameter("r", ref)
                    .getResultList().stream().map(RequestLedger::toApi).toList();
            });
        });
    }

    @Override
    public UseSuspension applySuspension(String tenantCode, String requestReference) {
        return guard.call(tenantCode, Operation.PRIVACY_REQUEST_SUSPEND, null, () -> {
            TenantStore store = tenants.store(tenantCode);
            String ref = PrivacyInputs.reference(requestReference, "request reference");
            PrivacyRequestEntity request = store.read(em -> RequestLedger.requireOpen(em, ref,
                PrivacyRequestKind.SUSPENSION));
            guard.subject(request.getAtenaNo());
            UseSuspension s = suspensions.suspend(tenantCode, request.getAtenaNo(), ref);
            RequestLedger.recordStep(store, guard, ref, PrivacyRequestKind.SUSPENSION,
                PrivacyRequestActionKind.SUSPENSION_APPLIED, ref.equals(s.requestReference()) ? "利用停止 "
                    + s.suspendedAt() : "既に請求 " + s.requestReference() + " により利用停止中 " + s.suspendedAt(),
                clock.instant());
            return s;
        });
    }

    @Override
    public RecordedChange applyCorrection(String tenantCode, String requestReference, LocalDate periodStartDate,
            LocalDate correctedStartDate, LocalDate correctedEndDate) {
        return guard.call(tenantCode, Operation.PRIVACY_REQUEST_CORRECT, null, () -> {
            TenantStore store = tenants.store(tenantCode);
            String ref = PrivacyInputs.reference(requestReference, "request reference");
            PrivacyRequestEntity request = store.read(em -> RequestLedger.requireOpen(em, ref,
                PrivacyRequestKind.CORRECTION));
            guard.subject(request.getAtenaNo());
            RecordedChange c = eligibility.recordCorrection(tenantCode, new CorrectionRequest(request.getAtenaNo(),
                periodStartDate, correctedStartDate, correctedEndDate, ref));
            RequestLedger.recordStep(store, guard, ref, PrivacyRequestKind.CORRECTION,
                PrivacyRequestActionKind.CORRECTION_APPLIED, "国保資格 履歴番号 " + c.historySeq() + "（適用開始 "
                    + periodStartDate + " の期間：" + (correctedStartDate == null ? "" : "適用開始を "
                    + correctedStartDate + " に") + (correctedStartDate != null && correctedEndDate != null ? "、" : "")
                    + (correctedEndDate == null ? "" : "適用終了を " + correctedEndDate + " に") + "訂正）",
                clock.instant());
            return c;
        });
    }

    @Override
    public PrivacyRequest close(String tenantCode, String requestReference, PrivacyRequestOutcome outcome,
            String note) {
        return guard.call(tenantCode, Operation.PRIVACY_REQUEST_CLOSE, null, () -> {
            TenantStore store = tenants.store(tenantCode);
            String ref = PrivacyInputs.reference(requestReference, "request reference");
            RequestInputs.required(outcome, "outcome");
            String text = RequestInputs.text(note, "note", 0, MAX_NOTE);
            PrivacyRequestEntity request = store.read(em -> RequestLedger.requireOpen(em, ref, null));
            guard.subject(request.getAtenaNo());
            boolean resume = PrivacyRequestKind.SUSPENSION.name().equals(request.getKind())
                && outcome.endsSuspension() && store.read(em -> suspendedBy(em, request.getAtenaNo(), ref));
            Optional<UseSuspension> ended = resume ? suspensions.resume(tenantCode, request.getAtenaNo(), ref)
                : Optional.empty();
            String staff = Caller.current().staffId();
            LocalDateTime now = PrivacyInputs.utc(clock.instant());
            PrivacyRequest closed = store.inTransaction(em -> {
                RequestLedger.lock(em);
                PrivacyRequestEntity e = RequestLedger.requireOpen(em, ref, null);
                if (ended.isPresent()) {
                    RequestLedger.append(em, ref, PrivacyRequestActionKind.SUSPENSION_ENDED, "利用停止解除 "
                        + ended.get().resumedAt(), staff, now);
                }
                RequestLedger.append(em, ref, PrivacyRequestActionKind.CLOSED, outcome.label()
                    + (text.isEmpty() ? "" : "：" + text), staff, now);
                e.setStatus(PrivacyRequestStatus.CLOSED.name());
                e.setOutcome(outcome.name());
                e.setClosedBy(staff);
                e.setClosedAt(now);
                e.setClosingNote(text);
                guard.sealInTransaction(em);
                return RequestLedger.toApi(tenantCode, e);
            });
            LOG.info("Tenant {}: request {} closed ({}){}", tenantCode, ref, outcome,
                ended.isPresent() ? "; use resumed" : "");
            return closed;
        });
    }

    /** @return whether the person's use is suspended now by this very request */
    private static boolean suspendedBy(EntityManager em, String atenaNo, String ref) {
        return !em.createQuery("SELECT s FROM UseSuspensionEntity s WHERE s.atenaNo = :a AND s.resumedAt IS NULL"
            + " AND s.requestRef = :r", UseSuspensionEntity.class).setParameter("a", atenaNo).setParameter("r", ref)
            .getResultList().isEmpty();
    }
}
