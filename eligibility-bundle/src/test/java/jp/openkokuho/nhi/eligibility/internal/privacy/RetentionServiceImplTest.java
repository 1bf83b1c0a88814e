package jp.openkokuho.nhi.eligibility.internal.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.openkokuho.nhi.api.audit.AccessDeniedException;
import jp.openkokuho.nhi.api.privacy.PurgeResult;
import jp.openkokuho.nhi.api.privacy.PurgedRecords;
import jp.openkokuho.nhi.api.privacy.RetainedRecordKind;
import jp.openkokuho.nhi.eligibility.internal.TestStores;
import jp.openkokuho.nhi.eligibility.internal.audit.LoggedOperation;
import jp.openkokuho.nhi.eligibility.internal.audit.OperationLogService;
import jp.openkokuho.nhi.eligibility.internal.security.RunAs;
import jp.openkokuho.nhi.eligibility.internal.security.Staff;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantRegistry;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/** 保管・消去 with a simulated clock: what is past retention goes, the rest stays, every purge is logged. */
@RunAs(user = "test-supervisor", roles = "nhi-supervisor@112291")
class RetentionServiceImplTest {
    private static final String WAKO = "112291";
    private static final Instant NOW = Instant.parse("2034-04-01T00:00:00Z");

    private TenantStore store;
    private TestStores.MutableClock clock;
    private RetentionServiceImpl service;

