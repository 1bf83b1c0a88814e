package jp.openkokuho.nhi.eligibility.internal.audit;

import static jp.openkokuho.nhi.eligibility.internal.audit.AuditTestSupport.TENANT_A;
import static jp.openkokuho.nhi.eligibility.internal.audit.AuditTestSupport.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.openkokuho.nhi.api.tenant.UnknownTenantException;
import jp.openkokuho.nhi.eligibility.internal.TestStores;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantRegistry;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

class OperationLogServiceTest {
    @TempDir
    Path dir;
    private TenantStore store;
    private TenantRegistry registry;
    private TestStores.MutableClock clock;
    private FileCheckpointStore checkpoints;
    /** Count-triggered checkpoints wait here until the test runs them, as the background thread would. */
    private final List<Runnable> queued = new ArrayList<>();
    private OperationLogService service;

    @BeforeEach
    void setUp() {
        store = TestStores.open(TENANT_A, List.of());
        registry = new TenantRegistry();
        registry.register(store);
        clock = new TestStores.MutableClock(Instant.parse("2026-04-01T00:00:00Z"), ZoneOffset.UTC);
        checkpoints = new FileCheckpointStore(dir.resolve("checkpoints"));
        service = new OperationLogService(registry, new FileTenantKeyProvider(dir.resolve("keys"), new SecureRandom()),
            checkpoints, new Checkpointer.Policy(10, Duration.ofMinutes(10)), clock, queued::add);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private void runQueued() {
        List<Runnable> now = new ArrayList<>(queued);
        queued.clear();
        now.forEach(Runnable::run);
    }

    @Test
    void anOperationAndItsEntryCommitTogetherAndRefusalsAreRecordedOnTheirOwn() {
        LoggedOperation inTx = store.inTransaction(em -> service.append(em, entry(1)));
        assertThat(inTx.seq()).isEqualTo(1);
        assertThatThrownBy(() -> store.inTransaction(em -> {
            service.append(em, entry(2));
            throw new IllegalStateException("rule violated");
        })).hasMessage("rule violated");
        // the refused operation's own transaction rolled back: its entry is recorded separately
        LoggedOperation refused = service.record(TENANT_A, new OperationEntry("tanaka", "clerk",
            "eligibility.acquire", "国民健康保険法第9条", "", List.of("atena_no"), OperationOutcome.REJECTED, "req-2"));
        assertThat(refused.seq()).isEqualTo(2);
        assertThat(refused.outcome()).isEqualTo("REJECTED");
        assertThat(service.verify(TENANT_A).summary()).isEqualTo("OK: tenant 112291, 2 entries, head "
            + refused.hmac() + ", no checkpoint yet");
        assertThatThrownBy(() -> service.record("131016", entry(3))).isInstanceOf(UnknownTenantException.class);
    }

    @Test
    void aCheckpointIsQueuedOnceEveryNEntriesAndWrittenAfterTheCommit() {
        store.inTransaction(em -> {
            for (int i = 1; i <= 12; i++) {
                service.append(em, entry(i));
            }
            return null;
        });
        assertThat(queued).hasSize(1); // one task for the burst, not one per entry past the tenth
        runQueued();
        assertThat(checkpoints.readAll(TENANT_A)).extracting(Checkpoint::size).containsExactly(12L);
        for (int i = 13; i <= 21; i++) {
            service.record(TENANT_A, entry(i));
        }
        assertThat(queued).isEmpty();
        service.record(TENANT_A, entry(22));
        assertThat(queued).hasSize(1);
        runQueued();
        VerificationResult r = service.verify(TENANT_A);
        assertThat(r.ok()).isTrue();
        assertThat(r.lastCheckpoint().size()).isEqualTo(22);
        assertThat(r.uncoveredEntries()).isZero();
    }

    @Test
    void thePeriodicPassAndStoppingWriteCheckpointsOfGrownLogs() {
        service.record(TENANT_A, entry(1));
        assertThat(service.runDueCheckpoints()).isEqualTo(1); // none yet: due at once
        service.record(TENANT_A, entry(2));
        assertThat(service.runDueCheckpoints()).isZero();
        clock.advance(Duration.ofMinutes(10));
        assertThat(service.runDueCheckpoints()).isEqualTo(1);
        service.record(TENANT_A, entry(3));
        service.close();
        assertThat(checkpoints.readAll(TENANT_A)).extracting(Checkpoint::size).containsExactly(1L, 2L, 3L);
        assertThat(service.checkpoint(TENANT_A).size()).isEqualTo(3);
    }

    @Test
    void verifyReportsTheFirstBrokenEntry() {
        for (int i = 1; i <= 5; i++) {
            service.record(TENANT_A, entry(i));
        }
        store.inTransactionDo(em -> AuditTestSupport.sql(em,
            "UPDATE NHI_OPERATION_LOG SET OUTCOME = 'OK' WHERE SEQ = 3"));
        VerificationResult r = service.verify(TENANT_A);
        assertThat(r.summary()).isEqualTo("BROKEN: tenant 112291, HASH_MISMATCH at entry 3: entry 3 does not match"
            + " the chain: it or its stored HMAC was changed, or entries were inserted, removed or reordered here");
        assertThat(r.entries()).isEqualTo(2);
    }

    @Test
    void searchFiltersByTimeStaffActionAndSubjectInLogOrder() {
        for (int i = 1; i <= 30; i++) {
            service.record(TENANT_A, entry(i));
            clock.advance(Duration.ofMinutes(1));
        }
        Instant t0 = Instant.parse("2026-04-01T00:00:00Z");
        assertThat(service.search(TENANT_A, null, null, null, null, null, 100)).hasSize(30)
            .extracting(LoggedOperation::seq).isSorted();
        assertThat(service.search(TENANT_A, t0.plus(Duration.ofMinutes(5)), t0.plus(Duration.ofMinutes(8)), null,
            null, null, 100)).extracting(LoggedOperation::requestId).containsExactly("req-6", "req-7", "req-8");
        assertThat(service.search(TENANT_A, null, null, "staff-3", null, null, 100))
            .extracting(LoggedOperation::requestId).containsExactly("req-3", "req-10", "req-17", "req-24");
        assertThat(service.search(TENANT_A, null, null, "staff-3", "eligibility.read", null, 100))
            .extracting(LoggedOperation::requestId).containsExactly("req-10");
        String subject = entry(7).subjectIndex();
        assertThat(service.search(TENANT_A, null, null, null, null, subject, 100))
            .extracting(LoggedOperation::requestId).containsExactly("req-7");
        assertThat(service.search(TENANT_A, null, null, null, null, "", 100))
            .extracting(LoggedOperation::requestId).containsExactly("req-10", "req-20", "req-30");
        assertThat(service.search(TENANT_A, null, null, null, "transfer.send", null, 2))
            .extracting(LoggedOperation::requestId).containsExactly("req-4", "req-9");
        LoggedOperation one = service.search(TENANT_A, null, null, null, null, subject, 1).get(0);
        assertThat(one.items()).containsExactly("atena_no", "coverage_start_date", "nhi_household_no");
        assertThat(one.occurredAt()).isEqualTo(t0.plus(Duration.ofMinutes(6)));
        assertThatThrownBy(() -> service.search(TENANT_A, null, null, null, null, null, 0))
            .hasMessage("limit must be 1 to 10000");
        assertThatThrownBy(() -> service.search(TENANT_A, null, null, null, null, null, 10_001))
            .hasMessage("limit must be 1 to 10000");
    }

    @Test
    void aRotatedKeyIsUsedFromTheNextEntry() {
        service.record(TENANT_A, entry(1));
        assertThat(service.rotateKey(TENANT_A)).isEqualTo("audit-2");
        assertThat(service.record(TENANT_A, entry(2)).keyId()).isEqualTo("audit-2");
        assertThat(service.verify(TENANT_A).ok()).isTrue();
    }

    @Test
    void theComponentTakesItsDirectoriesAndIntervalsFromItsConfiguration() throws Exception {
        OperationLogService.Config config = mock(OperationLogService.Config.class);
        when(config.keys_dir()).thenReturn(dir.resolve("k").toString());
        when(config.checkpoints_dir()).thenReturn(dir.resolve("c").toString());
        when(config.checkpoint_every_entries()).thenReturn(10_000L);
        when(config.checkpoint_every_minutes()).thenReturn(10L);
        OperationLogService component = new OperationLogService(registry, config);
        try {
            component.record(TENANT_A, entry(1));
            component.checkpoint(TENANT_A);
        } finally {
            component.close();
        }
        assertThat(dir.resolve("k").resolve(TENANT_A).resolve("audit-1.key")).isRegularFile();
        assertThat(Files.readAllLines(dir.resolve("c").resolve(TENANT_A + ".log"))).hasSize(1);

        when(config.keys_dir()).thenReturn("");
        if (System.getProperty("karaf.etc") == null) {
            assertThatThrownBy(() -> new OperationLogService(registry, config))
                .isInstanceOf(IllegalStateException.class).hasMessage("operation log: no keys directory configured and no karaf.etc");
        }
    }
}
