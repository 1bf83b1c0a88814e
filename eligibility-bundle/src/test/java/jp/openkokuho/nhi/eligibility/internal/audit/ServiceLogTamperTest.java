package jp.openkokuho.nhi.eligibility.internal.audit;

import static jp.openkokuho.nhi.eligibility.internal.audit.AuditTestSupport.rechain;
import static jp.openkokuho.nhi.eligibility.internal.audit.AuditTestSupport.sql;
import static jp.openkokuho.nhi.eligibility.internal.audit.AuditTestSupport.updateHmacs;
import static jp.openkokuho.nhi.eligibility.internal.security.GuardedServices.A;
import static jp.openkokuho.nhi.eligibility.internal.security.GuardedServices.B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;

import javax.security.auth.Subject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.openkokuho.nhi.api.audit.AccessDeniedException;
import jp.openkokuho.nhi.api.audit.AuditVerification;
import jp.openkokuho.nhi.api.transfer.DeliveryResult;
import jp.openkokuho.nhi.eligibility.internal.audit.VerificationResult.Reason;
import jp.openkokuho.nhi.eligibility.internal.security.GuardedServices;
import jp.openkokuho.nhi.eligibility.internal.security.Staff;

/**
 * The tamper tests on a log written by the services themselves through the access guard (writes sealed in their
 * transaction, reads, refusals, transfers by the system), on a real tenant store: every single-byte change of every
 * chained field of every entry, deletion, insertion, reorder, truncation, and full rewrites without and with the key
 * are detected against the last checkpoint — and reported to the auditor through the AuditService.
 */
class ServiceLogTamperTest {
    @TempDir
    static Path dir;
    static GuardedServices s;
    static AuditVerifier verifier;
    static FileTenantKeyProvider keys;
    static List<LoggedOperation> log;
    static final Subject AUDITOR = Staff.subject("kato", "nhi-auditor@" + A);

    @BeforeAll
    static void writeALogThroughTheServices() {
        s = new GuardedServices(dir);
        s.dispatcher.bind(GuardedServices.RR, GuardedServices.BASIS, List.of("atena_no"), c -> DeliveryResult.OK);
        Subject clerk = Staff.clerk(A);
        Subject stranger = Staff.clerk(B);
        for (int i = 1; i <= 12; i++) {
            String atena = Integer.toString(100 + i);
            s.persons(A, atena);
            Staff.as(clerk, () -> s.eligibility.recordAcquisition(A, GuardedServices.moveIn(atena)));
            Staff.as(clerk, () -> s.eligibility.eligibility(A, atena, LocalDate.of(2026, 5, 1)));
            assertThatThrownBy(() -> Staff.as(stranger, () -> s.eligibility.history(A, atena)))
                .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> Staff.as(clerk, () -> s.eligibility.recordAcquisition(A,
            GuardedServices.moveIn("101")))).hasMessageContaining("overlaps");
        assertThat(s.dispatcher.runPass()).isEqualTo(12);
        s.log.checkpoint(A);
        keys = new FileTenantKeyProvider(dir.resolve("keys"), new SecureRandom());
        verifier = new AuditVerifier(keys, new FileCheckpointStore(dir.resolve("checkpoints")));
        log = s.storeA.read(em -> {
            List<LoggedOperation> out = new ArrayList<>();
            AuditVerifier.entries(em, 0, Long.MAX_VALUE).forEachRemaining(out::add);
            return out;
        });
    }

    @AfterAll
    static void close() {
        s.close();
    }

    private static VerificationResult tampered(Consumer<EntityManager> tamper) {
        return s.storeA.read(em -> {
            tamper.accept(em);
            return verifier.verify(em);
        });
    }

    private static void assertBrokenAt(VerificationResult r, long seq, Reason reason) {
        assertThat(r.ok()).as(r.summary()).isFalse();
        assertThat(r.failure().reason()).as(r.summary()).isEqualTo(reason);
        assertThat(r.failure().seq()).as(r.summary()).isEqualTo(seq);
    }

    @Test
    void theServicesWroteOneEntryPerCallAndTheLogVerifies() {
        // 12 × (acquire, read, denied history) + 1 rejected acquisition + 12 transfers
        assertThat(log).hasSize(49);
        assertThat(log).extracting(LoggedOperation::outcome).containsOnly("OK", "DENIED", "REJECTED");
        assertThat(log.stream().filter(e -> e.outcome().equals("DENIED")).count()).isEqualTo(12);
        assertThat(log.stream().filter(e -> e.staffId().equals("system:delivery")).count()).isEqualTo(12);
        VerificationResult r = verifier.verify(s.storeA);
        assertThat(r.ok()).as(r.summary()).isTrue();
        assertThat(r.lastCheckpoint().size()).isEqualTo(49);
    }

