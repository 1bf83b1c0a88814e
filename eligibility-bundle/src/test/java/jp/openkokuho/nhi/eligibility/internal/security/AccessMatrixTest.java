package jp.openkokuho.nhi.eligibility.internal.security;

import static jp.openkokuho.nhi.eligibility.internal.security.GuardedServices.A;
import static jp.openkokuho.nhi.eligibility.internal.security.GuardedServices.B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import javax.security.auth.Subject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.openkokuho.nhi.api.audit.AccessDeniedException;
import jp.openkokuho.nhi.api.audit.AuditCriteria;
import jp.openkokuho.nhi.api.disclosure.InquiryChannel;
import jp.openkokuho.nhi.api.disclosure.InquiryRegistration;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestKind;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestOutcome;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestRegistration;
import jp.openkokuho.nhi.api.disclosure.RequesterRelation;
import jp.openkokuho.nhi.api.eligibility.CorrectionRequest;
import jp.openkokuho.nhi.api.eligibility.LossReason;
import jp.openkokuho.nhi.api.eligibility.LossRequest;
import jp.openkokuho.nhi.api.eligibility.RetireeRequest;
import jp.openkokuho.nhi.api.interchange.InterchangeFileKind;
import jp.openkokuho.nhi.api.household.HeadChangeRequest;
import jp.openkokuho.nhi.api.household.MembershipChangeRequest;
import jp.openkokuho.nhi.api.income.UnemploymentRequest;
import jp.openkokuho.nhi.api.interchange.InterchangeProgress;
import jp.openkokuho.nhi.api.person.Person;
import jp.openkokuho.nhi.api.person.Sex;
import jp.openkokuho.nhi.api.privacy.MyNumber;
import jp.openkokuho.nhi.api.privacy.MyNumberPurpose;
import jp.openkokuho.nhi.eligibility.internal.audit.LoggedOperation;
import jp.openkokuho.nhi.eligibility.internal.privacy.PrivacyTestSupport;

/**
 * Every service operation × every kind of caller, through the real services: allowed or denied exactly as the table
 * says, and every call (allowed or denied) is exactly one entry in municipality A's log — except the destination
 * list, which concerns no municipality and is checked but not logged.
 */
class AccessMatrixTest {
    @TempDir
    Path dir;
    private GuardedServices s;

    /** The callers, in the column order of the table. */
    private static final Map<String, Subject> CALLERS = new LinkedHashMap<>();

    static {
        CALLERS.put("clerkA", Staff.subject("sato", "nhi-clerk@" + A, "nhi-staff", "ssh"));
        CALLERS.put("supervisorA", Staff.subject("suzuki", "nhi-supervisor@" + A, "nhi-staff"));
        CALLERS.put("auditorA", Staff.subject("takahashi", "nhi-auditor@" + A, "nhi-staff"));
        CALLERS.put("clerkB", Staff.subject("tanaka", "nhi-clerk@" + B, "nhi-staff"));
        // the vendor administrator also holds Karaf's own admin roles; none of them is a municipality role
        CALLERS.put("vendorAdmin", Staff.subject("vendor", "nhi-admin", "admin", "manager", "viewer", "ssh"));
        CALLERS.put("noSubject", null);
    }

    /** One operation: its log action and how to call it on municipality A. */
    private record Op(String action, boolean logged, Function<GuardedServices, Object> call) {
    }

