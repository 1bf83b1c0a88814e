package jp.openkokuho.nhi.eligibility.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import jp.openkokuho.nhi.eligibility.internal.security.RunAs;
import jp.openkokuho.nhi.eligibility.internal.security.Staff;
import jp.openkokuho.nhi.api.eligibility.AcquisitionReason;
import jp.openkokuho.nhi.api.eligibility.AcquisitionRequest;
import jp.openkokuho.nhi.api.eligibility.ChangeKind;
import jp.openkokuho.nhi.api.eligibility.CoveragePeriod;
import jp.openkokuho.nhi.api.eligibility.LossReason;
import jp.openkokuho.nhi.api.eligibility.LossRequest;
import jp.openkokuho.nhi.api.eligibility.RecordedChange;
import jp.openkokuho.nhi.api.eligibility.RelationshipType;
import jp.openkokuho.nhi.api.eligibility.RuleViolationException;
import jp.openkokuho.nhi.api.audit.AccessDeniedException;
import jp.openkokuho.nhi.api.transfer.ChangeItems;
import jp.openkokuho.nhi.eligibility.internal.delivery.OutboxSignal;
import jp.openkokuho.nhi.eligibility.internal.delivery.PayloadCodec;
import jp.openkokuho.nhi.eligibility.internal.store.DeliveryEntity;
import jp.openkokuho.nhi.eligibility.internal.store.OutboxEventEntity;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantRegistry;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

@ExtendWith(MockitoExtension.class)
@RunAs(roles = "nhi-clerk@112291")
class EligibilityServiceImplTest {
    private static final String WAKO = "112291";
    private static final ZoneId JST = ZoneId.of("Asia/Tokyo");

    @Mock
    OutboxSignal signal;

    private TenantStore store;
    private EligibilityServiceImpl service;
    private TestStores.MutableClock clock;

    @BeforeEach
    void setUp() {
        TenantRegistry registry = new TenantRegistry();
        store = TestStores.open(WAKO, List.of("residentregistry", "nhitax"));
        registry.register(store);
        clock = new TestStores.MutableClock(ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, JST).toInstant(), JST);
        service = EligibilityServiceImpl.withDefaultRules(registry, signal, Staff.guard(registry), clock);
        TestStores.registerPersons(registry, WAKO, LocalDate.of(1980, 1, 1), "000123", "42", "7", "55", "99", "31",
            "64");
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private static AcquisitionRequest moveIn(String atena, String date) {
        return new AcquisitionRequest(atena, "900001", RelationshipType.HEAD, AcquisitionReason.MOVE_IN,
            LocalDate.parse(date), LocalDate.parse(date).plusDays(3));
    }

    @Test
    void acquisitionIsRecordedWithItsOutboxEventAndOneDeliveryPerDestination() {
        RecordedChange c = service.recordAcquisition(WAKO, new AcquisitionRequest("000123", "900001",
            RelationshipType.HEAD, AcquisitionReason.LEFT_EMPLOYEE_INSURANCE, LocalDate.of(2025, 6, 30),
            LocalDate.of(2026, 2, 10)));

        assertThat(c.kind()).isEqualTo(ChangeKind.ACQUIRED);
        assertThat(c.historySeq()).isEqualTo(1);
        assertThat(c.effectiveDate()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(c.lateNotification()).isTrue();
        verify(signal).changesCommitted(WAKO);

        OutboxEventEntity e = store.read(em -> em.createQuery("SELECT e FROM OutboxEventEntity e",
            OutboxEventEntity.class).getSingleResult());
        assertThat(e.getEventId()).isEqualTo(c.eventId());
        assertThat(e.getSeq()).isEqualTo(1);
        assertThat(e.getSubjectKey()).isEqualTo("000123");
        assertThat(e.getSubjectSeq()).isEqualTo(1);
        Map<String, String> items = PayloadCodec.decode(e.getPayload());
        assertThat(items).containsEntry(ChangeItems.ATENA_NO, "000123")
            .containsEntry(ChangeItems.COVERAGE_START_DATE, "2025-07-01")
            .containsEntry(ChangeItems.START_NOTIFIED_DATE, "2026-02-10")
            .containsEntry(ChangeItems.INSURER_NO, "110270")
            .containsEntry(ChangeItems.PROCESSED_ON, "2026-11-27")
            .doesNotContainKey(ChangeItems.COVERAGE_END_DATE);
        List<String> destinations = store.read(em -> em.createQuery(
            "SELECT d.destinationId FROM DeliveryEntity d WHERE d.status = :s ORDER BY d.destinationId", String.class)
            .setParameter("s", DeliveryEntity.PENDING).getResultList());
        assertThat(destinations).containsExactly("nhitax", "residentregistry");
    }

    @Test
    void eligibilityAsOfADateFollowsTheHalfOpenPeriod() {
        service.recordAcquisition(WAKO, moveIn("42", "2026-04-10"));
        RecordedChange loss = service.recordLoss(WAKO, new LossRequest("42", LossReason.JOINED_EMPLOYEE_INSURANCE,
            LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 5)));

        assertThat(loss.effectiveDate()).isEqualTo(LocalDate.of(2026, 9, 2));
        assertThat(loss.historySeq()).isEqualTo(2);
        assertThat(service.eligibility(WAKO, "42", LocalDate.of(2026, 4, 9)).insured()).isFalse();
        assertThat(service.eligibility(WAKO, "42", LocalDate.of(2026, 4, 10)).insured()).isTrue();
        assertThat(service.eligibility(WAKO, "42", LocalDate.of(2026, 9, 1)).insured()).isTrue();
        assertThat(service.eligibility(WAKO, "42", LocalDate.of(2026, 9, 2)).insured()).isFalse();
        CoveragePeriod p = service.eligibility(WAKO, "42", LocalDate.of(2026, 5, 1)).period();
        assertThat(p.endDate()).isEqualTo(LocalDate.of(2026, 9, 2));
        assertThat(p.endReason()).isEqualTo(LossReason.JOINED_EMPLOYEE_INSURANCE);
        assertThat(p.historySeq()).isEqualTo(2);
    }

