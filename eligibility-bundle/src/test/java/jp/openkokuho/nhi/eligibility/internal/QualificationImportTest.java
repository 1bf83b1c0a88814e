package jp.openkokuho.nhi.eligibility.internal;

import jp.openkokuho.nhi.eligibility.internal.security.RunAs;
import jp.openkokuho.nhi.eligibility.internal.security.Staff;
import static jp.openkokuho.nhi.eligibility.internal.QualificationRows.HEADER;
import static jp.openkokuho.nhi.eligibility.internal.QualificationRows.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.openkokuho.nhi.api.eligibility.AcquisitionReason;
import jp.openkokuho.nhi.api.eligibility.AcquisitionRequest;
import jp.openkokuho.nhi.api.eligibility.ChangeKind;
import jp.openkokuho.nhi.api.eligibility.CoveragePeriod;
import jp.openkokuho.nhi.api.eligibility.CoverageVersion;
import jp.openkokuho.nhi.api.eligibility.RelationshipType;
import jp.openkokuho.nhi.api.interchange.ImportResult;
import jp.openkokuho.nhi.api.interchange.InterchangeFileKind;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantRegistry;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/**
 * Importing a 資格異動ファイル into a real tenant store: every item kept, coverage versions visible to the eligibility
 * queries, outbox events and deliveries written in the same transaction, and every cross-row check rejecting the
 * whole file with the exact line, item and check.
 */
@RunAs(user = "test-supervisor", roles = "nhi-supervisor@112291")
class QualificationImportTest {
    private static final String WAKO = "112291";
    private static final InterchangeFileKind QC = InterchangeFileKind.QUALIFICATION_CHANGE;

    private TenantStore store;
    private ImportServiceImpl imports;
    private EligibilityServiceImpl eligibility;
    private final List<String> signals = new ArrayList<>();

    @BeforeEach
    void setUp() {
        TenantRegistry registry = new TenantRegistry();
        store = TestStores.open(WAKO, List.of("residentregistry"));
        registry.register(store);
        TestStores.MutableClock clock = new TestStores.MutableClock(Instant.parse("2026-11-27T01:00:00Z"),
            EligibilityServiceImpl.JAPAN);
        imports = new ImportServiceImpl(registry, signals::add, Staff.guard(registry), clock);
        eligibility = EligibilityServiceImpl.withDefaultRules(registry, t -> { }, Staff.guard(registry), clock);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private static Path file(Path dir, String name, String... lines) throws Exception {
        return Files.writeString(dir.resolve(name), HEADER + String.join("", lines), StandardCharsets.UTF_8);
    }

    private long count(String sql) {
        return store.read(em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    @SuppressWarnings("unchecked")
    private List<String> strings(String sql) {
        return store.read(em -> ((List<Object[]>) em.createNativeQuery(sql).getResultList()).stream()
            .map(r -> java.util.Arrays.stream(r).map(String::valueOf).reduce((a, b) -> a + " " + b).orElse(""))
            .toList());
    }

    @Test
    void aValidFileBecomesCoverageVersionsEventsAndDeliveriesOnce(@TempDir Path dir) throws Exception {
        Path f = file(dir, "idou-2026-11.csv",
            row("900001", "000101", 1, "1").start("2026-04-01", "転入", "2026-04-03").processed("2026-04-03")
                .cell(10, "=本人").line(),
            row("900001", "000102", 1, "2").start("2026-04-01", "MOVE_IN", "2026-04-03").line(),
            row("900001", "000101", 2, "1").start("2026-04-01", "転入", "2026-04-03")
                .end("2026-09-02", "社保加入", "2026-09-10").processed("2026-09-10").line());

        ImportResult r = imports.importFile(WAKO, QC, f, StandardCharsets.UTF_8);

        assertThat(r.report()).isEmpty();
        assertThat(r.accepted()).isTrue();
        assertThat(r.stored()).isEqualTo(3);
        assertThat(strings("SELECT ROW_SEQ, LINE_NO, ATENA_NO, HISTORY_SEQ, COVERAGE_HISTORY_SEQ, RELATIONSHIP_NAME,"
            + " COVERAGE_START_REASON, COVERAGE_END_DATE FROM NHI_QUALIFICATION_CHANGE ORDER BY ROW_SEQ"))
            .containsExactly("1 2 000101 1 1 =本人 MOVE_IN null", "2 3 000102 1 1 null MOVE_IN null",
                "3 4 000101 2 2 null MOVE_IN 2026-09-02");

        List<CoveragePeriod> periods = eligibility.periods(WAKO, "000101");
        assertThat(periods).singleElement().satisfies(p -> {
            assertThat(p.startDate()).isEqualTo(LocalDate.of(2026, 4, 1));
            assertThat(p.endDate()).isEqualTo(LocalDate.of(2026, 9, 2));
            assertThat(p.relationship()).isEqualTo(RelationshipType.HEAD);
        });
        List<CoverageVersion> history = eligibility.history(WAKO, "000101");
        assertThat(history).extracting(v -> v.historySeq() + " " + v.periodSeq() + " " + v.kind() + " "
            + v.processedOn()).containsExactly("1 1 ACQUIRED 2026-04-03", "2 1 LOST 2026-09-10");
        assertThat(eligibility.history(WAKO, "000102")).singleElement()
            .satisfies(v -> assertThat(v.processedOn()).isEqualTo(LocalDate.of(2026, 11, 27)));
        assertThat(eligibility.eligibility(WAKO, "000102", LocalDate.of(2026, 12, 1)).insured()).isTrue();

        assertThat(strings("SELECT SEQ, SUBJECT_KEY, SUBJECT_SEQ, CHANGE_TYPE FROM NHI_OUTBOX_EVENT ORDER BY SEQ"))
            .containsExactly("1 000101 1 nhi/eligibility/acquired", "2 000102 1 nhi/eligibility/acquired",
                "3 000101 2 nhi/eligibility/lost");
        assertThat(strings("SELECT EVENT_SEQ, DESTINATION_ID, SUBJECT_KEY, STATUS FROM NHI_DELIVERY ORDER BY EVENT_SEQ"))
            .containsExactly("1 residentregistry 000101 PENDING", "2 residentregistry 000102 PENDING",
                "3 residentregistry 000101 PENDING");
        assertThat(count("SELECT COUNTER_VALUE FROM NHI_COUNTER WHERE COUNTER_NAME = 'outbox'")).isEqualTo(3);
        assertThat(signals).containsExactly(WAKO);

        ImportResult again = imports.importFile(WAKO, QC, f, StandardCharsets.UTF_8);
        assertThat(again.alreadyImported()).isTrue();
        assertThat(again.stored()).isZero();
        assertThat(count("SELECT COUNT(*) FROM NHI_QUALIFICATION_CHANGE")).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM NHI_COVERAGE_VERSION")).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM NHI_OUTBOX_EVENT")).isEqualTo(3);
        assertThat(signals).hasSize(1);

        // a staff change after the import continues the same numbering
        TestStores.insertPersons(store, LocalDate.of(2026, 11, 20), "000103");
        eligibility.recordAcquisition(WAKO, new AcquisitionRequest("000103", "900001", RelationshipType.MEMBER,
            AcquisitionReason.BIRTH, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 25)));
        assertThat(count("SELECT MAX(SEQ) FROM NHI_OUTBOX_EVENT")).isEqualTo(4);
    }

