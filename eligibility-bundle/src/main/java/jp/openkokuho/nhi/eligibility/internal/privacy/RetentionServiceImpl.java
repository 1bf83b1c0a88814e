package jp.openkokuho.nhi.eligibility.internal.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.openkokuho.nhi.api.privacy.PurgeResult;
import jp.openkokuho.nhi.api.privacy.PurgedRecords;
import jp.openkokuho.nhi.api.privacy.RetainedRecordKind;
import jp.openkokuho.nhi.api.privacy.RetentionService;
import jp.openkokuho.nhi.eligibility.internal.security.AccessGuard;
import jp.openkokuho.nhi.eligibility.internal.security.Operation;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantRegistry;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/**
 * {@link RetentionService}: per kind, the records whose time of record lies before {@code now − retention years}
 * are counted, deleted and logged in NHI_PURGE_LOG in one transaction. Optionally runs for every tenant on a
 * schedule ({@code purge.interval.hours}); otherwise an administrator runs {@code nhi:purge}.
 *
 * <p>What "past retention" means per kind:
 * <ul>
 * <li>移転記録: ATTEMPTED_AT before the cutoff.</li>
 * <li>finished deliveries: DELIVERED or DEAD, CREATED_AT before the cutoff (pending ones are never deleted).</li>
 * <li>在留資格: IMPORTED_AT before the cutoff and a newer row exists for the same person (the person's latest
 * status is kept while it is the latest).</li>
 * <li>取込記録: IMPORTED_AT before the cutoff.</li>
 * </ul>
 */
@Component(service = RetentionService.class, configurationPid = RetentionServiceImpl.PID, immediate = true)
@Designate(ocd = RetentionServiceImpl.Config.class)
public class RetentionServiceImpl implements RetentionService {
    /** Configuration PID. */
    public static final String PID = "jp.openkokuho.nhi.retention";
    private static final Logger LOG = LoggerFactory.getLogger(RetentionServiceImpl.class);

    /** Retention periods and the schedule. */
    @ObjectClassDefinition(name = "NHI retention (保管期間)",
            description = "Years each kind of record is kept before the purge deletes it")
    public @interface Config {
        /** @return years for 移転記録 */
        @AttributeDefinition(name = "移転記録（情報提供等記録） (years)", description = "At least 7 (番号法第23条)")
        int transfer_record_years() default 7;

        /** @return years for finished deliveries */
        @AttributeDefinition(name = "送信済み連携 (years)", description = "At least 7")
        int delivery_years() default 7;

        /** @return years for superseded residence status rows */
        @AttributeDefinition(name = "在留資格 (years)", description = "At least 1")
        int residence_status_years() default 5;

        /** @return years for the import log */
        @AttributeDefinition(name = "取込記録 (years)", description = "At least 1")
        int import_log_years() default 7;

        /** @return years for closed privacy requests, from their closing */
        @AttributeDefinition(name = "開示・訂正・利用停止請求の記録 (years)", description = "At least 1")
        int privacy_request_years() default 5;

        /** @return years for inquiry threads, from their last record */
        @AttributeDefinition(name = "問合せ記録 (years)", description = "At least 1")
        int inquiry_years() default 5;

        /** @return hours between scheduled purges of every tenant; 0 = only on command */
        @AttributeDefinition(name = "Purge interval (hours)", description = "0: purge only with nhi:purge")
        int purge_interval_hours() default 0;
    }

    /**
     * Retention periods, validated.
     *
     * @param years years per kind; every kind present and at least its minimum
     */
    public record Periods(Map<RetainedRecordKind, Integer> years) {
        /**
         * @throws IllegalArgumentException naming the kind if a period is missing or shorter than its minimum
         */
        public Periods {
            Map<RetainedRecordKind, Integer> copy = new EnumMap<>(RetainedRecordKind.class);
            for (RetainedRecordKind k : RetainedRecordKind.values()) {
                Integer y = years.get(k);
                if (y == null || y < k.minimumYears()) {
                    throw new IllegalArgumentException("retention of " + k + " (" + k.japaneseName() + ") must be at "
                        + "least " + k.minimumYears() + " years; configured: " + y);
                }
                copy.put(k, y);
            }
            years = Map.copyOf(copy);
        }

        static Periods of(Config c) {
            return new Periods(Map.of(RetainedRecordKind.TRANSFER_RECORD, c.transfer_record_years(),
                RetainedRecordKind.DELIVERY, c.delivery_years(),
                RetainedRecordKind.RESIDENCE_STATUS, c.residence_status_years(),
                RetainedRecordKind.IMPORT_LOG, c.import_log_years(),
                RetainedRecordKind.PRIVACY_REQUEST, c.privacy_request_years(),
                RetainedRecordKind.INQUIRY, c.inquiry_years()));
        }
    }

