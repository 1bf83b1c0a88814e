package jp.openkokuho.nhi.eligibility.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jp.openkokuho.nhi.api.eligibility.AcquisitionReason;
import jp.openkokuho.nhi.api.eligibility.AcquisitionRequest;
import jp.openkokuho.nhi.api.eligibility.ChangeKind;
import jp.openkokuho.nhi.api.eligibility.ConcurrentChangeException;
import jp.openkokuho.nhi.api.eligibility.CorrectionRequest;
import jp.openkokuho.nhi.api.eligibility.CoveragePeriod;
import jp.openkokuho.nhi.api.eligibility.CoverageVersion;
import jp.openkokuho.nhi.api.eligibility.EligibilityService;
import jp.openkokuho.nhi.api.eligibility.EligibilityStatus;
import jp.openkokuho.nhi.api.eligibility.LossReason;
import jp.openkokuho.nhi.api.eligibility.LossRequest;
import jp.openkokuho.nhi.api.eligibility.RecordedChange;
import jp.openkokuho.nhi.api.eligibility.RelationshipType;
import jp.openkokuho.nhi.api.eligibility.RetireeRequest;
import jp.openkokuho.nhi.api.eligibility.RuleViolationException;
import jp.openkokuho.nhi.api.tenant.Tenant;
import jp.openkokuho.nhi.eligibility.internal.delivery.OutboxSignal;
import jp.openkokuho.nhi.eligibility.internal.household.HouseholdLedger;
import jp.openkokuho.nhi.eligibility.internal.rules.AcquisitionDateRule;
import jp.openkokuho.nhi.eligibility.internal.rules.LossDateRule;
import jp.openkokuho.nhi.eligibility.internal.rules.NotificationDeadlineRule;
import jp.openkokuho.nhi.eligibility.internal.rules.RetireeRule;
import jp.openkokuho.nhi.eligibility.internal.rules.RuleParametersRegistry;
import jp.openkokuho.nhi.eligibility.internal.security.AccessGuard;
import jp.openkokuho.nhi.eligibility.internal.security.Operation;
import jp.openkokuho.nhi.eligibility.internal.store.CoverageVersionEntity;
import jp.openkokuho.nhi.eligibility.internal.store.PersonEntity;
import jp.openkokuho.nhi.eligibility.internal.store.RetireeVersionEntity;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantRegistry;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/**
 * {@link EligibilityService} over the tenant stores. Every write runs in one transaction of the tenant's store that
 * first takes the tenant's outbox counter row lock, then reads the person's history, checks the rules, and appends
 * the new version, its outbox event and one delivery row per destination. Taking the counter first serialises the
 * tenant's writers, so rule checks always see the latest committed history and the outbox sequence is the commit
 * order.
 *
 * <p>Besides the date rules (R2, R3, R4) every write checks, inside the transaction, that the person is registered
 * (R1), that the reason fits the person (R2, R3), the residence status (R13, with the tenant's code table), that one
 * person has one coverage period at a time (R1), and keeps the 国保世帯 membership and head (R21) with the coverage.
 * <p>Every method goes through the {@link AccessGuard}: the caller must be a clerk or supervisor of the tenant, and
 * each call leaves one operation log entry (a write's entry commits in the write's transaction).
 */
@Component(service = EligibilityService.class)
public class EligibilityServiceImpl implements EligibilityService {
    /** Business dates (処理日, "today" for the rules) are dates in Japan. */
    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final String DIGITS_15 = "[0-9]{1,15}";

    private final TenantRegistry tenants;
    private final OutboxSignal signal;
    private final RuleParametersRegistry rules;
    private final AccessGuard guard;
    private final Clock clock;

    /**
     * @param tenants the open tenant stores
     * @param signal told after each commit
     * @param rules per-tenant rule parameters
     * @param guard authorises and logs every operation
     */
    @Activate
    public EligibilityServiceImpl(@Reference TenantRegistry tenants, @Reference OutboxSignal signal,
            @Reference RuleParametersRegistry rules, @Reference AccessGuard guard) {
        this(tenants, signal, rules, guard, Clock.system(JAPAN));
    }