    @BeforeEach
    void setUp() {
        store = TestStores.open(WAKO, List.of());
        TenantRegistry registry = new TenantRegistry();
        registry.register(store);
        clock = new TestStores.MutableClock(NOW, ZoneOffset.UTC);
        service = new RetentionServiceImpl(registry, Staff.guard(registry), periods(7, 7, 5, 7), clock);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void theScheduledPurgeRunsAsTheSystemAndIsLoggedAsSuchAndAClerkMayNotPurge(@TempDir Path dir) {
        transferRecord(1, "2026-03-31T23:59:59");
        TenantRegistry registry = new TenantRegistry();
        registry.register(store);
        OperationLogService log = Staff.operationLog(registry, dir);
        RetentionServiceImpl scheduled = new RetentionServiceImpl(registry, Staff.guard(registry, log, dir),
            periods(7, 7, 5, 7), clock);
        // the scheduler's thread has no user at all
        Staff.as(null, () -> {
            scheduled.purgeAll();
            return null;
        });
        List<LoggedOperation> entries = log.search(WAKO, null, null, null, null, null, 10);
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.staffId()).isEqualTo("system:retention");
            assertThat(e.role()).isEqualTo("system");
            assertThat(e.action()).isEqualTo("retention.purge_scheduled");
            assertThat(e.outcome()).isEqualTo("OK");
        });
        assertThat(service.purgeLog(WAKO)).singleElement().extracting(PurgedRecords::count).isEqualTo(1L);
        assertThatThrownBy(() -> Staff.as(Staff.clerk(WAKO), () -> scheduled.purge(WAKO, false)))
            .isInstanceOf(AccessDeniedException.class);
        // (the purge log read above is the third entry's predecessor)
        assertThat(log.search(WAKO, null, null, null, null, null, 10)).hasSize(3)
            .last().extracting(LoggedOperation::outcome).isEqualTo("DENIED");
    }

    private static RetentionServiceImpl.Periods periods(int transfer, int delivery, int residence, int importLog) {
        Map<RetainedRecordKind, Integer> m = new EnumMap<>(RetainedRecordKind.class);
        m.put(RetainedRecordKind.TRANSFER_RECORD, transfer);
        m.put(RetainedRecordKind.DELIVERY, delivery);
        m.put(RetainedRecordKind.RESIDENCE_STATUS, residence);
        m.put(RetainedRecordKind.IMPORT_LOG, importLog);
        m.put(RetainedRecordKind.PRIVACY_REQUEST, 5);
        m.put(RetainedRecordKind.INQUIRY, 5);
        return new RetentionServiceImpl.Periods(m);
    }

    private static Timestamp at(String utc) {
        return Timestamp.valueOf(LocalDateTime.parse(utc));
    }

    private void transferRecord(long id, String attemptedAt) {
        store.inTransactionDo(em -> em.createNativeQuery("INSERT INTO NHI_TRANSFER_RECORD (RECORD_ID, DESTINATION_ID,"
            + " LEGAL_BASIS, ITEMS, SUBJECT_KEY, EVENT_ID, EVENT_SEQ, ATTEMPTED_AT, OUTCOME) VALUES (?1, 'rr', 'b',"
            + " 'atena_no', '101', ?2, ?1, ?3, 'DELIVERED')").setParameter(1, id).setParameter(2, "ev-" + id)
            .setParameter(3, at(attemptedAt)).executeUpdate());
    }

    private void delivery(long seq, String status, String createdAt) {
        store.inTransactionDo(em -> em.createNativeQuery("INSERT INTO NHI_DELIVERY (EVENT_SEQ, DESTINATION_ID,"
            + " SUBJECT_KEY, SUBJECT_SEQ, STATUS, ATTEMPTS, NEXT_ATTEMPT_AT, CREATED_AT) VALUES (?1, 'rr', '101', ?1,"
            + " ?2, 1, ?3, ?3)").setParameter(1, seq).setParameter(2, status).setParameter(3, at(createdAt))
            .executeUpdate());
    }

    private void residence(String atena, int seq, String importedAt) {
        store.inTransactionDo(em -> em.createNativeQuery("INSERT INTO NHI_RESIDENCE_STATUS (ATENA_NO, SEQ,"
            + " RESIDENCE_STATUS_CODE, IMPORT_SHA256, LINE_NO, IMPORTED_AT) VALUES (?1, ?2, '07', 'h', 2, ?3)")
            .setParameter(1, atena).setParameter(2, seq).setParameter(3, at(importedAt)).executeUpdate());
    }

    private long count(String table) {
        return store.read(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table).getSingleResult())
            .longValue());
    }

    private List<Object> column(String sql) {
        return store.read(em -> {
            List<Object> out = new java.util.ArrayList<>();
            out.addAll(em.createNativeQuery(sql).getResultList());
            return out;
        });
    }

    private void seed() {
        transferRecord(1, "2026-01-10T00:00:00");
        transferRecord(2, "2027-03-31T23:59:59");
        transferRecord(3, "2027-04-01T00:00:00"); // exactly 7 years: kept
        transferRecord(4, "2030-05-05T00:00:00");
        delivery(1, "DELIVERED", "2026-01-10T00:00:00");
        delivery(2, "DEAD", "2026-02-10T00:00:00");
        delivery(3, "PENDING", "2026-03-10T00:00:00"); // never deleted while pending
        delivery(4, "DELIVERED", "2033-01-01T00:00:00");
        residence("101", 1, "2027-01-01T00:00:00");
        residence("101", 2, "2028-01-01T00:00:00");
        residence("101", 3, "2033-01-01T00:00:00");
        residence("102", 1, "2020-01-01T00:00:00"); // old but still the person's latest: kept
    }

    @Test
    void aDryRunCountsAndDeletesNothing() {
        seed();
        PurgeResult r = service.purge(WAKO, true);
        assertThat(r.dryRun()).isTrue();
        assertThat(r.kinds()).extracting(PurgedRecords::kind, PurgedRecords::count).containsExactly(
            org.assertj.core.groups.Tuple.tuple(RetainedRecordKind.TRANSFER_RECORD, 2L),
            org.assertj.core.groups.Tuple.tuple(RetainedRecordKind.DELIVERY, 2L),
            org.assertj.core.groups.Tuple.tuple(RetainedRecordKind.RESIDENCE_STATUS, 2L),
            org.assertj.core.groups.Tuple.tuple(RetainedRecordKind.IMPORT_LOG, 0L),
            org.assertj.core.groups.Tuple.tuple(RetainedRecordKind.PRIVACY_REQUEST, 0L),
            org.assertj.core.groups.Tuple.tuple(RetainedRecordKind.INQUIRY, 0L));
        assertThat(count("NHI_TRANSFER_RECORD")).isEqualTo(4);
        assertThat(count("NHI_DELIVERY")).isEqualTo(4);
        assertThat(count("NHI_RESIDENCE_STATUS")).isEqualTo(4);
        assertThat(service.purgeLog(WAKO)).isEmpty();
    }

    @Test
    void thePurgeDeletesWhatIsPastRetentionAndLogsKindCountAndRange() {
        seed();
        PurgeResult r = service.purge(WAKO, false);

        assertThat(r.total()).isEqualTo(6);
        assertThat(count("NHI_TRANSFER_RECORD")).isEqualTo(2);
        assertThat(column("SELECT RECORD_ID FROM NHI_TRANSFER_RECORD ORDER BY RECORD_ID")).extracting(o -> ((Number) o).longValue()).containsExactly(3L, 4L);
        assertThat(column("SELECT STATUS FROM NHI_DELIVERY ORDER BY EVENT_SEQ")).containsExactly("PENDING", "DELIVERED");
        assertThat(column("SELECT ATENA_NO || '#' || CAST(SEQ AS CHAR(3)) FROM NHI_RESIDENCE_STATUS"
            + " ORDER BY ATENA_NO, SEQ"))
            .extracting(o -> ((String) o).replace(" ", "")).containsExactly("101#3", "102#1");

        List<PurgedRecords> log = service.purgeLog(WAKO);
        assertThat(log).hasSize(3);
        PurgedRecords transfers = log.get(0);
        assertThat(transfers.kind()).isEqualTo(RetainedRecordKind.TRANSFER_RECORD);
        assertThat(transfers.retentionYears()).isEqualTo(7);
        assertThat(transfers.count()).isEqualTo(2);
        assertThat(transfers.cutoff()).isEqualTo(Instant.parse("2027-04-01T00:00:00Z"));
        assertThat(transfers.oldest()).isEqualTo(Instant.parse("2026-01-10T00:00:00Z"));
        assertThat(transfers.newest()).isEqualTo(Instant.parse("2027-03-31T23:59:59Z"));
        assertThat(log.get(1).kind()).isEqualTo(RetainedRecordKind.DELIVERY);
        assertThat(log.get(2).kind()).isEqualTo(RetainedRecordKind.RESIDENCE_STATUS);

        assertThat(service.purge(WAKO, false).total()).isZero();
        assertThat(service.purgeLog(WAKO)).hasSize(3);
    }

    @Test
    void closedRequestsWithTheirStepsAndWholeInquiryThreadsGoAfterTheirPeriod() {
        // now 2034-04-01, 5 years: cutoff 2029-04-01
        request("R-1", "2020-05-01T00:00:00", "2029-03-31T23:59:59");
        action(1, "R-1", "2020-05-02T00:00:00");
        action(2, "R-1", "2029-03-31T23:59:59");
        request("R-2", "2020-05-01T00:00:00", "2029-04-01T00:00:00"); // exactly 5 years after closing: kept
        action(3, "R-2", "2020-05-02T00:00:00");
        request("R-3", "2020-05-01T00:00:00", null); // still open: never deleted
        inquiry(1, null, "2028-01-01T00:00:00");
        inquiry(2, 1L, "2029-01-01T00:00:00"); // thread 1 ends before the cutoff: both go
        inquiry(3, null, "2028-01-01T00:00:00");
        inquiry(4, 3L, "2030-01-01T00:00:00"); // thread 3 has a recent follow-up: both stay
        inquiry(5, null, "2029-03-31T00:00:00");
        inquiry(6, null, "2033-01-01T00:00:00");

        PurgeResult dry = service.purge(WAKO, true);
        assertThat(dry.kinds()).filteredOn(k -> k.count() > 0).extracting(PurgedRecords::kind, PurgedRecords::count)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(RetainedRecordKind.PRIVACY_REQUEST, 1L),
                org.assertj.core.groups.Tuple.tuple(RetainedRecordKind.INQUIRY, 3L));
        PurgeResult r = service.purge(WAKO, false);

        assertThat(r.total()).isEqualTo(4);
        assertThat(column("SELECT REQUEST_REF FROM NHI_PRIVACY_REQUEST ORDER BY REQUEST_REF"))
            .containsExactly("R-2", "R-3");
        assertThat(column("SELECT ACTION_ID FROM NHI_PRIVACY_REQUEST_ACTION ORDER BY ACTION_ID"))
            .extracting(o -> ((Number) o).longValue()).containsExactly(3L);
        assertThat(column("SELECT INQUIRY_ID FROM NHI_INQUIRY ORDER BY INQUIRY_ID"))
            .extracting(o -> ((Number) o).longValue()).containsExactly(3L, 4L, 6L);
        assertThat(service.purgeLog(WAKO)).extracting(PurgedRecords::kind, PurgedRecords::count, PurgedRecords::oldest,
                PurgedRecords::newest)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple(RetainedRecordKind.PRIVACY_REQUEST, 1L,
                    Instant.parse("2029-03-31T23:59:59Z"), Instant.parse("2029-03-31T23:59:59Z")),
                org.assertj.core.groups.Tuple.tuple(RetainedRecordKind.INQUIRY, 3L,
                    Instant.parse("2028-01-01T00:00:00Z"), Instant.parse("2029-03-31T00:00:00Z")));
    }

    private void request(String ref, String registeredAt, String closedAt) {
        store.inTransactionDo(em -> em.createNativeQuery("INSERT INTO NHI_PRIVACY_REQUEST (REQUEST_REF, KIND, ATENA_NO,"
            + " RECEIVED_ON, REQUESTER_RELATION, STATUS, REGISTERED_BY, REGISTERED_AT, OUTCOME, CLOSED_BY, CLOSED_AT)"
            + " VALUES (?1, 'DISCLOSURE', '101', ?2, 'SELF', ?3, 'clerk', ?4, ?5, ?6, ?7)").setParameter(1, ref)
            .setParameter(2, java.sql.Date.valueOf(LocalDateTime.parse(registeredAt).toLocalDate()))
            .setParameter(3, closedAt == null ? "OPEN" : "CLOSED").setParameter(4, at(registeredAt))
            .setParameter(5, closedAt == null ? null : "GRANTED").setParameter(6, closedAt == null ? null : "sup")
            .setParameter(7, closedAt == null ? null : at(closedAt)).executeUpdate());
    }

    private void action(long id, String ref, String recordedAt) {
        store.inTransactionDo(em -> em.createNativeQuery("INSERT INTO NHI_PRIVACY_REQUEST_ACTION (ACTION_ID,"
            + " REQUEST_REF, ACTION, DETAIL, STAFF_ID, RECORDED_AT) VALUES (?1, ?2, 'DISCLOSED', 'd', 'sup', ?3)")
            .setParameter(1, id).setParameter(2, ref).setParameter(3, at(recordedAt)).executeUpdate());
    }

    private void inquiry(long id, Long followsUp, String recordedAt) {
        store.inTransactionDo(em -> em.createNativeQuery("INSERT INTO NHI_INQUIRY (INQUIRY_ID, FOLLOWS_UP, ATENA_NO,"
            + " CHANNEL, RECEIVED_AT, SUMMARY, RESPONSE, STAFF_ID, RECORDED_AT) VALUES (?1, ?2, '101', 'PHONE', ?3,"
            + " 's', 'r', 'clerk', ?3)").setParameter(1, id).setParameter(2, followsUp)
            .setParameter(3, at(recordedAt)).executeUpdate());
    }

    @Test
    void aShorterRetentionThanTheMinimumIsRefused() {
        assertThatThrownBy(() -> periods(6, 7, 5, 7)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("TRANSFER_RECORD").hasMessageContaining("at least 7 years");
        assertThatThrownBy(() -> periods(7, 3, 5, 7)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("DELIVERY");
        assertThatThrownBy(() -> periods(7, 7, 0, 7)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("RESIDENCE_STATUS");
        assertThat(periods(10, 8, 1, 1).years()).containsEntry(RetainedRecordKind.TRANSFER_RECORD, 10);
    }
}
