package jp.openkokuho.nhi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import javax.inject.Inject;
import javax.security.auth.Subject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.service.cm.ConfigurationAdmin;

import jp.openkokuho.nhi.api.audit.AccessDeniedException;
import jp.openkokuho.nhi.api.disclosure.DisclosureResult;
import jp.openkokuho.nhi.api.disclosure.DisclosureSection;
import jp.openkokuho.nhi.api.disclosure.DisclosureService;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestKind;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestRegistration;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestService;
import jp.openkokuho.nhi.api.disclosure.RequesterRelation;
import jp.openkokuho.nhi.api.eligibility.AcquisitionReason;
import jp.openkokuho.nhi.api.eligibility.AcquisitionRequest;
import jp.openkokuho.nhi.api.eligibility.CoveragePeriod;
import jp.openkokuho.nhi.api.eligibility.EligibilityService;
import jp.openkokuho.nhi.api.eligibility.LossReason;
import jp.openkokuho.nhi.api.eligibility.LossRequest;
import jp.openkokuho.nhi.api.eligibility.RelationshipType;
import jp.openkokuho.nhi.api.household.Household;
import jp.openkokuho.nhi.api.household.HouseholdService;
import jp.openkokuho.nhi.api.linkage.AgeGroup;
import jp.openkokuho.nhi.api.linkage.CarryOverCase;
import jp.openkokuho.nhi.api.linkage.CarryOverState;
import jp.openkokuho.nhi.api.linkage.ContinuityFinding;
import jp.openkokuho.nhi.api.linkage.ContinuityService;
import jp.openkokuho.nhi.api.linkage.ContinuityVerdict;
import jp.openkokuho.nhi.api.linkage.HighCostAssessment;
import jp.openkokuho.nhi.api.linkage.HighCostCarryOverService;
import jp.openkokuho.nhi.api.linkage.HighCostMonthKind;
import jp.openkokuho.nhi.api.linkage.ImportReport;
import jp.openkokuho.nhi.api.linkage.PersonMove;
import jp.openkokuho.nhi.api.person.PersonService;
import jp.openkokuho.nhi.api.tenant.TenantService;

