package jp.openkokuho.nhi.eligibility.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.openkokuho.nhi.api.audit.AccessDeniedException;
import jp.openkokuho.nhi.api.eligibility.AcquisitionReason;
import jp.openkokuho.nhi.api.eligibility.AcquisitionRequest;
import jp.openkokuho.nhi.api.eligibility.ChangeKind;
import jp.openkokuho.nhi.api.eligibility.CorrectionRequest;
import jp.openkokuho.nhi.api.eligibility.CoverageVersion;
import jp.openkokuho.nhi.api.eligibility.LossReason;
import jp.openkokuho.nhi.api.eligibility.LossRequest;
import jp.openkokuho.nhi.api.eligibility.RecordedChange;
import jp.openkokuho.nhi.api.eligibility.RelationshipType;
import jp.openkokuho.nhi.api.eligibility.RuleViolationException;
import jp.openkokuho.nhi.api.transfer.ChangeItems;
import jp.openkokuho.nhi.api.transfer.ChangeTypes;
import jp.openkokuho.nhi.eligibility.internal.delivery.OutboxSignal;
import jp.openkokuho.nhi.eligibility.internal.delivery.PayloadCodec;
import jp.openkokuho.nhi.eligibility.internal.security.RunAs;
import jp.openkokuho.nhi.eligibility.internal.security.Staff;
import jp.openkokuho.nhi.eligibility.internal.store.OutboxEventEntity;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantRegistry;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/** {@link EligibilityServiceImpl#recordCorrection}: a correction is a new version with its reference, checked like a new period. */
@RunAs(roles = "nhi-clerk@112291")
class CoverageCorrectionTest {
    private static final String WAKO = "112291";
    private static final ZoneId JST = ZoneId.of("Asia/Tokyo");
    private static final LocalDate APR_10 = LocalDate.of(2026, 4, 10);

    private TenantStore store;
    private EligibilityServiceImpl service;
    private TestStores.MutableClock clock;
    private final OutboxSignal signal = tenant -> { };

    @BeforeEach
    void setUp() {
        TenantRegistry registry = new TenantRegistry();
        store = TestStores.open(WAKO, List.of("residentregistry"));
        registry.register(store);
        clock = new TestStores.MutableClock(
            ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, JST).toInstant(), JST);
        service = EligibilityServiceImpl.withDefaultRules(registry, signal, Staff.guard(registry), clock);
        TestStores.registerPersons(registry, WAKO, LocalDate.of(1980, 1, 1), "42", "43");
        service.recordAcquisition(WAKO, new AcquisitionRequest("42", "900001", RelationshipType.HEAD,
            AcquisitionReason.MOVE_IN, APR_10, APR_10.plusDays(2)));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private RecordedChange moveOut(String atena, LocalDate planned) {
        return service.recordLoss(WAKO, new LossRequest(atena, LossReason.MOVE_OUT, planned, LocalDate.of(2026, 5, 1)));
    }