    @Test
    void historyIsAppendOnlyAndReacquisitionOpensASecondPeriod() {
        service.recordAcquisition(WAKO, moveIn("7", "2026-01-05"));
        service.recordLoss(WAKO, new LossRequest("7", LossReason.DEATH, LocalDate.of(2026, 3, 31),
            LocalDate.of(2026, 4, 2)));
        // a different person with the same household number is unaffected; the person re-acquires later
        service.recordAcquisition(WAKO, moveIn("7", "2026-06-01"));

        List<CoveragePeriod> periods = service.periods(WAKO, "7");
        assertThat(periods).extracting(CoveragePeriod::startDate, CoveragePeriod::endDate).containsExactly(
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 4, 1)),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 6, 1), null));
        long versions = store.read(em -> em.createQuery("SELECT COUNT(v) FROM CoverageVersionEntity v", Long.class)
            .getSingleResult());
        assertThat(versions).isEqualTo(3);
        List<Long> subjectSeqs = store.read(em -> em.createQuery(
            "SELECT e.subjectSeq FROM OutboxEventEntity e ORDER BY e.seq", Long.class).getResultList());
        assertThat(subjectSeqs).containsExactly(1L, 2L, 3L);
    }

    @Test
    void overlappingAcquisitionIsRejectedAndNothingIsStored() {
        service.recordAcquisition(WAKO, moveIn("55", "2026-04-10"));
        assertThatThrownBy(() -> service.recordAcquisition(WAKO, moveIn("55", "2026-05-01")))
            .isInstanceOf(RuleViolationException.class)
            .hasMessageContaining("overlaps")
            .extracting(e -> ((RuleViolationException) e).code()).isEqualTo("R1");
        assertThat(countRows("CoverageVersionEntity")).isEqualTo(1);
        assertThat(countRows("OutboxEventEntity")).isEqualTo(1);
        assertThat(countRows("DeliveryEntity")).isEqualTo(2);
        verify(signal, times(1)).changesCommitted(WAKO);
    }

    @Test
    void lossRulesNameTheRule() {
        assertThatThrownBy(() -> service.recordLoss(WAKO, new LossRequest("99", LossReason.DEATH,
            LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 2))))
            .isInstanceOf(RuleViolationException.class).hasMessageContaining("no NHI history");
        service.recordAcquisition(WAKO, moveIn("99", "2026-05-10"));
        // welfare starting the same day as the acquisition would leave an empty period
        assertThatThrownBy(() -> service.recordLoss(WAKO, new LossRequest("99", LossReason.WELFARE_STARTED,
            LocalDate.of(2026, 5, 10), LocalDate.of(2026, 5, 12))))
            .isInstanceOf(RuleViolationException.class)
            .hasMessageContaining("not after the acquisition date 2026-05-10")
            .extracting(e -> ((RuleViolationException) e).code()).isEqualTo("R3");
        service.recordLoss(WAKO, new LossRequest("99", LossReason.DEATH, LocalDate.of(2026, 6, 1),
            LocalDate.of(2026, 6, 3)));
        assertThatThrownBy(() -> service.recordLoss(WAKO, new LossRequest("99", LossReason.DEATH,
            LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 3))))
            .isInstanceOf(RuleViolationException.class).hasMessageContaining("no open coverage period");
        assertThat(countRows("CoverageVersionEntity")).isEqualTo(2);
    }

    @Test
    void badInputIsRejectedBeforeTouchingTheStore() {
        assertThatThrownBy(() -> service.recordAcquisition(WAKO, new AcquisitionRequest("12A", "1",
            RelationshipType.HEAD, AcquisitionReason.BIRTH, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2))))
            .hasMessageContaining("宛名番号 must be 1 to 15 ASCII digits");
        assertThatThrownBy(() -> service.recordAcquisition(WAKO, new AcquisitionRequest("12", "1",
            RelationshipType.HEAD, AcquisitionReason.BIRTH, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 2))))
            .hasMessageContaining("届出日 2026-01-02 is before the event date 2026-01-10");
        assertThatThrownBy(() -> service.recordAcquisition(WAKO, new AcquisitionRequest("12", "1",
            RelationshipType.HEAD, AcquisitionReason.BIRTH, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 28))))
            .hasMessageContaining("届出日 2026-11-28 is in the future");
        // a tenant the caller has no role in is refused before anything else, whether it exists or not
        assertThatThrownBy(() -> service.recordAcquisition("999999", moveIn("1", "2026-01-01")))
            .isInstanceOf(AccessDeniedException.class).hasMessageContaining("999999");
        assertThat(countRows("CoverageVersionEntity")).isZero();
        verifyNoInteractions(signal);
    }

    @Test
    void advanceMoveOutNoticeIsAccepted() {
        service.recordAcquisition(WAKO, moveIn("31", "2026-04-01"));
        RecordedChange c = service.recordLoss(WAKO, new LossRequest("31", LossReason.MOVE_OUT,
            LocalDate.of(2026, 12, 10), LocalDate.of(2026, 11, 27)));
        assertThat(c.effectiveDate()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(c.lateNotification()).isFalse();
    }

    @Test
    void eligibilityAsRecordedByAProcessingDateIgnoresLaterVersions() {
        service.recordAcquisition(WAKO, moveIn("64", "2026-04-01"));              // 処理日 2026-11-27
        clock.advance(java.time.Duration.ofDays(2));
        service.recordLoss(WAKO, new LossRequest("64", LossReason.DEATH, LocalDate.of(2026, 6, 30),
            LocalDate.of(2026, 11, 29)));                                         // 処理日 2026-11-29, late
        LocalDate august = LocalDate.of(2026, 8, 1);

        assertThat(service.eligibilityAsRecorded(WAKO, "64", august, LocalDate.of(2026, 11, 26)).insured()).isFalse();
        assertThat(service.eligibilityAsRecorded(WAKO, "64", august, LocalDate.of(2026, 11, 28)).insured()).isTrue();
        assertThat(service.eligibilityAsRecorded(WAKO, "64", august, LocalDate.of(2026, 11, 29)).insured()).isFalse();
        assertThat(service.eligibilityAsRecorded(WAKO, "64", LocalDate.of(2026, 6, 30), LocalDate.of(2026, 11, 29))
            .insured()).isTrue();
        assertThat(service.eligibility(WAKO, "64", august).insured()).isFalse();

        List<jp.openkokuho.nhi.api.eligibility.CoverageVersion> h = service.history(WAKO, "64");
        assertThat(h).extracting(v -> v.historySeq() + " " + v.kind() + " " + v.processedOn() + " "
            + v.period().startDate() + ".." + v.period().endDate() + " late=" + v.period().endLate())
            .containsExactly("1 ACQUIRED 2026-11-27 2026-04-01..null late=false",
                "2 LOST 2026-11-29 2026-04-01..2026-07-01 late=true");
        assertThat(h).allMatch(v -> v.periodSeq() == 1 && !v.deleted() && v.eventId().length() == 36);
        assertThat(service.history(WAKO, "65")).isEmpty();
    }

    private long countRows(String entity) {
        return store.read(em -> em.createQuery("SELECT COUNT(x) FROM " + entity + " x", Long.class).getSingleResult());
    }
}