    @Test
    void everyCrossRowCheckNamesLineItemAndRuleAndNothingIsStored(@TempDir Path dir) throws Exception {
        Path f = file(dir, "bad.csv",
            row("900001", "000101", 1, "1").start("2026-04-01", "転入", "2026-04-03").line(),
            row("900002", "000201", 1, "1").start("2026-04-01", "転入", "2026-04-03")
                .end("2026-03-31", "転出", "2026-04-03").line(),
            row("900002", "000202", 1, "1").start("2014-04-01", "転入", "2014-04-03").cell(25, "1")
                .cell(26, "2015-04-01").line(),
            row("900001", "000101", 2, "1").start("2026-05-01", "転入", "2026-05-03").line(),
            row("900009", "000101", 3, "2").start("2026-06-01", "転入", "2026-06-03").line(),
            row("900001", "000105", 1, "1").start("2026-07-01", "出生", "2026-07-03").line(),
            row("900001", "000106", 1, "9").start("2026-07-01", "出生", "2026-07-03").line(),
            row("", "000107", 1, "2").start("2026-07-01", "", "2026-07-03").line());

        ImportResult r = imports.importFile(WAKO, QC, f, StandardCharsets.UTF_8);

        assertThat(r.accepted()).isFalse();
        assertThat(r.stored()).isZero();
        assertThat(r.report()).extracting(l -> l.substring(0, l.indexOf(':', l.indexOf(':', l.indexOf(':',
            l.indexOf(':') + 1) + 1) + 1))).containsExactly(
                "bad.csv:3: 適用終了年月日: LOSS_NOT_AFTER_ACQUISITION",
                "bad.csv:4: 該当年月日: RETIREE_AFTER_ABOLITION",
                "bad.csv:5: 適用開始年月日: COVERAGE_OVERLAP",
                "bad.csv:6: 適用開始年月日: TWO_HOUSEHOLDS",
                "bad.csv:7: 続柄区分: TWO_HEADS",
                "bad.csv:8: 続柄区分: RELATIONSHIP_TYPE",
                "bad.csv:9: 国保世帯番号: COVERAGE_INCOMPLETE",
                "bad.csv:9: 適用開始事由: COVERAGE_INCOMPLETE");
        assertThat(r.report().get(0)).endsWith("(R3)");
        assertThat(r.report().get(1)).endsWith("(R10)");
        assertThat(r.report().get(2)).contains("of line 2").endsWith("(R1)");
        assertThat(r.report().get(3)).contains("of line 2").endsWith("(R21)");
        assertThat(r.report().get(4)).contains("of line 2").endsWith("(R21)");
        for (String table : List.of("NHI_QUALIFICATION_CHANGE", "NHI_COVERAGE_VERSION", "NHI_OUTBOX_EVENT",
                "NHI_DELIVERY", "NHI_IMPORT_LOG")) {
            assertThat(count("SELECT COUNT(*) FROM " + table)).as(table).isZero();
        }
        assertThat(signals).isEmpty();
        // --check gives the same verdict
        assertThat(imports.validate(WAKO, QC, f, StandardCharsets.UTF_8).report()).isEqualTo(r.report());
    }