    @Test
    void everySingleByteChangeOfEveryChainedFieldOfEveryEntryIsDetectedAtThatEntry() {
        int checked = 0;
        for (LoggedOperation original : log) {
            long seq = original.seq();
            String before = seq == 1 ? CanonicalEncoding.GENESIS_HEX : log.get((int) seq - 2).hmac();
            for (LoggedOperation v : AuditTamperTest.oneByteVariants(original)) {
                List<LoggedOperation> tail = new ArrayList<>();
                tail.add(v);
                if (seq < log.size()) {
                    tail.add(log.get((int) seq));
                }
                VerificationResult r = verifier.extend(A, seq - 1, before, tail.iterator(), seq + tail.size() - 1);
                assertThat(r.ok()).as("%s", v).isFalse();
                assertThat(r.failure().seq()).as("%s", v).isEqualTo(seq);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(49 * 300);
    }

    @Test
    void deletionInsertionReorderAndTruncationAreDetected() {
        assertBrokenAt(tampered(em -> sql(em, "DELETE FROM NHI_OPERATION_LOG WHERE SEQ = 20")), 20,
            Reason.SEQUENCE_GAP);
        assertBrokenAt(tampered(em -> {
            sql(em, "UPDATE NHI_OPERATION_LOG SET SEQ = -1 WHERE SEQ = 20");
            sql(em, "UPDATE NHI_OPERATION_LOG SET SEQ = 20 WHERE SEQ = 21");
            sql(em, "UPDATE NHI_OPERATION_LOG SET SEQ = 21 WHERE SEQ = -1");
        }), 20, Reason.HASH_MISMATCH);
        long n = s.count(A); // 49, or 50 once the auditor's verification is logged
        assertBrokenAt(tampered(em -> {
            AuditTestSupport.renumber(em, 20, n, +1);
            LoggedOperation copy = log.get(18);
            AuditTestSupport.insert(em, new LoggedOperation(20, copy.tenant(), copy.occurredAt(), copy.staffId(),
                copy.role(), copy.action(), copy.purpose(), copy.subjectIndex(), copy.itemNames(), copy.outcome(),
                copy.requestId(), copy.keyId(), copy.formatVersion(), copy.hmac()));
            sql(em, "UPDATE NHI_COUNTER SET COUNTER_VALUE = ? WHERE COUNTER_NAME = 'operation_log'", n + 1);
        }), 20, Reason.HASH_MISMATCH);
        assertBrokenAt(tampered(em -> {
            sql(em, "DELETE FROM NHI_OPERATION_LOG WHERE SEQ > 40");
            sql(em, "UPDATE NHI_COUNTER SET COUNTER_VALUE = 40 WHERE COUNTER_NAME = 'operation_log'");
        }), 41, Reason.TRUNCATED);
    }

    @Test
    void aFullRewriteWithoutTheKeyOrWithItIsDetected() {
        byte[] material = new byte[32];
        new SecureRandom().nextBytes(material);
        TenantKey attackers = new TenantKey(A, log.get(0).keyId(), material);
        // the denials are removed and the rest re-chained: without the key the first entry no longer fits
        assertBrokenAt(tampered(em -> updateHmacs(em, rechain(log, CanonicalEncoding.GENESIS_HEX, attackers))), 1,
            Reason.HASH_MISMATCH);
        // with the key the chain fits, but not the checkpoint
        TenantKey real = keys.current(A);
        List<LoggedOperation> covered = new ArrayList<>(log);
        LoggedOperation denied = covered.stream().filter(e -> e.outcome().equals("DENIED")).findFirst().orElseThrow();
        int at = covered.indexOf(denied);
        covered.set(at, AuditTamperTest.withText(denied, AuditTamperTest.Column.OUTCOME, "OK"));
        List<LoggedOperation> rechained = rechain(covered, CanonicalEncoding.GENESIS_HEX, real);
        VerificationResult r = tampered(em -> {
            sql(em, "UPDATE NHI_OPERATION_LOG SET OUTCOME = 'OK' WHERE SEQ = ?", denied.seq());
            updateHmacs(em, rechained);
        });
        assertBrokenAt(r, 49, Reason.HEAD_MISMATCH);
    }

    @Test
    void theAuditorSeesTheSameVerdictThroughTheAuditService() {
        AuditVerification ok = Staff.as(AUDITOR, () -> s.audit.verify(A));
        assertThat(ok.ok()).isTrue();
        assertThat(ok.reason()).isNull();
        assertThat(ok.summary()).startsWith("OK: tenant " + A + ", ");
        // the verification itself was logged (entry 50), after the checkpoint
        assertThat(s.count(A)).isEqualTo(50);
    }
}