    /** Table, time column and the extra condition of each kind. */
    private static final Map<RetainedRecordKind, String[]> SQL = Map.of(
        RetainedRecordKind.TRANSFER_RECORD, new String[] {"NHI_TRANSFER_RECORD", "ATTEMPTED_AT", ""},
        RetainedRecordKind.DELIVERY, new String[] {"NHI_DELIVERY", "CREATED_AT", " AND t.STATUS IN ('DELIVERED', 'DEAD')"},
        RetainedRecordKind.RESIDENCE_STATUS, new String[] {"NHI_RESIDENCE_STATUS", "IMPORTED_AT",
            " AND EXISTS (SELECT 1 FROM NHI_RESIDENCE_STATUS n WHERE n.ATENA_NO = t.ATENA_NO AND n.SEQ > t.SEQ)"},
        RetainedRecordKind.IMPORT_LOG, new String[] {"NHI_IMPORT_LOG", "IMPORTED_AT", ""},
        // CLOSED_AT < cutoff: open requests (no closing time) are never deleted
        RetainedRecordKind.PRIVACY_REQUEST, new String[] {"NHI_PRIVACY_REQUEST", "CLOSED_AT", ""},
        // a thread goes only when its last record is past retention, so a follow-up never loses its first record
        RetainedRecordKind.INQUIRY, new String[] {"NHI_INQUIRY", "RECORDED_AT", " AND NOT EXISTS (SELECT 1 FROM"
            + " NHI_INQUIRY n WHERE COALESCE(n.FOLLOWS_UP, n.INQUIRY_ID) = COALESCE(t.FOLLOWS_UP, t.INQUIRY_ID)"
            + " AND n.RECORDED_AT >= ?1)"});

    /**
     * Rows that must go before a kind's own rows (they refer to them); deleted in the same transaction and not
     * counted separately: a request's steps are part of the request, an inquiry thread's follow-ups are counted as
     * the kind's records (they are rows of the same table).
     */
    private static final Map<RetainedRecordKind, String> BEFORE = Map.of(
        RetainedRecordKind.PRIVACY_REQUEST, "DELETE FROM NHI_PRIVACY_REQUEST_ACTION WHERE REQUEST_REF IN (SELECT"
            + " t.REQUEST_REF FROM NHI_PRIVACY_REQUEST t WHERE t.CLOSED_AT < ?1)",
        RetainedRecordKind.INQUIRY, "DELETE FROM NHI_INQUIRY t WHERE t.FOLLOWS_UP IS NOT NULL AND t.RECORDED_AT < ?1"
            + " AND NOT EXISTS (SELECT 1 FROM NHI_INQUIRY n WHERE COALESCE(n.FOLLOWS_UP, n.INQUIRY_ID) ="
            + " COALESCE(t.FOLLOWS_UP, t.INQUIRY_ID) AND n.RECORDED_AT >= ?1)");

    private final TenantRegistry tenants;
    private final Periods periods;
    private final AccessGuard guard;
    private final Clock clock;
    /** The schedule of the OSGi component, if configured; set by the activating constructor only. */
    private ScheduledExecutorService schedule;