    @Test
    void aConfirmedMoveOutDateBecomesANewVersionWithItsReferenceAndIsSentOn() {
        // R6: 転出予定日 2026-05-10 recorded, 転出確定日 2026-05-12 confirmed later
        moveOut("42", LocalDate.of(2026, 5, 10));
        clock.advance(java.time.Duration.ofDays(1));
        RecordedChange c = service.recordCorrection(WAKO, new CorrectionRequest("42", APR_10, null,
            LocalDate.of(2026, 5, 12), "R6 転出確定 2026-05-12"));

        assertThat(c.historySeq()).isEqualTo(3);
        assertThat(c.kind()).isEqualTo(ChangeKind.LOST);
        assertThat(c.effectiveDate()).isEqualTo(LocalDate.of(2026, 5, 12));
        List<CoverageVersion> history = service.history(WAKO, "42");
        assertThat(history).extracting(CoverageVersion::historySeq, CoverageVersion::kind,
                v -> v.period().endDate(), CoverageVersion::correctionRef)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, ChangeKind.ACQUIRED, null, null),
                org.assertj.core.groups.Tuple.tuple(2, ChangeKind.LOST, LocalDate.of(2026, 5, 10), null),
                org.assertj.core.groups.Tuple.tuple(3, ChangeKind.LOST, LocalDate.of(2026, 5, 12),
                    "R6 転出確定 2026-05-12"));
        assertThat(history.get(2).isCorrection()).isTrue();
        assertThat(history.get(2).periodSeq()).isEqualTo(1);
        assertThat(history.get(2).period().endReason()).isEqualTo(LossReason.MOVE_OUT);
        assertThat(service.eligibility(WAKO, "42", LocalDate.of(2026, 5, 11)).insured()).isTrue();
        assertThat(service.eligibility(WAKO, "42", LocalDate.of(2026, 5, 12)).insured()).isFalse();
        assertThat(service.periods(WAKO, "42")).hasSize(1);
        // what was known on the day the planned date was recorded stays answerable
        assertThat(service.eligibilityAsRecorded(WAKO, "42", LocalDate.of(2026, 5, 11), LocalDate.of(2026, 11, 27))
            .insured()).isFalse();
        assertThat(service.eligibilityAsRecorded(WAKO, "42", LocalDate.of(2026, 5, 11), LocalDate.of(2026, 11, 28))
            .insured()).isTrue();
        assertThat(history.get(2).processedOn()).isEqualTo(LocalDate.of(2026, 11, 28));

        OutboxEventEntity last = store.read(em -> em.createQuery(
            "SELECT e FROM OutboxEventEntity e ORDER BY e.seq DESC", OutboxEventEntity.class)
            .setMaxResults(1).getSingleResult());
        assertThat(last.getChangeType()).isEqualTo(ChangeTypes.LOST);
        assertThat(last.getSubjectSeq()).isEqualTo(3);
        Map<String, String> items = PayloadCodec.decode(last.getPayload());
        assertThat(items).containsEntry(ChangeItems.COVERAGE_END_DATE, "2026-05-12")
            .containsEntry(ChangeItems.HISTORY_SEQ, "3");
        long deliveries = store.read(em -> em.createQuery(
            "SELECT COUNT(d) FROM DeliveryEntity d WHERE d.subjectSeq = 3", Long.class).getSingleResult());
        assertThat(deliveries).isEqualTo(1);
    }

    @Test
    void theStartOfAnOpenPeriodCanBeCorrectedAndTheNextCorrectionNamesTheNewStart() {
        service.recordCorrection(WAKO, new CorrectionRequest("42", APR_10, LocalDate.of(2026, 4, 8), null,
            "訂正請求 2026-0007"));
        RecordedChange c = service.recordCorrection(WAKO, new CorrectionRequest("42", LocalDate.of(2026, 4, 8),
            LocalDate.of(2026, 4, 9), null, "訂正請求 2026-0008"));

        assertThat(c.kind()).isEqualTo(ChangeKind.ACQUIRED);
        assertThat(c.effectiveDate()).isEqualTo(LocalDate.of(2026, 4, 9));
        assertThat(service.periods(WAKO, "42")).singleElement()
            .satisfies(p -> {
                assertThat(p.startDate()).isEqualTo(LocalDate.of(2026, 4, 9));
                assertThat(p.endDate()).isNull();
                assertThat(p.startReason()).isEqualTo(AcquisitionReason.MOVE_IN);
                assertThat(p.historySeq()).isEqualTo(3);
            });
        assertThat(service.history(WAKO, "42")).extracting(CoverageVersion::correctionRef)
            .containsExactly(null, "訂正請求 2026-0007", "訂正請求 2026-0008");
    }

    @Test
    void invalidCorrectionsAreRefusedNamingTheRuleAndStoreNothing() {
        moveOut("42", LocalDate.of(2026, 5, 10));
        service.recordAcquisition(WAKO, new AcquisitionRequest("42", "900002", RelationshipType.HEAD,
            AcquisitionReason.MOVE_IN, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 2)));
        int before = service.history(WAKO, "42").size();

        assertRefused(new CorrectionRequest("42", LocalDate.of(2026, 4, 11), null, LocalDate.of(2026, 5, 12), "x"),
            "SUBJECT_UNKNOWN", "no coverage period starting on 2026-04-11");
        assertRefused(new CorrectionRequest("42", APR_10, null, LocalDate.of(2026, 7, 2), "x"),
            "R1", "overlaps the coverage period from 2026-07-01 (open)");
        assertRefused(new CorrectionRequest("42", APR_10, null, LocalDate.of(2026, 4, 10), "x"),
            "R3", "is not after the acquisition date 2026-04-10");
        assertRefused(new CorrectionRequest("42", LocalDate.of(2026, 7, 1), null, LocalDate.of(2026, 8, 1), "x"),
            "R3", "is open; record the loss instead");
        assertRefused(new CorrectionRequest("42", APR_10, null, LocalDate.of(2026, 5, 10), "x"),
            "INPUT", "changes nothing");
        assertRefused(new CorrectionRequest("42", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 1), null, "x"),
            "INPUT", "is in the future");
        assertRefused(new CorrectionRequest("42", APR_10, null, LocalDate.of(2026, 5, 12), " "),
            "INPUT", "correction reference");
        assertRefused(new CorrectionRequest("42", APR_10, null, LocalDate.of(2026, 5, 12), "a\nb"),
            "INPUT", "correction reference");
        assertRefused(new CorrectionRequest("42", APR_10, null, LocalDate.of(2026, 5, 12), "r".repeat(65)),
            "INPUT", "correction reference");
        assertRefused(new CorrectionRequest("42", APR_10, null, null, "x"), "INPUT", "neither");
        assertRefused(new CorrectionRequest("43", APR_10, null, LocalDate.of(2026, 5, 12), "x"),
            "SUBJECT_UNKNOWN", "no coverage period");

        assertThat(service.history(WAKO, "42")).hasSize(before);
    }

    @Test
    void anAuditorMayNotCorrectAndNothingIsStored() {
        assertThatThrownBy(() -> Staff.as(Staff.subject("audit1", "nhi-auditor@112291"),
            () -> service.recordCorrection(WAKO, new CorrectionRequest("42", APR_10, LocalDate.of(2026, 4, 9), null,
                "x")))).isInstanceOf(AccessDeniedException.class);
        assertThat(service.history(WAKO, "42")).hasSize(1);
    }

    private void assertRefused(CorrectionRequest r, String rule, String message) {
        assertThatThrownBy(() -> service.recordCorrection(WAKO, r)).isInstanceOf(RuleViolationException.class)
            .hasMessageContaining(message).extracting(e -> ((RuleViolationException) e).code()).isEqualTo(rule);
    }
}
