package jp.openkokuho.nhi.eligibility.internal.security;

import static jp.openkokuho.nhi.eligibility.internal.security.GuardedServices.A;
import static jp.openkokuho.nhi.eligibility.internal.security.GuardedServices.B;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

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
 * Staff of municipality A attack municipality B through every service: real 宛名番号 of B, guessed ones and random
 * ones, with every role A has. Not one call succeeds, every attempt is one DENIED entry in B's log, A's log and B's
 * data are untouched, and B's log still verifies.
 */
class TenantIsolationTest {
    private static final int ATTEMPTS = 10_080;
    private static final int PEOPLE_IN_B = 20;

    @TempDir
    Path dir;
    private GuardedServices s;

    @BeforeEach
    void setUp() {
        s = new GuardedServices(dir);
        Subject clerkB = Staff.clerk(B);
        for (int i = 1; i <= PEOPLE_IN_B; i++) {
            String atena = Integer.toString(7000 + i);
            s.persons(B, atena);
            Staff.as(clerkB, () -> s.eligibility.recordAcquisition(B, GuardedServices.moveIn(atena)));
        }
    }

    @AfterEach
    void tearDown() {
        s.close();
    }

    @Test
    void tenThousandAttemptsOnAnotherMunicipalityAllFailAndAreAllLoggedThereAsDenied() {
        List<Subject> staffOfA = List.of(Staff.subject("sato", "nhi-clerk@" + A),
            Staff.subject("suzuki", "nhi-supervisor@" + A), Staff.subject("takahashi", "nhi-auditor@" + A),
            // all three roles of A at once (the vendor administrator's platform-wide delivery counts are allowed to
            // it by design and covered by the matrix test)
            Staff.subject("boss", "nhi-clerk@" + A, "nhi-supervisor@" + A, "nhi-auditor@" + A));
        long logA = s.count(A);
        long logB = s.count(B);
        long okB = s.count(B, "OK");
        long rowsB = coverageRows();
        Random random = new Random(20261127L);
        int successes = 0;
        int denied = 0;
        for (int i = 0; i < ATTEMPTS; i++) {
            String atena = switch (i % 3) {
                case 0 -> Integer.toString(7001 + random.nextInt(PEOPLE_IN_B)); // a real person of B
                case 1 -> Integer.toString(i % 500);                            // guessed: small numbers
                default -> Long.toString(Math.abs(random.nextLong()) % 1_000_000_000_000_000L); // random 1-15 digits
            };
            Subject attacker = staffOfA.get(i % staffOfA.size());
            Supplier<Object> attack = attack(i % 14, atena);
            try {
                Staff.as(attacker, attack);
                successes++;
            } catch (AccessDeniedException e) {
                denied++;
            }
        }
        assertThat(successes).isZero();
        assertThat(denied).isEqualTo(ATTEMPTS);
        assertThat(s.count(B)).isEqualTo(logB + ATTEMPTS);
        assertThat(s.count(B, "DENIED")).isEqualTo(ATTEMPTS);
        assertThat(s.count(B, "OK")).isEqualTo(okB);
        assertThat(s.count(A)).isEqualTo(logA);
        assertThat(coverageRows()).isEqualTo(rowsB);
        assertThat(s.log.verify(B).ok()).isTrue();
        // each denial names the attacker and the operation; the person only as B's blind index
        List<LoggedOperation> entries = s.entries(B);
        LoggedOperation first = entries.get((int) logB);
        assertThat(first.outcome()).isEqualTo("DENIED");
        assertThat(first.staffId()).isEqualTo("sato");
        assertThat(first.role()).isEqualTo("none");
        assertThat(entries.stream().filter(e -> e.outcome().equals("DENIED")).map(LoggedOperation::staffId)
            .distinct().sorted().toList()).containsExactly("boss", "sato", "suzuki", "takahashi");
        // attempts on a real person of B are found by B's auditor searching for that person
        List<String> onPerson = Staff.as(Staff.subject("auditor-b", "nhi-auditor@" + B),
            () -> s.audit.search(B, new AuditCriteria(null, null, "sato", null, "7001", 10_000))).stream()
            .map(e -> e.outcome()).distinct().toList();
        assertThat(onPerson).containsExactly("DENIED");
    }

    /** The 14 ways into B's data, each through a public service method with B's code. */
    private Supplier<Object> attack(int kind, String atena) {
        LocalDate d = LocalDate.of(2026, 5, 1);
        return switch (kind) {
            case 0 -> () -> s.eligibility.recordAcquisition(B, GuardedServices.moveIn(atena));
            case 1 -> () -> s.eligibility.recordLoss(B, new LossRequest(atena, LossReason.DEATH, d, d.plusDays(1)));
            case 2 -> () -> s.eligibility.eligibility(B, atena, d);
            case 3 -> () -> s.eligibility.periods(B, atena);
            case 4 -> () -> s.eligibility.history(B, atena);
            case 5 -> () -> s.eligibility.eligibilityAsRecorded(B, atena, d, d);
            case 6 -> () -> s.imports.importFile(B, InterchangeFileKind.RESIDENCE_STATUS, Path.of("x.csv"),
                StandardCharsets.UTF_8);
            case 7 -> () -> s.imports.validate(B, InterchangeFileKind.RESIDENCE_STATUS, Path.of("x.csv"),
                StandardCharsets.UTF_8);
            case 8 -> () -> s.dispatcher.records(B, atena, 10);
            case 9 -> () -> s.dispatcher.records(B, null, 10);
            case 10 -> () -> s.dispatcher.status(B);
            case 11 -> () -> s.dispatcher.retryDeadLetters(B, GuardedServices.RR);
            case 12 -> () -> s.audit.verify(B);
            default -> () -> s.audit.search(B, new AuditCriteria(null, null, null, null, atena, 10));
        };
    }

    private long coverageRows() {
        return s.storeB.read(em -> em.createQuery("SELECT COUNT(v) FROM CoverageVersionEntity v", Long.class)
            .getSingleResult());
    }

    @Test
    void theSameCallsByStaffOfBSucceed() {
        Subject clerkB = Staff.clerk(B);
        assertThat(Staff.as(clerkB, () -> s.eligibility.periods(B, "7001"))).hasSize(1);
        assertThat(Staff.as(clerkB, () -> s.dispatcher.records(B, "7001", 10))).isEmpty();
        assertThat(s.count(B, "OK")).isEqualTo(PEOPLE_IN_B + 2);
    }
}
