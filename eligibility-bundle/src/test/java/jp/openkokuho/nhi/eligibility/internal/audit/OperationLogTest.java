package jp.openkokuho.nhi.eligibility.internal.audit;

import static jp.openkokuho.nhi.eligibility.internal.audit.AuditTestSupport.TENANT_A;
import static jp.openkokuho.nhi.eligibility.internal.audit.AuditTestSupport.TENANT_B;
import static jp.openkokuho.nhi.eligibility.internal.audit.AuditTestSupport.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.openkokuho.nhi.eligibility.internal.TestStores;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/** Appending in the caller's transaction, on a real (in-memory Derby) tenant store. */
class OperationLogTest {
    @TempDir
    Path dir;
    private TenantStore store;
    private FileTenantKeyProvider keys;
    private TestStores.MutableClock clock;
    private OperationLog log;
    private AuditVerifier verifier;
    private final List<String> appended = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void setUp() {
        store = TestStores.open(TENANT_A, List.of());
        keys = new FileTenantKeyProvider(dir.resolve("keys"), new SecureRandom());
        clock = new TestStores.MutableClock(Instant.parse("2026-04-01T00:00:00.123456789Z"), ZoneOffset.UTC);
        log = new OperationLog(keys, clock, (t, s) -> appended.add(t + "#" + s));
        verifier = new AuditVerifier(keys, new FileCheckpointStore(dir.resolve("checkpoints")));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void anEntryIsStoredWithTheStoresTenantASequenceNumberAndAChainValue() {
        LoggedOperation e = store.inTransaction(em -> log.append(em, entry(1)));
        assertThat(e.seq()).isEqualTo(1);
        assertThat(e.tenant()).isEqualTo(TENANT_A);
        // stored to the microsecond, the precision PostgreSQL keeps
        assertThat(e.occurredAt()).isEqualTo(Instant.parse("2026-04-01T00:00:00.123456Z"));
        assertThat(e.keyId()).isEqualTo("audit-1");
        assertThat(e.formatVersion()).isEqualTo(1);
        assertThat(e.outcome()).isEqualTo("DENIED");
        assertThat(e.itemNames()).isEqualTo("atena_no");
        byte[] expected = CanonicalEncoding.link(CanonicalEncoding.newMac(), keys.current(TENANT_A).secret(),
            CanonicalEncoding.GENESIS, CanonicalEncoding.encode(e));
        assertThat(e.hmac()).isEqualTo(CanonicalEncoding.hex(expected));

        List<LoggedOperation> stored = store.read(em -> {
            List<LoggedOperation> out = new ArrayList<>();
            AuditVerifier.entries(em, 0, Long.MAX_VALUE).forEachRemaining(out::add);
            return out;
        });
        assertThat(stored).containsExactly(e);
        LoggedOperation viaEntity = store.read(em -> em.find(OperationLogEntity.class, 1L).toLogged());
        assertThat(viaEntity).isEqualTo(e);
        assertThat(appended).containsExactly(TENANT_A + "#1");
        VerificationResult r = verifier.verify(store);
        assertThat(r.ok()).isTrue();
        assertThat(r.entries()).isEqualTo(1);
        assertThat(r.head()).isEqualTo(e.hmac());
        assertThat(r.lastCheckpoint()).isNull();
        assertThat(r.uncoveredEntries()).isEqualTo(1);
    }

    @Test
    void eachTenantsEntriesCarryItsOwnCodeAndKey() {
        try (TenantStore other = TestStores.open(TENANT_B, List.of())) {
            LoggedOperation a = store.inTransaction(em -> log.append(em, entry(1)));
            LoggedOperation b = other.inTransaction(em -> log.append(em, entry(1)));
            assertThat(b.tenant()).isEqualTo(TENANT_B);
            assertThat(b.seq()).isEqualTo(1);
            // same entry, same time, same position: only the tenant and its key differ
            assertThat(b.hmac()).isNotEqualTo(a.hmac());
            assertThat(keys.current(TENANT_B).secret().getEncoded())
                .isNotEqualTo(keys.current(TENANT_A).secret().getEncoded());
            assertThat(verifier.verify(other).ok()).isTrue();
        }
    }

    @Test
    void aRolledBackOperationTakesItsEntryAndItsNumberWithIt() {
        store.inTransaction(em -> log.append(em, entry(1)));
        assertThatThrownBy(() -> store.inTransaction(em -> {
            log.append(em, entry(2));
            throw new IllegalStateException("the operation failed after logging");
        })).hasMessage("the operation failed after logging");
        LoggedOperation next = store.inTransaction(em -> log.append(em, entry(3)));
        assertThat(next.seq()).isEqualTo(2);
        assertThat(next.requestId()).isEqualTo("req-3");
        VerificationResult r = verifier.verify(store);
        assertThat(r.ok()).isTrue();
        assertThat(r.entries()).isEqualTo(2);
    }

    @Test
    void severalEntriesInOneTransactionChainOnEachOther() {
        List<LoggedOperation> batch = store.inTransaction(em -> {
            List<LoggedOperation> out = new ArrayList<>();
            for (int i = 1; i <= 50; i++) {
                clock.advance(Duration.ofMillis(1));
                out.add(log.append(em, entry(i)));
            }
            return out;
        });
        assertThat(batch).extracting(LoggedOperation::seq).containsExactlyElementsOf(
            LongStream.rangeClosed(1, 50).boxed().toList());
        VerificationResult r = verifier.verify(store);
        assertThat(r.ok()).isTrue();
        assertThat(r.entries()).isEqualTo(50);
        assertThat(r.head()).isEqualTo(batch.get(49).hmac());
    }

    @Test
    void entriesAfterAKeyRotationNameTheNewKeyAndTheWholeLogStillVerifies() {
        store.inTransaction(em -> log.append(em, entry(1)));
        keys.rotate(TENANT_A);
        LoggedOperation after = store.inTransaction(em -> log.append(em, entry(2)));
        assertThat(after.keyId()).isEqualTo("audit-2");
        VerificationResult r = verifier.verify(store);
        assertThat(r.ok()).isTrue();
        assertThat(r.entries()).isEqualTo(2);
    }

    @Test
    void appendingNeedsTheCallersTransactionAndATenantStore() {
        assertThatThrownBy(() -> store.read(em -> {
            em.getTransaction().rollback();
            return log.append(em, entry(1));
        })).isInstanceOf(IllegalStateException.class)
            .hasMessage("an operation log entry is appended inside the operation's transaction");

        EntityManager foreign = mock(EntityManager.class, org.mockito.Answers.RETURNS_DEEP_STUBS);
        EntityManagerFactory emf = mock(EntityManagerFactory.class);
        when(foreign.getTransaction().isActive()).thenReturn(true);
        when(foreign.getEntityManagerFactory()).thenReturn(emf);
        when(emf.getProperties()).thenReturn(java.util.Map.of());
        assertThatThrownBy(() -> log.append(foreign, entry(1))).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("the EntityManager does not belong to a tenant store");
    }

    @Test
    void aMissingPredecessorStopsAppendsInsteadOfStartingABranch() {
        store.inTransaction(em -> {
            log.append(em, entry(1));
            return log.append(em, entry(2));
        });
        store.inTransactionDo(em -> AuditTestSupport.sql(em, "DELETE FROM NHI_OPERATION_LOG WHERE SEQ = 2"));
        assertThatThrownBy(() -> store.inTransaction(em -> log.append(em, entry(3))))
            .isInstanceOf(AuditIntegrityException.class)
            .hasMessage("operation log of tenant 112291: entry 2 is missing or damaged; nothing can be chained on it"
                + " until the log is examined (verify the log)");
        assertThat(store.read(AuditVerifier::counter)).isEqualTo(2);
    }

    @Test
    void twoThreadsAppendingToOneTenantNeverLeaveAGapOrAFork() throws Exception {
        int perThread = 250;
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Long>>> results = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    List<Long> seqs = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        int n = thread * 1000 + i;
                        // one operation per transaction, as services do
                        seqs.add(store.inTransaction(em -> log.append(em, entry(n))).seq());
                    }
                    return seqs;
                }));
            }
            List<Long> first = results.get(0).get(60, TimeUnit.SECONDS);
            List<Long> second = results.get(1).get(60, TimeUnit.SECONDS);
            assertThat(first).isSorted().hasSize(perThread);
            assertThat(second).isSorted().hasSize(perThread);
            List<Long> all = new ArrayList<>(first);
            all.addAll(second);
            // every number exactly once: no gap, no two entries on one predecessor
            assertThat(all).containsExactlyInAnyOrderElementsOf(
                LongStream.rangeClosed(1, 2L * perThread).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
        VerificationResult r = verifier.verify(store);
        assertThat(r.ok()).isTrue();
        assertThat(r.entries()).isEqualTo(2L * perThread);
    }
}
