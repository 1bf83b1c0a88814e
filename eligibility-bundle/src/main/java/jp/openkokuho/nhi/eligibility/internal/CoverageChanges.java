package jp.openkokuho.nhi.eligibility.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import jp.openkokuho.nhi.api.eligibility.ChangeKind;
import jp.openkokuho.nhi.api.tenant.Tenant;
import jp.openkokuho.nhi.api.transfer.ChangeItems;
import jp.openkokuho.nhi.api.transfer.ChangeTypes;
import jp.openkokuho.nhi.api.transfer.EligibilityChange;
import jp.openkokuho.nhi.eligibility.internal.delivery.PayloadCodec;
import jp.openkokuho.nhi.eligibility.internal.store.CoverageVersionEntity;
import jp.openkokuho.nhi.eligibility.internal.store.DeliveryEntity;
import jp.openkokuho.nhi.eligibility.internal.store.OutboxEventEntity;

/**
 * How a new coverage version (資格異動) is recorded, shared by the staff operations of {@link EligibilityServiceImpl}
 * and the file import of {@link QualificationChangeImport}: the version's bookkeeping, its outbox event and one
 * delivery row per destination of the tenant, all written in the transaction that writes the version. The callers
 * persist the objects built here (one by one through JPA, or in JDBC batches), so both paths produce identical rows.
 */
final class CoverageChanges {
    private CoverageChanges() {
    }

    /** Takes the tenant's outbox counter under a row lock that is held until this transaction ends. */
    static long nextOutboxSequence(EntityManager em) {
        return advanceCounter(em, "outbox", 1);
    }

    /**
     * Adds to a counter of NHI_COUNTER under its row lock (held until the transaction ends) and returns its new value;
     * {@code by = 0} only takes the lock.
     */
    static long advanceCounter(EntityManager em, String counter, long by) {
        em.createNativeQuery("UPDATE NHI_COUNTER SET COUNTER_VALUE = COUNTER_VALUE + ? WHERE COUNTER_NAME = ?")
            .setParameter(1, by).setParameter(2, counter).executeUpdate();
        Object v = em.createNativeQuery("SELECT COUNTER_VALUE FROM NHI_COUNTER WHERE COUNTER_NAME = ?")
            .setParameter(1, counter).getSingleResult();
        return ((Number) v).longValue();
    }

    /** All versions of a person, oldest first. */
    static List<CoverageVersionEntity> history(EntityManager em, String atenaNo) {
        return em.createQuery("SELECT v FROM CoverageVersionEntity v WHERE v.atenaNo = :a ORDER BY v.historySeq",
            CoverageVersionEntity.class).setParameter("a", atenaNo).getResultList();
    }

    /** The latest non-deleted version of each coverage period, oldest period first. */
    static List<CoverageVersionEntity> latestPerPeriod(List<CoverageVersionEntity> history) {
        Map<Integer, CoverageVersionEntity> latest = new LinkedHashMap<>();
        for (CoverageVersionEntity v : history) {
            latest.merge(v.getPeriodSeq(), v, (a, b) -> b.getHistorySeq() > a.getHistorySeq() ? b : a);
        }
        List<CoverageVersionEntity> out = new ArrayList<>();
        for (CoverageVersionEntity v : latest.values()) {
            if (!v.isDeleted()) {
                out.add(v);
            }
        }
        out.sort(Comparator.comparing(CoverageVersionEntity::getCoverageStartDate));
        return out;
    }

    /** Sets the bookkeeping fields of a new version. */
    static void stamp(CoverageVersionEntity v, int historySeq, LocalDate processedOn, LocalDateTime now,
            String eventId) {
        v.setHistorySeq(historySeq);
        v.setProcessedOn(processedOn);
        v.setRecordedAt(now);
        v.setEventId(eventId);
    }

    /** @return {@code true} if the version records an acquisition (no loss yet) */
    static boolean isAcquisition(CoverageVersionEntity v) {
        return ChangeKind.ACQUIRED.name().equals(v.getChangeKind());
    }

    /** The outbox event of a stamped version. */
    static OutboxEventEntity outboxEvent(Tenant tenant, CoverageVersionEntity v, long seq, LocalDateTime now) {
        OutboxEventEntity e = new OutboxEventEntity();
        e.setSeq(seq);
        e.setEventId(v.getEventId());
        e.setSubjectKey(v.getAtenaNo());
        e.setSubjectSeq(v.getHistorySeq());
        e.setChangeType(isAcquisition(v) ? ChangeTypes.ACQUIRED : ChangeTypes.LOST);
        e.setSchemaVersion(EligibilityChange.SCHEMA_VERSION);
        e.setPayload(PayloadCodec.encode(items(tenant, v)));
        e.setRecordedAt(now);
        return e;
    }

    /** One pending delivery per destination the tenant uses now. */
    static List<DeliveryEntity> deliveries(Tenant tenant, CoverageVersionEntity v, long seq, LocalDateTime now) {
        List<DeliveryEntity> out = new ArrayList<>(tenant.destinations().size());
        for (String destination : tenant.destinations()) {
            DeliveryEntity d = new DeliveryEntity();
            d.setEventSeq(seq);
            d.setDestinationId(destination);
            d.setSubjectKey(v.getAtenaNo());
            d.setSubjectSeq(v.getHistorySeq());
            d.setStatus(DeliveryEntity.PENDING);
            d.setAttempts(0);
            d.setNextAttemptAt(now);
            d.setCreatedAt(now);
            out.add(d);
        }
        return out;
    }

    /** The items a destination receives for a version (filtered later by each destination's transfer policy). */
    static Map<String, String> items(Tenant tenant, CoverageVersionEntity v) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(ChangeItems.ATENA_NO, v.getAtenaNo());
        m.put(ChangeItems.NHI_HOUSEHOLD_NO, v.getNhiHouseholdNo());
        m.put(ChangeItems.RELATIONSHIP_TYPE, v.getRelationshipType());
        m.put(ChangeItems.HISTORY_SEQ, Integer.toString(v.getHistorySeq()));
        m.put(ChangeItems.INSURER_NO, tenant.insurerNumber());
        m.put(ChangeItems.COVERAGE_START_DATE, v.getCoverageStartDate().toString());
        m.put(ChangeItems.COVERAGE_START_REASON, v.getCoverageStartReason());
        m.put(ChangeItems.START_NOTIFIED_DATE, v.getStartNotifiedDate().toString());
        if (v.getCoverageEndDate() != null) {
            m.put(ChangeItems.COVERAGE_END_DATE, v.getCoverageEndDate().toString());
            m.put(ChangeItems.COVERAGE_END_REASON, v.getCoverageEndReason());
            m.put(ChangeItems.END_NOTIFIED_DATE, v.getEndNotifiedDate().toString());
        }
        m.put(ChangeItems.PROCESSED_ON, v.getProcessedOn().toString());
        return m;
    }
}