    @Test
    void storedHistoryIsCheckedAndCorrectedByNewVersions(@TempDir Path dir) throws Exception {
        TestStores.insertPersons(store, "000201");
        eligibility.recordAcquisition(WAKO, new AcquisitionRequest("000201", "900002", RelationshipType.HEAD,
            AcquisitionReason.MOVE_IN, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 3)));

        Path overlapping = file(dir, "overlap.csv",
            row("900002", "000201", 7, "1").start("2026-06-01", "転入", "2026-06-03").line());
        ImportResult rejected = imports.importFile(WAKO, QC, overlapping, StandardCharsets.UTF_8);
        assertThat(rejected.report()).singleElement().asString()
            .startsWith("overlap.csv:2: 適用開始年月日: COVERAGE_OVERLAP: ").contains("already stored");
        Path secondHead = file(dir, "head.csv",
            row("900002", "000202", 1, "1").start("2026-05-01", "転入", "2026-05-03").line());
        assertThat(imports.importFile(WAKO, QC, secondHead, StandardCharsets.UTF_8).report()).singleElement()
            .asString().startsWith("head.csv:2: 続柄区分: TWO_HEADS: ").contains("already stored");

        Path correction = file(dir, "loss.csv",
            row("900002", "000201", 7, "1").start("2026-04-01", "転入", "2026-04-03")
                .end("2026-10-01", "死亡", "2026-10-05").line(),
            row("900002", "000202", 1, "1").start("2026-10-01", "転入", "2026-10-03").line());
        ImportResult ok = imports.importFile(WAKO, QC, correction, StandardCharsets.UTF_8);
        assertThat(ok.report()).isEmpty();
        assertThat(eligibility.history(WAKO, "000201")).extracting(v -> v.historySeq() + " " + v.periodSeq() + " "
            + v.kind()).containsExactly("1 1 ACQUIRED", "2 1 LOST");
        assertThat(eligibility.eligibility(WAKO, "000201", LocalDate.of(2026, 10, 1)).insured()).isFalse();
        assertThat(eligibility.eligibility(WAKO, "000202", LocalDate.of(2026, 10, 1)).insured()).isTrue();
    }

    @Test
    void aDeletionRowEndsThePeriodAsANewVersionWithoutAnEvent(@TempDir Path dir) throws Exception {
        imports.importFile(WAKO, QC, file(dir, "a.csv",
            row("900003", "000301", 1, "1").start("2026-04-01", "転入", "2026-04-03").processed("2026-04-03").line()),
            StandardCharsets.UTF_8);
        ImportResult r = imports.importFile(WAKO, QC, file(dir, "b.csv",
            row("900003", "000301", 2, "1").start("2026-04-01", "転入", "2026-04-03").deleted()
                .processed("2026-05-01").line()), StandardCharsets.UTF_8);

        assertThat(r.stored()).isEqualTo(1);
        assertThat(eligibility.periods(WAKO, "000301")).isEmpty();
        assertThat(eligibility.history(WAKO, "000301")).extracting(v -> v.historySeq() + " " + v.deleted())
            .containsExactly("1 false", "2 true");
        assertThat(eligibility.eligibilityAsRecorded(WAKO, "000301", LocalDate.of(2026, 4, 10),
            LocalDate.of(2026, 4, 30)).insured()).isTrue();
        assertThat(count("SELECT COUNT(*) FROM NHI_OUTBOX_EVENT")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM NHI_IMPORT_LOG")).isEqualTo(2);
        assertThat(strings("SELECT ATENA_NO, IS_DELETED FROM NHI_QUALIFICATION_CHANGE ORDER BY ROW_SEQ"))
            .containsExactly("000301 false", "000301 true");
    }

    @Test
    void progressIsReportedPerPhase(@TempDir Path dir) throws Exception {
        List<String> seen = new ArrayList<>();
        imports.importFile(WAKO, QC, file(dir, "p.csv",
            row("900004", "000401", 1, "1").start("2026-04-01", "転入", "2026-04-03").line(),
            row("900004", "000402", 1, "2").start("2026-04-01", "転入", "2026-04-03").line()),
            StandardCharsets.UTF_8, (phase, rows) -> seen.add(phase + " " + rows));
        assertThat(seen).containsExactly("VALIDATING 2", "STORING 2");
        assertThat(eligibility.history(WAKO, "000402")).singleElement()
            .satisfies(v -> assertThat(v.kind()).isEqualTo(ChangeKind.ACQUIRED));
    }
}