    /**
     * A service whose tenants all use the default rule parameters (a static factory, not a constructor: SCR picks
     * the component's constructor by its number of parameters, and this would be a second one of four).
     *
     * @param tenants the open tenant stores
     * @param signal told after each commit
     * @param guard authorises and logs every operation
     * @param clock time source (zone = Japan)
     * @return the service
     */
    public static EligibilityServiceImpl withDefaultRules(TenantRegistry tenants, OutboxSignal signal,
            AccessGuard guard, Clock clock) {
        return new EligibilityServiceImpl(tenants, signal, new RuleParametersRegistry(), guard, clock);
    }

    /**
     * @param tenants the open tenant stores
     * @param signal told after each commit
     * @param rules per-tenant rule parameters
     * @param guard authorises and logs every operation
     * @param clock time source (zone = Japan)
     */
    public EligibilityServiceImpl(TenantRegistry tenants, OutboxSignal signal, RuleParametersRegistry rules,
            AccessGuard guard, Clock clock) {
        this.tenants = tenants;
        this.signal = signal;
        this.rules = rules;
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    public RecordedChange recordAcquisition(String tenantCode, AcquisitionRequest r) {
        return guard.call(tenantCode, Operation.ELIGIBILITY_ACQUIRE, r == null ? null : r.atenaNo(),
            () -> acquire(tenantCode, r));
    }

    private RecordedChange acquire(String tenantCode, AcquisitionRequest r) {
        TenantStore store = tenants.store(tenantCode);
        require(r != null, "INPUT", "no acquisition given");
        String atenaNo = requireDigits(r.atenaNo(), "宛名番号");
        String householdNo = requireDigits(r.nhiHouseholdNo(), "国保世帯番号");
        require(r.relationship() != null, "INPUT", "続柄区分 is missing");
        require(r.reason() != null, "INPUT", "適用開始事由 is missing");
        LocalDate today = LocalDate.now(clock);
        checkDates(r.eventDate(), r.notifiedDate(), today, false);
        LocalDate acquisitionDate = AcquisitionDateRule.acquisitionDate(r.reason(), r.eventDate());
        boolean late = NotificationDeadlineRule.isLate(r.eventDate(), r.notifiedDate());

        RecordedChange done = write(store, atenaNo, (em, history) -> {
            RecordingRules.checkAcquisition(em, rules.forTenant(tenantCode), atenaNo, r, acquisitionDate);
            for (CoverageVersionEntity p : latestPerPeriod(history)) {
                if (p.getCoverageEndDate() == null || p.getCoverageEndDate().isAfter(acquisitionDate)) {
                    throw new RuleViolationException("R1", "宛名番号 " + atenaNo + ": acquisition on "
                        + acquisitionDate + " overlaps the coverage period from " + p.getCoverageStartDate()
                        + (p.getCoverageEndDate() == null ? " (open)" : " to " + p.getCoverageEndDate())
                        + "; one person has one coverage period at a time (R1)");
                }
            }
            CoverageVersionEntity v = new CoverageVersionEntity();
            v.setAtenaNo(atenaNo);
            v.setPeriodSeq(history.stream().mapToInt(CoverageVersionEntity::getPeriodSeq).max().orElse(0) + 1);
            v.setChangeKind(ChangeKind.ACQUIRED.name());
            v.setNhiHouseholdNo(householdNo);
            v.setRelationshipType(r.relationship().name());
            v.setCoverageStartDate(acquisitionDate);
            v.setCoverageStartReason(r.reason().name());
            v.setStartEventDate(r.eventDate());
            v.setStartNotifiedDate(r.notifiedDate());
            v.setStartLate(late);
            HouseholdLedger.join(em, householdNo, atenaNo, r.relationship(), acquisitionDate, now());
            return v;
        });
        return done;
    }

    @Override
    public int recordRetireeStatus(String tenantCode, RetireeRequest r) {
        return guard.call(tenantCode, Operation.ELIGIBILITY_RETIREE, r == null ? null : r.atenaNo(),
            () -> retiree(tenantCode, r));
    }

    private int retiree(String tenantCode, RetireeRequest r) {
        TenantStore store = tenants.store(tenantCode);
        require(r != null, "INPUT", "no retiree period given");
        String atenaNo = requireDigits(r.atenaNo(), "宛名番号");
        require(r.notifiedDate() != null, "INPUT", "届出日 is missing");
        require(!r.notifiedDate().isAfter(LocalDate.now(clock)), "INPUT", "届出日 " + r.notifiedDate()
            + " is in the future");
        return store.inTransaction(em -> {
            PersonEntity person = PersonServiceImpl.require(em, atenaNo);
            RetireeRule.check(r.retireeFromDate(), r.retireeToDate(), person.getBirthDate(),
                rules.forTenant(tenantCode).parameters());
            boolean insured = latestPerPeriod(history(em, atenaNo)).stream().map(EligibilityServiceImpl::toPeriod)
                .anyMatch(p -> p.covers(r.retireeFromDate()));
            require(insured, RetireeRule.RULE, "宛名番号 " + atenaNo + " was not NHI insured on the 該当年月日 "
                + r.retireeFromDate());
            Integer last = em.createQuery("SELECT MAX(v.seq) FROM RetireeVersionEntity v WHERE v.atenaNo = :a",
                Integer.class).setParameter("a", atenaNo).getSingleResult();
            RetireeVersionEntity v = new RetireeVersionEntity();
            v.setId(UUID.randomUUID().toString());
            v.setAtenaNo(atenaNo);
            v.setSeq(last == null ? 1 : last + 1);
            v.setRetireeFromDate(r.retireeFromDate());
            v.setRetireeToDate(r.retireeToDate());
            v.setNotifiedDate(r.notifiedDate());
            v.setRecordedAt(now());
            em.persist(v);
            em.flush();
            // the log entry commits with the change, or neither does
            guard.sealInTransaction(em);
            return v.getSeq();
        });
    }

    @Override
    public RecordedChange recordLoss(String tenantCode, LossRequest r) {
        return guard.call(tenantCode, Operation.ELIGIBILITY_LOSE, r == null ? null : r.atenaNo(),
            () -> lose(tenantCode, r));
    }

    private RecordedChange lose(String tenantCode, LossRequest r) {
        TenantStore store = tenants.store(tenantCode);
        require(r != null, "INPUT", "no loss given");
        String atenaNo = requireDigits(r.atenaNo(), "宛名番号");
        require(r.reason() != null, "INPUT", "適用終了事由 is missing");
        LocalDate today = LocalDate.now(clock);
        boolean advanceNotice = r.reason() == LossReason.MOVE_OUT || r.reason() == LossReason.MOVE_OUT_ABROAD;
        checkDates(r.eventDate(), r.notifiedDate(), today, advanceNotice);
        LocalDate lossDate = LossDateRule.lossDate(r.reason(), r.eventDate());
        boolean late = NotificationDeadlineRule.isLate(r.eventDate(), r.notifiedDate());

        return write(store, atenaNo, (em, history) -> {
            RecordingRules.checkLoss(em, atenaNo, r);
            if (history.isEmpty()) {
                throw new RuleViolationException("SUBJECT_UNKNOWN", "宛名番号 " + atenaNo
                    + " has no NHI history in tenant " + tenantCode);
            }
            CoverageVersionEntity open = latestPerPeriod(history).stream()
                .filter(p -> p.getCoverageEndDate() == null).findFirst()
                .orElseThrow(() -> new RuleViolationException(LossDateRule.RULE, "宛名番号 " + atenaNo
                    + " has no open coverage period to end"));
            if (!lossDate.isAfter(open.getCoverageStartDate())) {
                throw new RuleViolationException(LossDateRule.RULE, "宛名番号 " + atenaNo + ": loss date "
                    + lossDate + " (" + r.reason().label() + ", event " + r.eventDate()
                    + ") is not after the acquisition date " + open.getCoverageStartDate());
            }
            CoverageVersionEntity v = open.copy();
            v.setChangeKind(ChangeKind.LOST.name());
            v.setCoverageEndDate(lossDate);
            v.setCoverageEndReason(r.reason().name());
            v.setEndEventDate(r.eventDate());
            v.setEndNotifiedDate(r.notifiedDate());
            v.setEndLate(late);
            HouseholdLedger.leave(em, v.getNhiHouseholdNo(), atenaNo, lossDate, now());
            return v;
        });
    }

    @Override
    public RecordedChange recordCorrection(String tenantCode, CorrectionRequest r) {
        return guard.call(tenantCode, Operation.ELIGIBILITY_CORRECT, r == null ? null : r.atenaNo(),
            () -> correct(tenantCode, r));
    }

    private RecordedChange correct(String tenantCode, CorrectionRequest r) {
        TenantStore store = tenants.store(tenantCode);
        require(r != null, "INPUT", "no correction given");
        String atenaNo = requireDigits(r.atenaNo(), "宛名番号");
        require(r.periodStartDate() != null, "INPUT", "the 適用開始年月日 of the period to correct is missing");
        require(r.correctedStartDate() != null || r.correctedEndDate() != null, "INPUT",
            "neither a corrected 適用開始年月日 nor a corrected 適用終了年月日 is given");
        String ref = r.reference();
        require(ref != null && !ref.isBlank() && ref.length() <= 64 && ref.codePoints().noneMatch(Character::isISOControl),
            "INPUT", "the correction reference (訂正の根拠) must be 1 to 64 characters without control characters");
        LocalDate today = LocalDate.now(clock);
        return write(store, atenaNo, (em, history) -> {
            List<CoverageVersionEntity> periods = latestPerPeriod(history);
            CoverageVersionEntity current = periods.stream()
                .filter(p -> p.getCoverageStartDate().equals(r.periodStartDate())).findFirst()
                .orElseThrow(() -> new RuleViolationException("SUBJECT_UNKNOWN", "宛名番号 " + atenaNo
                    + " has no coverage period starting on " + r.periodStartDate() + " in tenant " + tenantCode));
            LocalDate start = r.correctedStartDate() != null ? r.correctedStartDate() : current.getCoverageStartDate();
            LocalDate end = r.correctedEndDate() != null ? r.correctedEndDate() : current.getCoverageEndDate();
            if (r.correctedEndDate() != null && current.getCoverageEndDate() == null) {
                throw new RuleViolationException(LossDateRule.RULE, "宛名番号 " + atenaNo + ": the period from "
                    + current.getCoverageStartDate() + " is open; record the loss instead of correcting its end");
            }
            require(!start.equals(current.getCoverageStartDate()) || !Objects.equals(end, current.getCoverageEndDate()),
                "INPUT", "宛名番号 " + atenaNo + ": the correction changes nothing in the period from "
                    + current.getCoverageStartDate());
            require(!start.isAfter(today), "INPUT", "the corrected 適用開始年月日 " + start + " is in the future");
            require(end == null || end.isAfter(start), LossDateRule.RULE, "宛名番号 " + atenaNo
                + ": the corrected loss date " + end + " is not after the acquisition date " + start);
            for (CoverageVersionEntity p : periods) {
                boolean overlaps = p.getPeriodSeq() != current.getPeriodSeq()
                    && (p.getCoverageEndDate() == null || p.getCoverageEndDate().isAfter(start))
                    && (end == null || end.isAfter(p.getCoverageStartDate()));
                if (overlaps) {
                    throw new RuleViolationException("R1", "宛名番号 " + atenaNo + ": the corrected period " + start
                        + (end == null ? " (open)" : " to " + end) + " overlaps the coverage period from "
                        + p.getCoverageStartDate() + (p.getCoverageEndDate() == null ? " (open)"
                        : " to " + p.getCoverageEndDate()) + "; one person has one coverage period at a time (R1)");
                }
            }
            CoverageVersionEntity v = current.copy();
            v.setChangeKind(current.getChangeKind());
            v.setCoverageStartDate(start);
            v.setCoverageEndDate(end);
            v.setCorrectionRef(ref);
            return v;
        });
    }

    @Override
    public EligibilityStatus eligibility(String tenantCode, String atenaNo, LocalDate asOf) {
        return guard.call(tenantCode, Operation.ELIGIBILITY_READ, atenaNo, () -> {
            require(asOf != null, "INPUT", "no date given");
            CoveragePeriod covering = periodsOf(tenantCode, atenaNo).stream().filter(p -> p.covers(asOf))
                .findFirst().orElse(null);
            return new EligibilityStatus(tenantCode, atenaNo, asOf, covering);
        });
    }

    @Override
    public List<CoveragePeriod> periods(String tenantCode, String atenaNo) {
        return guard.call(tenantCode, Operation.ELIGIBILITY_PERIODS, atenaNo, () -> periodsOf(tenantCode, atenaNo));
    }

    private List<CoveragePeriod> periodsOf(String tenantCode, String atenaNo) {
        TenantStore store = tenants.store(tenantCode);
        String key = requireDigits(atenaNo, "宛名番号");
        List<CoverageVersionEntity> history = store.read(em -> history(em, key));
        return latestPerPeriod(history).stream().map(EligibilityServiceImpl::toPeriod).toList();
    }

    @Override
    public List<CoverageVersion> history(String tenantCode, String atenaNo) {
        return guard.call(tenantCode, Operation.ELIGIBILITY_HISTORY, atenaNo, () -> historyOf(tenantCode, atenaNo));
    }

    private List<CoverageVersion> historyOf(String tenantCode, String atenaNo) {
        TenantStore store = tenants.store(tenantCode);
        String key = requireDigits(atenaNo, "宛名番号");
        return store.read(em -> history(em, key)).stream().map(v -> new CoverageVersion(v.getHistorySeq(),
            v.getPeriodSeq(), ChangeKind.valueOf(v.getChangeKind()), toPeriod(v), v.getProcessedOn(),
            v.getRecordedAt().toInstant(ZoneOffset.UTC), v.isDeleted(), v.getEventId(), v.getCorrectionRef()))
            .toList();
    }

    @Override
    public EligibilityStatus eligibilityAsRecorded(String tenantCode, String atenaNo, LocalDate asOf,
            LocalDate recordedBy) {
        return guard.call(tenantCode, Operation.ELIGIBILITY_AS_RECORDED, atenaNo,
            () -> asRecorded(tenantCode, atenaNo, asOf, recordedBy));
    }

    private EligibilityStatus asRecorded(String tenantCode, String atenaNo, LocalDate asOf, LocalDate recordedBy) {
        require(asOf != null && recordedBy != null, "INPUT", "a valid-time date and a processing date are needed");
        TenantStore store = tenants.store(tenantCode);
        String key = requireDigits(atenaNo, "宛名番号");
        List<CoverageVersionEntity> known = store.read(em -> history(em, key)).stream()
            .filter(v -> !v.getProcessedOn().isAfter(recordedBy)).toList();
        CoveragePeriod covering = latestPerPeriod(known).stream().map(EligibilityServiceImpl::toPeriod)
            .filter(p -> p.covers(asOf)).findFirst().orElse(null);
        return new EligibilityStatus(tenantCode, atenaNo, asOf, covering);
    }

    /** Builds the new version from the history; called inside the write transaction. */
    @FunctionalInterface
    private interface VersionBuilder {
        CoverageVersionEntity build(EntityManager em, List<CoverageVersionEntity> history);
    }

    private RecordedChange write(TenantStore store, String atenaNo, VersionBuilder builder) {
        Tenant tenant = store.tenant();
        RecordedChange result;
        try {
            result = store.inTransaction(em -> {
                long seq = nextOutboxSequence(em);
                List<CoverageVersionEntity> history = history(em, atenaNo);
                CoverageVersionEntity v = builder.build(em, history);
                LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
                CoverageChanges.stamp(v,
                    history.stream().mapToInt(CoverageVersionEntity::getHistorySeq).max().orElse(0) + 1,
                    LocalDate.now(clock), now, UUID.randomUUID().toString());
                v.setDeleted(false);
                em.persist(v);
                em.persist(CoverageChanges.outboxEvent(tenant, v, seq, now));
                CoverageChanges.deliveries(tenant, v, seq, now).forEach(em::persist);
                boolean acquired = CoverageChanges.isAcquisition(v);
                String eventId = v.getEventId();
                em.flush();
                // the log entry commits with the change, or neither does
                guard.sealInTransaction(em);
                return new RecordedChange(eventId, atenaNo, v.getHistorySeq(),
                    ChangeKind.valueOf(v.getChangeKind()),
                    acquired ? v.getCoverageStartDate() : v.getCoverageEndDate(),
                    acquired ? v.isStartLate() : v.isEndLate());
            });
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw new ConcurrentChangeException("宛名番号 " + atenaNo
                    + " was changed by another operation at the same time; nothing was stored, read it again", e);
            }
            throw e;
        }
        signal.changesCommitted(tenant.code());
        return result;
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static long nextOutboxSequence(EntityManager em) {
        return CoverageChanges.nextOutboxSequence(em);
    }

    /**
     * @param em an entity manager of the tenant's store
     * @param atenaNo 宛名番号
     * @return every coverage version of the person, oldest first
     */
    public static List<CoverageVersionEntity> history(EntityManager em, String atenaNo) {
        return CoverageChanges.history(em, atenaNo);
    }

    /**
     * @param history a person's coverage versions
     * @return the latest non-deleted version of each coverage period, oldest period first
     */
    public static List<CoverageVersionEntity> latestPerPeriod(List<CoverageVersionEntity> history) {
        return CoverageChanges.latestPerPeriod(history);
    }

    private static CoveragePeriod toPeriod(CoverageVersionEntity v) {
        return new CoveragePeriod(v.getAtenaNo(), v.getNhiHouseholdNo(), RelationshipType.valueOf(v.getRelationshipType()),
            v.getCoverageStartDate(), AcquisitionReason.valueOf(v.getCoverageStartReason()), v.getStartNotifiedDate(),
            v.isStartLate(), v.getCoverageEndDate(),
            v.getCoverageEndReason() == null ? null : LossReason.valueOf(v.getCoverageEndReason()),
            v.getEndNotifiedDate(), v.isEndLate(), v.getHistorySeq());
    }

    private static void checkDates(LocalDate event, LocalDate notified, LocalDate today, boolean advanceNotice) {
        require(event != null, "INPUT", "the event date is missing");
        require(notified != null, "INPUT", "届出日 is missing");
        require(!notified.isAfter(today), "INPUT", "届出日 " + notified + " is in the future");
        require(advanceNotice || !event.isAfter(today), "INPUT", "the event date " + event + " is in the future");
        require(advanceNotice || !notified.isBefore(event), NotificationDeadlineRule.RULE,
            "届出日 " + notified + " is before the event date " + event);
    }

    /** Also used by the document service: one wording for a malformed 宛名番号 everywhere. */
    static String requireDigits(String value, String item) {
        require(value != null && value.matches(DIGITS_15), "INPUT",
            item + " must be 1 to 15 ASCII digits" + (value == null ? " (missing)" : ""));
        return value;
    }

    static void require(boolean ok, String rule, String message) {
        if (!ok) {
            throw new RuleViolationException(rule, message);
        }
    }

    /**
     * @param t a failure
     * @return {@code true} if a unique key of the store refused a row (SQLState 23505): a concurrent change won
     */
    public static boolean isUniqueViolation(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException s && "23505".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
