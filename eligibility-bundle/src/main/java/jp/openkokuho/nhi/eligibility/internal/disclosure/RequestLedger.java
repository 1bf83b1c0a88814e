package jp.openkokuho.nhi.eligibility.internal.disclosure;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.EntityManager;

import jp.openkokuho.nhi.api.NhiException;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequest;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestAction;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestActionKind;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestKind;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestOutcome;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestStatus;
import jp.openkokuho.nhi.api.disclosure.RequesterRelation;
import jp.openkokuho.nhi.eligibility.internal.privacy.PrivacyInputs;
import jp.openkokuho.nhi.eligibility.internal.security.AccessGuard;
import jp.openkokuho.nhi.eligibility.internal.security.Caller;
import jp.openkokuho.nhi.eligibility.internal.store.PrivacyRequestActionEntity;
import jp.openkokuho.nhi.eligibility.internal.store.PrivacyRequestEntity;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/** The request register's store work shared by the request and disclosure services; runs in the caller's transaction. */
final class RequestLedger {
    /** The NHI_COUNTER row whose lock serialises every step on the requests of a tenant. */
    static final String COUNTER = "privacy_request";
    static final String UNKNOWN_REQUEST = "UNKNOWN_REQUEST";
    static final String REQUEST_STATE = "REQUEST_STATE";
    private static final int MAX_DETAIL = 500;

    private RequestLedger() {
    }

    /**
     * Finds an open request of the given kind. A writer takes {@link #lock(EntityManager)} first.
     *
     * @param em the transaction
     * @param ref a checked reference
     * @param kind the kind the step needs, or {@code null} for any
     * @return the request
     * @throws NhiException {@code UNKNOWN_REQUEST}, or {@code REQUEST_STATE} if closed or of another kind
     */
    static PrivacyRequestEntity requireOpen(EntityManager em, String ref, PrivacyRequestKind kind) {
        PrivacyRequestEntity e = require(em, ref);
        if (PrivacyRequestStatus.CLOSED.name().equals(e.getStatus())) {
            throw new NhiException(REQUEST_STATE, "request " + ref + " is closed ("
                + PrivacyRequestOutcome.valueOf(e.getOutcome()).label() + "); register a new request");
        }
        if (kind != null && !kind.name().equals(e.getKind())) {
            throw new NhiException(REQUEST_STATE, "request " + ref + " is a "
                + PrivacyRequestKind.valueOf(e.getKind()).label() + ", not a " + kind.label());
        }
        return e;
    }

    /**
     * Takes the row lock of the register's counter without moving it: held until the transaction ends, it serialises
     * every step on the requests of the tenant (also across nodes sharing a PostgreSQL store).
     */
    static void lock(EntityManager em) {
        em.createNativeQuery("UPDATE NHI_COUNTER SET COUNTER_VALUE = COUNTER_VALUE WHERE COUNTER_NAME = ?1")
            .setParameter(1, COUNTER).executeUpdate();
    }

    /** @throws NhiException {@code UNKNOWN_REQUEST} if no request has this reference */
    static PrivacyRequestEntity require(EntityManager em, String ref) {
        PrivacyRequestEntity e = em.find(PrivacyRequestEntity.class, ref);
        if (e == null) {
            throw new NhiException(UNKNOWN_REQUEST, "request reference " + ref
                + " is not registered in this tenant (nhi:privacy-requests lists them)");
        }
        return e;
    }

    /**
     * Appends a step with the next id of the register's counter.
     *
     * @return the step
     */
    static PrivacyRequestAction append(EntityManager em, String ref, PrivacyRequestActionKind kind, String detail,
            String staffId, LocalDateTime now) {
        long id = PrivacyInputs.nextCounter(em, COUNTER);
        PrivacyRequestActionEntity a = new PrivacyRequestActionEntity();
        a.setActionId(id);
        a.setRequestRef(ref);
        a.setAction(kind.name());
        a.setDetail(detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail);
        a.setStaffId(staffId);
        a.setRecordedAt(now);
        em.persist(a);
        return toApi(a);
    }

    /**
     * Records a step taken under an open request in a transaction of its own, together with the operation's log
     * entry; the request moves to in progress.
     *
     * @param store the tenant's store
     * @param guard the guard of the operation in progress
     * @param ref the request
     * @param kind the kind the request must be
     * @param action what was done
     * @param detail what it concerned
     * @param at when
     */
    static void recordStep(TenantStore store, AccessGuard guard, String ref, PrivacyRequestKind kind,
            PrivacyRequestActionKind action, String detail, Instant at) {
        String staff = Caller.current().staffId();
        store.inTransactionDo(em -> {
            lock(em);
            PrivacyRequestEntity e = requireOpen(em, ref, kind);
            append(em, ref, action, detail, staff, PrivacyInputs.utc(at));
            started(e);
            guard.sealInTransaction(em);
        });
    }

    /** Moves a received request to in progress after its first step. */
    static void started(PrivacyRequestEntity e) {
        if (PrivacyRequestStatus.RECEIVED.name().equals(e.getStatus())) {
            e.setStatus(PrivacyRequestStatus.IN_PROGRESS.name());
        }
    }

    static PrivacyRequest toApi(String tenantCode, PrivacyRequestEntity e) {
        return new PrivacyRequest(tenantCode, e.getRequestRef(), PrivacyRequestKind.valueOf(e.getKind()),
            e.getAtenaNo(), e.getReceivedOn(), RequesterRelation.valueOf(e.getRequesterRelation()),
            PrivacyRequestStatus.valueOf(e.getStatus()), e.getRegisteredBy(), e.getRegisteredAt().toInstant(
                ZoneOffset.UTC), e.getOutcome() == null ? null : PrivacyRequestOutcome.valueOf(e.getOutcome()),
            e.getClosedBy(), e.getClosedAt() == null ? null : e.getClosedAt().toInstant(ZoneOffset.UTC),
            e.getClosingNote());
    }

    static PrivacyRequestAction toApi(PrivacyRequestActionEntity a) {
        return new PrivacyRequestAction(a.getActionId(), a.getRequestRef(), PrivacyRequestActionKind.valueOf(
            a.getAction()), a.getDetail(), a.getStaffId(), a.getRecordedAt().toInstant(ZoneOffset.UTC));
    }
}