/**
 * Two municipalities of 埼玉県 on one installation: a household moves from 和光市 to さいたま市 (domain rules R7, R8,
 * R9 worked examples). Each municipality's clerk records its own side through the OSGi services; the linkage
 * services then check 資格継続 between the two tenants and carry the 高額該当 months over to the 転入地.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TwoTenantMoveIT {
    /** 和光市 (転出地). */
    private static final String WAKO = "112291";
    /** さいたま市 (転入地). */
    private static final String SAITAMA = "111007";
    private static final LocalDate MOVE = LocalDate.of(2026, 5, 10);
    private static final LocalDate NOTIFIED = LocalDate.of(2026, 5, 12);

    private final Subject clerkA = Staff.of("itest-clerk-wako", "clerk", WAKO);
    private final Subject clerkB = Staff.of("itest-clerk-saitama", "clerk", SAITAMA);
    /**
     * The linkage operations that read both municipalities (資格継続の確認, 継続候補世帯の抽出) read each side through
     * the eligibility service as the caller, so whoever runs them needs a role in both (as the prefecture-wide
     * processing does); everything else is done by each municipality's own clerk.
     */
    private final Subject clerkOfBoth = Staff.of("itest-clerk-prefecture", "clerk", WAKO, SAITAMA);

    @Inject
    @Filter(timeout = 60_000)
    private EligibilityService eligibility;

    @Inject
    @Filter(timeout = 60_000)
    private PersonService persons;

    @Inject
    @Filter(timeout = 60_000)
    private HouseholdService households;

    @Inject
    @Filter(timeout = 60_000)
    private TenantService tenants;

    @Inject
    @Filter(timeout = 60_000)
    private ConfigurationAdmin configAdmin;

    @Inject
    @Filter(timeout = 60_000)
    private ContinuityService continuity;

    @Inject
    @Filter(timeout = 60_000)
    private HighCostCarryOverService highCost;

    @Inject
    @Filter(timeout = 60_000)
    private PrivacyRequestService privacyRequests;

    @Inject
    @Filter(timeout = 60_000)
    private DisclosureService disclosures;

    @Configuration
    public Option[] config() {
        return KarafOptions.distribution("two-tenant-move", 8311);
    }

    @Test
    public void aHouseholdMovingWithinThePrefectureKeepsItsCoverageAndItsHighCostMonths() throws Exception {
        Staff.run(Staff.of("itest-supervisor", "supervisor", WAKO, SAITAMA), () -> {
            Tenants.provision(configAdmin, tenants, WAKO, "和光市", "110270", "residentregistry");
            Tenants.provision(configAdmin, tenants, SAITAMA, "さいたま市", "110106", "residentregistry");
        });

        // 和光市: insured since 2019-04-01 (社保離脱 2019-03-31), 転出 2026-05-10; household 7001 continues in
        // さいたま市 from the same day, household 7002 only from 2026-05-12 (a 2-day gap)
        Staff.run(clerkA, () -> {
            insureSince2019(WAKO, "100001", "7001", RelationshipType.HEAD);
            insureSince2019(WAKO, "100002", "7001", RelationshipType.MEMBER);
            insureSince2019(WAKO, "100011", "7002", RelationshipType.HEAD);
            for (String atenaNo : List.of("100001", "100002", "100011")) {
                eligibility.recordLoss(WAKO, new LossRequest(atenaNo, LossReason.MOVE_OUT, MOVE, NOTIFIED));
            }
        });
        Staff.run(clerkB, () -> {
            moveIn("200001", "9001", RelationshipType.HEAD, MOVE);
            moveIn("200002", "9001", RelationshipType.MEMBER, MOVE);
            moveIn("200011", "9002", RelationshipType.HEAD, LocalDate.of(2026, 5, 12));
        });

        Staff.run(clerkA, () -> {
            CoveragePeriod wako = eligibility.periods(WAKO, "100001").get(0);
            assertEquals(LocalDate.of(2019, 4, 1), wako.startDate());
            assertEquals(MOVE, wako.endDate());
            assertEquals(LossReason.MOVE_OUT, wako.endReason());
            Household before = households.household(WAKO, "7001", MOVE.minusDays(1)).orElseThrow();
            assertEquals("100001", before.headAtenaNo());
            assertEquals(2, before.members().size());
            assertTrue(households.household(WAKO, "7001", MOVE).map(h -> h.members().isEmpty()).orElse(true));
        });
        Staff.run(clerkB, () -> {
            Household after = households.household(SAITAMA, "9001", MOVE).orElseThrow();
            assertEquals("200001", after.headAtenaNo());
            assertEquals(List.of("200001", "200002"), after.members().stream().map(m -> m.atenaNo()).toList());
            assertFalse(eligibility.eligibility(SAITAMA, "200001", MOVE.minusDays(1)).insured());
        });

        // (a) 資格継続 (R7): reported to both municipalities
        ContinuityFinding ok = Staff.as(clerkOfBoth, () -> continuity.checkMove(WAKO, "100001", SAITAMA, "200001"));
        assertFinding(ok, "OUTGOING", "100001", SAITAMA, "200001", MOVE, MOVE, "CONTINUOUS", 0);
        ContinuityFinding gap = Staff.as(clerkOfBoth, () -> continuity.checkMove(WAKO, "100011", SAITAMA, "200011"));
        assertFinding(gap, "OUTGOING", "100011", SAITAMA, "200011", MOVE, LocalDate.of(2026, 5, 12), "GAP", 2);

        List<ContinuityFinding> inA = Staff.as(clerkA, () -> continuity.findings(WAKO));
        assertEquals(2, inA.size());
        assertFinding(inA.get(0), "OUTGOING", "100011", SAITAMA, "200011", MOVE, LocalDate.of(2026, 5, 12), "GAP", 2);
        assertFinding(inA.get(1), "OUTGOING", "100001", SAITAMA, "200001", MOVE, MOVE, "CONTINUOUS", 0);
        List<ContinuityFinding> inB = Staff.as(clerkB, () -> continuity.findings(SAITAMA));
        assertEquals(2, inB.size());
        assertFinding(inB.get(0), "INCOMING", "200011", WAKO, "100011", MOVE, LocalDate.of(2026, 5, 12), "GAP", 2);
        assertFinding(inB.get(1), "INCOMING", "200001", WAKO, "100001", MOVE, MOVE, "CONTINUOUS", 0);

        // (b) 高額該当 in 和光市: two household months before the move
        Staff.run(clerkA, () -> {
            highCost.recordHighCostMonth(WAKO, "7001", YearMonth.of(2025, 11), HighCostMonthKind.HOUSEHOLD);
            highCost.recordHighCostMonth(WAKO, "7001", YearMonth.of(2026, 1), HighCostMonthKind.HOUSEHOLD);
        });
        HighCostAssessment inWako = Staff.as(clerkA, () -> highCost.assess(WAKO, "7001", YearMonth.of(2026, 4),
            AgeGroup.UNDER_70, "エ", 300_000));
        assertEquals(List.of(YearMonth.of(2025, 11), YearMonth.of(2026, 1)), inWako.countedMonths());
        assertFalse(inWako.multipleOccurrence());
        assertEquals(57_600, inWako.limitYen());

        // 継続候補世帯 (R8): same 世帯主 and members, only the address changed → criterion 1
        CarryOverCase candidate = Staff.as(clerkOfBoth, () -> highCost.detectCandidate(SAITAMA, WAKO, MOVE,
            List.of(new PersonMove("100001", "200001", null), new PersonMove("100002", "200002", null))));
        assertEquals(CarryOverState.CANDIDATE, candidate.state());
        assertEquals(ContinuityVerdict.CONTINUOUS, candidate.proposal());
        assertEquals(List.of(1), candidate.criteria());
        assertEquals("9001", candidate.incomingHouseholdNo());
        assertEquals(WAKO, candidate.outgoingMunicipalityCode());
        assertEquals("7001", candidate.outgoingHouseholdNo());
        assertEquals(MOVE, candidate.moveDate());
        assertNull(candidate.decidedBy());

        // さいたま市's clerk sees the candidate, accepts it with a reason, and the federation confirms it
        long caseId = candidate.caseId();
        Staff.run(clerkB, () -> {
            assertEquals(List.of(caseId), highCost.cases(SAITAMA).stream().map(CarryOverCase::caseId).toList());
            CarryOverCase accepted = highCost.decide(SAITAMA, caseId, true, "世帯主・世帯員とも同一で住所のみ変更（基準1）",
                "itest-clerk-saitama");
            assertEquals(CarryOverState.ACCEPTED, accepted.state());
            assertEquals("世帯主・世帯員とも同一で住所のみ変更（基準1）", accepted.decisionReason());
            assertEquals("itest-clerk-saitama", accepted.decidedBy());
            assertEquals(CarryOverState.CONFIRMED, highCost.confirm(SAITAMA, caseId).state());

            // さいたま市 paid 高額療養費 in the move month itself
            highCost.recordHighCostMonth(SAITAMA, "9001", YearMonth.of(2026, 5), HighCostMonthKind.HOUSEHOLD);
            // before 和光市's months arrive only the own month counts: 1 month, no 多数回
            HighCostAssessment june = highCost.assess(SAITAMA, "9001", YearMonth.of(2026, 6), AgeGroup.UNDER_70,
                "エ", 300_000);
            assertEquals(List.of(YearMonth.of(2026, 5)), june.countedMonths());
            assertFalse(june.multipleOccurrence());
            assertEquals(57_600, june.limitYen());
        });

        // the 連合会 delivers 和光市's 高額該当情報 for the confirmed household (the months 和光市 counts)
        StringBuilder file = new StringBuilder("転出地市町村コード,転出地国保世帯番号,転入地市町村コード,転入地国保世帯番号,診療月,高額該当区分\n");
        for (YearMonth m : inWako.countedMonths()) {
            file.append(WAKO).append(",7001,").append(SAITAMA).append(",9001,")
                .append(m.toString().replace("-", "")).append(",1\n");
        }
        Staff.run(clerkB, () -> {
            ImportReport report = highCost.importOutgoingHistory(SAITAMA, "KOGAKU_112291_111007.csv",
                file.toString().getBytes(StandardCharsets.UTF_8));
            assertEquals(2, report.accepted());
            assertEquals(List.of(), report.rejected());
            assertEquals(CarryOverState.HISTORY_RECEIVED, highCost.cases(SAITAMA).get(0).state());

            // the move month: 府内転居月特例, half of 区分エ's 57,600 and of the 21,000 世帯合算基準額
            HighCostAssessment may = highCost.assess(SAITAMA, "9001", YearMonth.of(2026, 5), AgeGroup.UNDER_70, "エ",
                300_000);
            assertEquals(List.of(YearMonth.of(2025, 11), YearMonth.of(2026, 1)), may.countedMonths());
            assertFalse(may.multipleOccurrence());
            assertTrue(may.moveMonthHalf());
            assertEquals(28_800, may.limitYen());
            assertEquals(Long.valueOf(10_500), may.aggregationThresholdYen());

            // 2026-06: 和光市's 2025-11 and 2026-01 plus さいたま市's 2026-05 → the 4th month, 多数回 44,400
            HighCostAssessment june = highCost.assess(SAITAMA, "9001", YearMonth.of(2026, 6), AgeGroup.UNDER_70,
                "エ", 300_000);
            assertEquals(List.of(YearMonth.of(2025, 11), YearMonth.of(2026, 1), YearMonth.of(2026, 5)),
                june.countedMonths());
            assertTrue(june.multipleOccurrence());
            assertFalse(june.moveMonthHalf());
            assertEquals(44_400, june.limitYen());
            assertEquals(Long.valueOf(21_000), june.aggregationThresholdYen());
        });

        // the 転出地 side of the move month: once 和光市 records the confirmed continued move-out, its own limit for
        // 2026-05 is halved as well (R8: each municipality uses 50 %); April stays whole
        Staff.run(clerkA, () -> {
            HighCostAssessment before = highCost.assess(WAKO, "7001", YearMonth.of(2026, 5), AgeGroup.UNDER_70, "エ",
                300_000);
            assertFalse(before.moveMonthHalf());
            assertEquals(57_600, before.limitYen());
            assertTrue(highCost.recordContinuedMoveOut(WAKO, "7001", MOVE, SAITAMA));
            HighCostAssessment may = highCost.assess(WAKO, "7001", YearMonth.of(2026, 5), AgeGroup.UNDER_70, "エ",
                300_000);
            assertTrue(may.moveMonthHalf());
            assertEquals(28_800, may.limitYen());
            assertEquals(Long.valueOf(10_500), may.aggregationThresholdYen());
            assertEquals(57_600, highCost.assess(WAKO, "7001", YearMonth.of(2026, 4), AgeGroup.UNDER_70, "エ",
                300_000).limitYen());
        });

        // 和光市's clerk can read nothing of さいたま市
        Staff.run(clerkA, () -> {
            assertThrows(AccessDeniedException.class, () -> eligibility.periods(SAITAMA, "200001"));
            assertThrows(AccessDeniedException.class, () -> persons.find(SAITAMA, "200001"));
            assertThrows(AccessDeniedException.class, () -> households.household(SAITAMA, "9001", MOVE));
            assertThrows(AccessDeniedException.class, () -> continuity.findings(SAITAMA));
            assertThrows(AccessDeniedException.class, () -> highCost.cases(SAITAMA));
            assertThrows(AccessDeniedException.class, () -> highCost.assess(SAITAMA, "9001", YearMonth.of(2026, 6),
                AgeGroup.UNDER_70, "エ", 300_000));
            // nor check a move on さいたま市's side alone
            assertThrows(AccessDeniedException.class,
                () -> continuity.checkMove(WAKO, "100001", SAITAMA, "200001"));
        });
        // and the denied check stored nothing: still two findings on each side
        assertEquals(2, Staff.as(clerkA, () -> continuity.findings(WAKO)).size());
        assertEquals(2, Staff.as(clerkB, () -> continuity.findings(SAITAMA)).size());

        // the 世帯主 asks 和光市 for disclosure (開示請求) after the move: the bundle is produced inside the distribution,
        // holds both versions of the coverage and, the linkage bundle being installed, the 情報提供等記録 section
        Staff.run(clerkA, () -> privacyRequests.register(WAKO, new PrivacyRequestRegistration("開示-IT-001",
            PrivacyRequestKind.DISCLOSURE, "100001", LocalDate.of(2026, 11, 20), RequesterRelation.SELF)));
        java.nio.file.Path out = java.nio.file.Files.createTempDirectory("disclosure");
        assertThrows(AccessDeniedException.class,
            () -> Staff.as(clerkA, () -> disclosures.produce(WAKO, "開示-IT-001", out)));
        DisclosureResult bundle = Staff.as(Staff.of("itest-supervisor-wako", "supervisor", WAKO),
            () -> disclosures.produce(WAKO, "開示-IT-001", out));
        assertTrue(bundle.provisionRecordsIncluded());
        assertEquals(List.of("01_person.csv", "02_coverage_history.csv", "03_retiree.csv", "04_household.csv",
            "05_income.csv", "06_unemployment.csv", "07_residence_status.csv", "08_documents.csv",
            "09_use_suspension.csv", "10_transfers.csv", "11_provision_records.csv"),
            bundle.sections().stream().map(DisclosureSection::fileName).toList());
        assertEquals(2, bundle.sections().get(1).rows());
        assertEquals(0, bundle.sections().get(10).rows());
        List<String> entries = new java.util.ArrayList<>();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(
                java.nio.file.Files.newInputStream(bundle.file()))) {
            for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.add(e.getName());
            }
        }
        assertEquals(13, entries.size());
        assertEquals("00_disclosure.pdf", entries.get(0));
        assertEquals(java.nio.file.Files.size(bundle.file()), bundle.bytes());
    }

    private void insureSince2019(String tenant, String atenaNo, String householdNo, RelationshipType rel) {
        ItPersons.register(persons, tenant, atenaNo, ItPersons.ADULT);
        eligibility.recordAcquisition(tenant, new AcquisitionRequest(atenaNo, householdNo, rel,
            AcquisitionReason.LEFT_EMPLOYEE_INSURANCE, LocalDate.of(2019, 3, 31), LocalDate.of(2019, 4, 5)));
    }

    private void moveIn(String atenaNo, String householdNo, RelationshipType rel, LocalDate day) {
        ItPersons.register(persons, SAITAMA, atenaNo, ItPersons.ADULT);
        eligibility.recordAcquisition(SAITAMA, new AcquisitionRequest(atenaNo, householdNo, rel,
            AcquisitionReason.MOVE_IN, day, NOTIFIED));
    }

    private static void assertFinding(ContinuityFinding f, String side, String atenaNo, String other,
            String otherAtenaNo, LocalDate end, LocalDate start, String kind, int days) {
        assertEquals(side, f.side());
        assertEquals(atenaNo, f.atenaNo());
        assertEquals(other, f.otherMunicipalityCode());
        assertEquals(otherAtenaNo, f.otherAtenaNo());
        assertEquals(end, f.coverageEndDate());
        assertEquals(start, f.coverageStartDate());
        assertEquals(kind, f.kind());
        assertEquals(days, f.days());
        assertEquals("TENANTS", f.source());
    }
}
