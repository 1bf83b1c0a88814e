package jp.openkokuho.nhi.eligibility.internal.security;

import static jp.openkokuho.nhi.eligibility.internal.security.GuardedServices.A;
import static jp.openkokuho.nhi.eligibility.internal.security.GuardedServices.B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.security.auth.Subject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.openkokuho.nhi.api.audit.AccessDeniedException;
import jp.openkokuho.nhi.api.audit.AuditCriteria;
import jp.openkokuho.nhi.api.eligibility.LossReason;
import jp.openkokuho.nhi.api.eligibility.LossRequest;
import jp.openkokuho.nhi.api.interchange.InterchangeFileKind;
import jp.openkokuho.nhi.eligibility.internal.audit.LoggedOperation;

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
        new Op("audit.search", true, s -> s.audit.search(A, AuditCriteria.all())));

    /** Allowed (Y) or denied (-) per operation, columns as in {@link #CALLERS}. */
    private static final Map<String, String> EXPECTED = Map.ofEntries(
        //                                 clerkA supA audA clerkB admin none
        Map.entry("eligibility.acquire",     "Y Y - - - -"),
        Map.entry("eligibility.lose",        "Y Y - - - -"),
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
        Map.entry("audit.search",            "- Y Y - - -"));

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
            .containsExactlyInAnyOrderElementsOf(Operation.CORE.stream().map(Operation::action).toList());
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
        // the "-" of the 14 logged rows: 8 × 4 + 3 + 2 + 4 + 6 + 4 + 4
        assertThat(denied).isEqualTo(55);
        assertThat(s.count(A, "DENIED")).isEqualTo(55);
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