    /**
     * @param tenants the open tenant stores
     * @param guard authorises and logs every operation
     * @param config periods and schedule
     * @throws IllegalArgumentException if a period is shorter than its kind's minimum (the component does not start)
     */
    @Activate
    public RetentionServiceImpl(@Reference TenantRegistry tenants, @Reference AccessGuard guard, Config config) {
        this(tenants, guard, Periods.of(config), Clock.systemUTC());
        if (config.purge_interval_hours() > 0) {
            long h = config.purge_interval_hours();
            ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "nhi-purge");
                t.setDaemon(true);
                return t;
            });
            s.scheduleWithFixedDelay(this::purgeAll, h, h, TimeUnit.HOURS);
            schedule = s;
        }
    }

    /**
     * @param tenants the open tenant stores
     * @param guard authorises and logs every operation
     * @param periods retention periods
     * @param clock time source (tests simulate years with it)
     */
    public RetentionServiceImpl(TenantRegistry tenants, AccessGuard guard, Periods periods, Clock clock) {
        this.tenants = tenants;
        this.guard = guard;
        this.periods = periods;
        this.clock = clock;
    }

    @Deactivate
    void deactivate() {
        if (schedule != null) {
            schedule.shutdownNow();
        }
    }

    /** The scheduled run: the platform purges every tenant as the system principal {@code system:retention}. */
    void purgeAll() {
        for (TenantStore store : tenants.stores()) {
            String code = store.tenant().code();
            try {
                AccessGuard.runAsSystem("retention", () -> guard.call(code, Operation.RETENTION_PURGE_SCHEDULED, null,
                    () -> purged(code, false)));
            } catch (RuntimeException e) {
                LOG.error("Tenant {}: scheduled purge failed, retried at the next interval: {}", store.tenant().code(),
                    e.toString());
            }
        }
    }

    @Override
    public PurgeResult purge(String tenantCode, boolean dryRun) {
        // one entry for the whole purge, written after it: each kind is deleted in a transaction of its own
        return guard.call(tenantCode, Operation.RETENTION_PURGE, null, () -> purged(tenantCode, dryRun));
    }

    private PurgeResult purged(String tenantCode, boolean dryRun) {
        TenantStore store = tenants.store(tenantCode);
        Instant now = clock.instant();
        List<PurgedRecords> out = new ArrayList<>();
        for (RetainedRecordKind kind : RetainedRecordKind.values()) {
            int years = periods.years().get(kind);
            LocalDateTime cutoff = PrivacyInputs.utc(now).minusYears(years);
            PurgedRecords r = dryRun ? store.read(em -> measure(em, kind, years, cutoff))
                : store.inTransaction(em -> delete(em, kind, years, cutoff, now));
            out.add(r);
            if (!dryRun && r.count() > 0) {
                LOG.info("Tenant {}: purged {} {} records kept over {} years (recorded {} to {})", tenantCode,
                    r.count(), kind, years, r.oldest(), r.newest());
            }
        }
        return new PurgeResult(tenantCode, dryRun, now, out);
    }

    private static PurgedRecords measure(EntityManager em, RetainedRecordKind kind, int years, LocalDateTime cutoff) {
        String[] s = SQL.get(kind);
        Object[] row = (Object[]) em.createNativeQuery("SELECT COUNT(*), MIN(t." + s[1] + "), MAX(t." + s[1] + ") FROM "
            + s[0] + " t WHERE t." + s[1] + " < ?1" + s[2]).setParameter(1, Timestamp.valueOf(cutoff))
            .getSingleResult();
        return new PurgedRecords(kind, years, cutoff.toInstant(ZoneOffset.UTC), ((Number) row[0]).longValue(),
            PrivacyInputs.instant(row[1]), PrivacyInputs.instant(row[2]));
    }

    private static PurgedRecords delete(EntityManager em, RetainedRecordKind kind, int years, LocalDateTime cutoff,
            Instant now) {
        PurgedRecords r = measure(em, kind, years, cutoff);
        if (r.count() == 0) {
            return r;
        }
        String[] s = SQL.get(kind);
        int deleted = 0;
        String before = BEFORE.get(kind);
        if (before != null) {
            int rows = em.createNativeQuery(before).setParameter(1, Timestamp.valueOf(cutoff)).executeUpdate();
            deleted += kind == RetainedRecordKind.INQUIRY ? rows : 0;
        }
        deleted += em.createNativeQuery("DELETE FROM " + s[0] + " t WHERE t." + s[1] + " < ?1" + s[2])
            .setParameter(1, Timestamp.valueOf(cutoff)).executeUpdate();
        if (deleted != r.count()) {
            // the count and the delete ran in one transaction; a difference means a concurrent writer: roll back
            throw new IllegalStateException("purge of " + kind + " counted " + r.count() + " but deleted " + deleted);
        }
        long id = PrivacyInputs.nextCounter(em, "purge_log");
        em.createNativeQuery("INSERT INTO NHI_PURGE_LOG (PURGE_ID, KIND, RETENTION_YEARS, CUTOFF, RECORDS, OLDEST,"
            + " NEWEST, PURGED_AT) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)").setParameter(1, id)
            .setParameter(2, kind.name()).setParameter(3, years).setParameter(4, Timestamp.valueOf(cutoff))
            .setParameter(5, r.count()).setParameter(6, Timestamp.valueOf(PrivacyInputs.utc(r.oldest())))
            .setParameter(7, Timestamp.valueOf(PrivacyInputs.utc(r.newest())))
            .setParameter(8, Timestamp.valueOf(PrivacyInputs.utc(now))).executeUpdate();
        return r;
    }

    @Override
    public List<PurgedRecords> purgeLog(String tenantCode) {
        return guard.call(tenantCode, Operation.RETENTION_LOG, null, () -> purgeRecords(tenantCode));
    }

    private List<PurgedRecords> purgeRecords(String tenantCode) {
        TenantStore store = tenants.store(tenantCode);
        List<?> rows = store.read(em -> em.createNativeQuery("SELECT KIND, RETENTION_YEARS, CUTOFF, RECORDS, OLDEST,"
            + " NEWEST FROM NHI_PURGE_LOG ORDER BY PURGE_ID").getResultList());
        List<PurgedRecords> out = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            out.add(new PurgedRecords(RetainedRecordKind.valueOf((String) r[0]), ((Number) r[1]).intValue(),
                PrivacyInputs.instant(r[2]), ((Number) r[3]).longValue(), PrivacyInputs.instant(r[4]),
                PrivacyInputs.instant(r[5])));
        }
        return out;
    }
}