    private static final List<Op> OPS = List.of(
        new Op("eligibility.acquire", true, s -> s.eligibility.recordAcquisition(A, GuardedServices.moveIn("501"))),
        new Op("eligibility.lose", true, s -> s.eligibility.recordLoss(A, new LossRequest("100", LossReason.DEATH,
            LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 2)))),
        new Op("eligibility.correct", true, s -> s.eligibility.recordCorrection(A, new CorrectionRequest("100",
            LocalDate.of(2026, 4, 1), null, null, "訂正請求 1"))),
        new Op("eligibility.retiree", true, s -> s.eligibility.recordRetireeStatus(A, new RetireeRequest("100",
            LocalDate.of(2026, 4, 1), null, LocalDate.of(2026, 4, 3)))),
        new Op("eligibility.read", true, s -> s.eligibility.eligibility(A, "100", LocalDate.of(2026, 5, 1))),
        new Op("eligibility.periods", true, s -> s.eligibility.periods(A, "100")),
        new Op("eligibility.history", true, s -> s.eligibility.history(A, "100")),
        new Op("eligibility.as_recorded", true, s -> s.eligibility.eligibilityAsRecorded(A, "100",
            LocalDate.of(2026, 5, 1), LocalDate.of(2026, 11, 27))),
        new Op("interchange.import", true, s -> s.imports.importFile(A, InterchangeFileKind.RESIDENCE_STATUS,
            Path.of("no-such-file.csv"), StandardCharsets.UTF_8)),
        new Op("interchange.validate", true, s -> s.imports.validate(A, InterchangeFileKind.RESIDENCE_STATUS,
            Path.of("no-such-file.csv"), StandardCharsets.UTF_8)),
        new Op("transfer.records", true, s -> s.dispatcher.records(A, "100", 10)),
        new Op("transfer.status", true, s -> s.dispatcher.status(A)),
        new Op("transfer.retry", true, s -> s.dispatcher.retryDeadLetters(A, GuardedServices.RR)),
        new Op("transfer.destinations", false, s -> s.dispatcher.destinations()),
        new Op("transfer.deliver", true, s -> s.guard.call(A, Operation.TRANSFER, "100", () -> "sent")),
        new Op("audit.verify", true, s -> s.audit.verify(A)),
        new Op("audit.search", true, s -> s.audit.search(A, AuditCriteria.all())),
        new Op("person.register", true, s -> s.persons.register(A, new Person("100", "テスト100", "テスト",
            LocalDate.of(1980, 1, 1), Sex.FEMALE))),
        new Op("person.read", true, s -> s.persons.find(A, "100")),
        new Op("household.read", true, s -> s.households.householdOf(A, "100", LocalDate.of(2026, 5, 1))),
        new Op("household.head_change", true, s -> s.households.changeHead(A, new HeadChangeRequest("900100", "501",
            LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 2), false, false, 1))),
        new Op("household.membership_change", true, s -> s.households.changeMembership(A,
            new MembershipChangeRequest("900100", "100", 1, "本人", LocalDate.of(2026, 5, 1), 1))),
        new Op("income.import", true, s -> s.incomes.importFile(A, Path.of("no-such-income.csv"),
            StandardCharsets.UTF_8)),
        new Op("income.read", true, s -> s.incomes.income(A, "100", 2026)),
        new Op("income.unemployment", true, s -> s.incomes.registerInvoluntaryUnemployment(A,
            new UnemploymentRequest("100", LocalDate.of(2026, 3, 31), "11", LocalDate.of(2026, 4, 10)))),
        new Op("income.burden_rate", true, s -> s.incomes.burdenRate(A, "100", LocalDate.of(2026, 5, 1), false)),
        new Op("income.category", true, s -> s.incomes.incomeCategory(A, "900100", LocalDate.of(2026, 5, 1))),
        new Op("document.issue", true, s -> s.documents.issue(A, "100", null, LocalDate.of(2026, 5, 1), null)),
        new Op("document.reissue", true, s -> s.documents.reissue(A, "1", "紛失")),
        new Op("document.return", true, s -> s.documents.recordReturn(A, "1", LocalDate.of(2026, 5, 1))),
        new Op("document.list", true, s -> s.documents.list(A, "100")),
        new Op("document.render", true, s -> s.documents.render(A, "1")),
        new Op("document.renewal", true, s -> s.documents.annualRenewal(A, LocalDate.of(2026, 7, 1))),
        new Op("interchange.export", true, s -> s.exports.exportFile(A, InterchangeFileKind.RESIDENCE_STATUS,
            s.dir.resolve("export.csv"), StandardCharsets.UTF_8, "国保連合会への提供（試験）",
            InterchangeProgress.NONE)),
        new Op("mynumber.link", true, s -> s.myNumbers.link(A, "100", MyNumber.of(PrivacyTestSupport.number(1)))),
        new Op("mynumber.presence", true, s -> s.myNumbers.isLinked(A, "100")),
        new Op("mynumber.find", true, s -> s.myNumbers.findAtenaNo(A, MyNumber.of(PrivacyTestSupport.number(1)))),
        new Op("mynumber.reveal", true, s -> s.myNumbers.reveal(A, "100", MyNumberPurpose.NHI_ADMINISTRATION)),
        new Op("mynumber.rotate_key", true, s -> s.myNumbers.rotateKey(A, null)),
        new Op("mynumber.suspend", true, s -> s.suspensions.suspend(A, "100", "REQ-1")),
        new Op("mynumber.resume", true, s -> s.suspensions.resume(A, "100", "REQ-2")),
        new Op("mynumber.suspension_history", true, s -> s.suspensions.history(A, "100")),
        new Op("retention.purge", true, s -> s.retention.purge(A, true)),
        new Op("retention.purge_scheduled", true, s -> s.guard.call(A, Operation.RETENTION_PURGE_SCHEDULED, null,
            () -> "purged")),
        new Op("retention.log", true, s -> s.retention.purgeLog(A)),
        new Op("privacy_request.register", true, s -> s.requests.register(A, new PrivacyRequestRegistration("REQ-M",
            PrivacyRequestKind.DISCLOSURE, "100", LocalDate.of(2026, 11, 27), RequesterRelation.SELF))),
        new Op("privacy_request.list", true, s -> s.requests.list(A, null, null, null)),
        new Op("privacy_request.close", true, s -> s.requests.close(A, "REQ-NONE", PrivacyRequestOutcome.GRANTED,
            "")),
        new Op("privacy_request.suspend", true, s -> s.requests.applySuspension(A, "REQ-NONE")),
        new Op("privacy_request.correct", true, s -> s.requests.applyCorrection(A, "REQ-NONE",
            LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 2), null)),
        new Op("disclosure.produce", true, s -> s.disclosures.produce(A, "REQ-NONE", s.dir)),
        new Op("inquiry.record", true, s -> s.inquiries.record(A, new InquiryRegistration("100",
            InquiryChannel.PHONE, Instant.parse("2026-11-26T01:00:00Z"), "資格の取得日について", "回答済み", null))),
        new Op("inquiry.list", true, s -> s.inquiries.ofPerson(A, "100")));

    /** Allowed (Y) or denied (-) per operation, columns as in {@link #CALLERS}. */
    private static final Map<String, String> EXPECTED = Map.ofEntries(
        //                                 clerkA supA audA clerkB admin none
        Map.entry("eligibility.acquire",     "Y Y - - - -"),
        Map.entry("eligibility.lose",        "Y Y - - - -"),
        Map.entry("eligibility.correct",     "Y Y - - - -"),
        Map.entry("eligibility.retiree",     "Y Y - - - -"),
        Map.entry("eligibility.read",        "Y Y - - - -"),
        Map.entry("eligibility.periods",     "Y Y - - - -"),
        Map.entry("eligibility.history",     "Y Y - - - -"),
        Map.entry("eligibility.as_recorded", "Y Y - - - -"),
        Map.entry("interchange.import",      "Y Y - - - -"),
        Map.entry("interchange.validate",    "Y Y - - - -"),
        Map.entry("transfer.records",        "Y Y Y - - -"),
        Map.entry("transfer.status",         "Y Y Y - Y -"),
        Map.entry("transfer.retry",          "- Y - - Y -"),
        Map.entry("transfer.destinations",   "Y Y Y Y Y -"),
        Map.entry("transfer.deliver",        "- - - - - -"),
        Map.entry("audit.verify",            "- Y Y - - -"),
        Map.entry("audit.search",            "- Y Y - - -"),
        Map.entry("person.register",         "Y Y - - - -"),
        Map.entry("person.read",             "Y Y - - - -"),
        Map.entry("household.read",          "Y Y - - - -"),
        Map.entry("household.head_change",   "Y Y - - - -"),
        Map.entry("household.membership_change", "Y Y - - - -"),
        Map.entry("income.import",           "Y Y - - - -"),
        Map.entry("income.read",             "Y Y - - - -"),
        Map.entry("income.unemployment",     "Y Y - - - -"),
        Map.entry("income.burden_rate",      "Y Y - - - -"),
        Map.entry("income.category",         "Y Y - - - -"),
        Map.entry("document.issue",          "Y Y - - - -"),
        Map.entry("document.reissue",        "Y Y - - - -"),
        Map.entry("document.return",         "Y Y - - - -"),
        Map.entry("document.list",           "Y Y - - - -"),
        Map.entry("document.render",         "Y Y - - - -"),
        // a run over the whole municipality and a bulk export of every person: the supervisor's decision
        Map.entry("document.renewal",        "- Y - - - -"),
        Map.entry("interchange.export",      "- Y - - - -"),
        Map.entry("mynumber.link",           "Y Y - - - -"),
        Map.entry("mynumber.find",           "Y Y - - - -"),
        Map.entry("mynumber.presence",       "Y Y - - - -"),
        Map.entry("mynumber.reveal",         "Y Y - - - -"),
        // re-encryption reads no number in clear: administration, also the vendor's
        Map.entry("mynumber.rotate_key",     "- Y - - Y -"),
        Map.entry("mynumber.suspend",        "- Y - - - -"),
        Map.entry("mynumber.resume",         "- Y - - - -"),
        Map.entry("mynumber.suspension_history", "Y Y - - - -"),
        Map.entry("retention.purge",         "- Y - - Y -"),
        Map.entry("retention.purge_scheduled", "- - - - - -"),
        Map.entry("retention.log",           "- Y Y - Y -"),
        Map.entry("privacy_request.register", "Y Y - - - -"),
        // auditors check that requests are answered; they read no personal data beyond who asked what
        Map.entry("privacy_request.list",    "Y Y Y - - -"),
        Map.entry("privacy_request.close",   "Y Y - - - -"),
        Map.entry("privacy_request.suspend", "- Y - - - -"),
        Map.entry("privacy_request.correct", "Y Y - - - -"),
        // every record of one person leaves the platform: the supervisor's decision
        Map.entry("disclosure.produce",      "- Y - - - -"),
        Map.entry("inquiry.record",          "Y Y - - - -"),
        Map.entry("inquiry.list",            "Y Y - - - -"));

    @BeforeEach
    void setUp() {
        s = new GuardedServices(dir);
        // one person in A, recorded by a clerk of A, so reads find something
        Staff.as(CALLERS.get("clerkA"), () -> s.eligibility.recordAcquisition(A, GuardedServices.moveIn("100")));
    }

    @AfterEach
    void tearDown() {
        s.close();
    }

    @Test
    void everyOperationIsAllowedOrDeniedExactlyAsTheTableSaysAndEveryCallIsLoggedOnce() {
        assertThat(OPS).hasSize(EXPECTED.size());
        assertThat(OPS.stream().map(Op::action).toList())
            .containsExactlyInAnyOrderElementsOf(Stream.of(Operation.CORE, Operation.REGISTERS, Operation.REQUESTS)
                .flatMap(List::stream).map(Operation::action).toList());
        List<String> actual = new ArrayList<>();
        int denied = 0;
        for (Op op : OPS) {
            StringBuilder row = new StringBuilder();
            int column = 0;
            for (Map.Entry<String, Subject> caller : CALLERS.entrySet()) {
                long before = s.count(A);
                long beforeB = s.count(B);
                boolean allowed = attempt(op, caller.getValue());
                row.append(column++ == 0 ? "" : " ").append(allowed ? "Y" : "-");
                assertThat(s.count(B)).as("%s by %s touched B's log", op.action(), caller.getKey())
                    .isEqualTo(beforeB);
                if (!op.logged()) {
                    assertThat(s.count(A)).as("%s by %s", op.action(), caller.getKey()).isEqualTo(before);
                    continue;
                }
                assertThat(s.count(A)).as("entries of %s by %s", op.action(), caller.getKey()).isEqualTo(before + 1);
                LoggedOperation last = s.entries(A).get((int) before);
                assertThat(last.action()).isEqualTo(op.action());
                assertThat(last.outcome()).as("%s by %s", op.action(), caller.getKey())
                    .isEqualTo(allowed ? outcomeOf(last) : "DENIED");
                if (!allowed) {
                    denied++;
                    assertThat(last.staffId()).isEqualTo(caller.getValue() == null ? Caller.ANONYMOUS
                        : Caller.of(caller.getValue()).staffId());
                }
            }
            actual.add(op.action() + " " + row);
        }
        List<String> expected = OPS.stream().map(o -> o.action() + " " + EXPECTED.get(o.action())).toList();
        assertThat(actual).containsExactlyElementsOf(expected);
        // the "-" of the 16 logged core rows: 10 × 4 + 3 + 2 + 4 + 6 + 4 + 4 = 63; of the 28 register rows:
        // 20 × 4 (clerks and supervisors) + 4 × 5 (supervisor only) + 2 × 4 (supervisor or vendor) + 6 (system) + 3;
        // of the 9 request rows: 5 × 4 (clerks and supervisors) + 2 × 5 (supervisor only) + 3 (auditors too)
        assertThat(denied).isEqualTo(63 + 80 + 20 + 8 + 6 + 3 + 20 + 10 + 3);
        assertThat(s.count(A, "DENIED")).isEqualTo(denied);
        assertThat(s.log.verify(A).ok()).isTrue();
    }

    /** Allowed operations end OK, or REJECTED/ERROR when the guard let them through and a rule refused them. */
    private static String outcomeOf(LoggedOperation e) {
        assertThat(e.outcome()).isIn("OK", "REJECTED");
        return e.outcome();
    }

    private boolean attempt(Op op, Subject caller) {
        try {
            Staff.call(caller, () -> op.call().apply(s));
            return true;
        } catch (AccessDeniedException e) {
            assertThat(e.getMessage()).doesNotContain("100");
            return false;
        } catch (Throwable t) {
            return true; // past the guard; refused by a rule or an input check
        }
    }

    @Test
    void theDeliveryDispatcherTransfersAsTheSystemAndEachAttemptIsLoggedWithTheLegalBasis() {
        s.dispatcher.bind(GuardedServices.RR, GuardedServices.BASIS, List.of("atena_no"), change ->
            jp.openkokuho.nhi.api.transfer.DeliveryResult.OK);
        long before = s.count(A);
        assertThat(s.dispatcher.runPass()).isEqualTo(1);
        List<LoggedOperation> all = s.entries(A);
        assertThat(all).hasSize((int) before + 1);
        LoggedOperation t = all.get(all.size() - 1);
        assertThat(t.staffId()).isEqualTo("system:delivery");
        assertThat(t.role()).isEqualTo("system");
        assertThat(t.action()).isEqualTo("transfer.deliver");
        assertThat(t.purpose()).isEqualTo(GuardedServices.BASIS);
        assertThat(t.itemNames()).isEqualTo("atena_no");
        assertThat(t.outcome()).isEqualTo("OK");
        assertThat(t.subjectIndex()).startsWith("bik1:").isEqualTo(all.get(0).subjectIndex());
    }

    @Test
    void aWriteAndItsEntryCommitTogetherAndARefusedWriteLeavesOnlyItsRejection() {
        Subject clerk = CALLERS.get("clerkA");
        long before = s.count(A);
        // overlapping acquisition: refused by rule R1 inside the transaction, after nothing was committed
        assertThatThrownBy(() -> Staff.as(clerk, () -> s.eligibility.recordAcquisition(A,
            GuardedServices.moveIn("100")))).hasMessageContaining("overlaps");
        List<LoggedOperation> all = s.entries(A);
        assertThat(all).hasSize((int) before + 1);
        assertThat(all.get(all.size() - 1).outcome()).isEqualTo("REJECTED");
        assertThat(all.get(0).action()).isEqualTo("eligibility.acquire");
        assertThat(all.get(0).outcome()).isEqualTo("OK");
        assertThat(all.get(0).staffId()).isEqualTo("sato");
        assertThat(all.get(0).role()).isEqualTo("clerk");
        assertThat(all.get(0).subjectIndex()).doesNotContain("100").hasSize(48);
        assertThat(all.get(0).itemNames()).contains("atena_no").doesNotContain("900100");
    }

    @Test
    void aBulkExportLogsThePurposeTheSupervisorGaveAndIsRefusedWithoutOne() {
        Subject supervisor = CALLERS.get("supervisorA");
        Staff.as(supervisor, () -> s.exports.exportFile(A, InterchangeFileKind.RESIDENCE_STATUS,
            dir.resolve("r.csv"), StandardCharsets.UTF_8, "  国保連合会への提供  ", InterchangeProgress.NONE));
        LoggedOperation done = last();
        assertThat(done.action()).isEqualTo("interchange.export");
        assertThat(done.outcome()).isEqualTo("OK");
        assertThat(done.purpose()).isEqualTo("連携ファイルの一括出力: 国保連合会への提供");
        assertThat(done.itemNames()).isEqualTo("interchange_file.residence_status");
        for (String missing : new String[] {null, " ", "x".repeat(181), "改行\n入り"}) {
            assertThatThrownBy(() -> Staff.as(supervisor, () -> s.exports.exportFile(A,
                InterchangeFileKind.RESIDENCE_STATUS, dir.resolve("r2.csv"), StandardCharsets.UTF_8, missing,
                InterchangeProgress.NONE))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("purpose");
            assertThat(last().outcome()).isEqualTo("REJECTED");
            assertThat(last().purpose()).isEqualTo("連携ファイルの一括出力: （利用目的の記載なし）");
        }
        assertThat(dir.resolve("r2.csv")).doesNotExist();
    }

    @Test
    void aRevealLogsItsPurposeAlsoWhenThePurposeIsRefused() {
        Subject clerk = CALLERS.get("clerkA");
        MyNumber n = MyNumber.of(PrivacyTestSupport.number(7));
        Staff.as(clerk, () -> s.myNumbers.link(A, "100", n));
        assertThat(Staff.as(clerk, () -> s.myNumbers.reveal(A, "100", MyNumberPurpose.NHI_ADMINISTRATION)))
            .isEqualTo(n);
        assertThat(last().purpose()).endsWith("目的: 国民健康保険事務（NHI_ADMINISTRATION）");
        assertThat(last().outcome()).isEqualTo("OK");
        assertThatThrownBy(() -> Staff.as(clerk, () -> s.myNumbers.reveal(A, "100", MyNumberPurpose.OTHER)))
            .hasMessageContaining("not disclosed");
        assertThat(last().purpose()).endsWith("目的: 目的外利用（OTHER）");
        assertThat(last().outcome()).isEqualTo("REJECTED");
        assertThat(s.log.verify(A).ok()).isTrue();
    }

    private LoggedOperation last() {
        List<LoggedOperation> all = s.entries(A);
        return all.get(all.size() - 1);
    }

    @Test
    void aUserCannotPoseAsTheSystem() {
        Subject fake = Staff.subject("system:delivery", "nhi-system", "system", "nhi-clerk@" + B);
        assertThatThrownBy(() -> Staff.as(fake, () -> s.guard.call(A, Operation.TRANSFER, "100", () -> "x")))
            .isInstanceOf(AccessDeniedException.class);
        assertThat(AccessGuard.runAsSystem("delivery", () -> s.guard.call(A, Operation.TRANSFER, "100", () -> "x")))
            .isEqualTo("x");
        // the system itself does nothing else
        assertThatThrownBy(() -> AccessGuard.runAsSystem("delivery", () -> s.eligibility.periods(A, "100")))
            .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRoleNameOfAnotherShapeOrAnotherTenantGrantsNothing() {
        for (String role : List.of("nhi-clerk", "nhi-clerk@", "nhi-clerk@11229", "nhi-clerk@1122910",
                "nhi-clerk@112291 ", "NHI-CLERK@112291", "clerk@112291", "nhi-admin@112291", "nhi-clerk@*",
                "nhi-superuser@112291", "admin")) {
            Subject odd = Staff.subject("odd", role);
            assertThatThrownBy(() -> Staff.as(odd, () -> s.eligibility.periods(A, "100"))).as(role)
                .isInstanceOf(AccessDeniedException.class);
        }
    }
}
