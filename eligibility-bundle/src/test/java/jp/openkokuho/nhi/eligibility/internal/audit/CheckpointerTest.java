package jp.openkokuho.nhi.eligibility.internal.audit;

import static jp.openkokuho.nhi.eligibility.internal.audit.AuditTestSupport.TENANT_A;
import static jp.openkokuho.nhi.eligibility.internal.audit.AuditTestSupport.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

import jp.openkokuho.nhi.eligibility.internal.TestStores;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

class CheckpointerTest {
    @TempDir
    Path dir;
    private TenantStore store;
    private TestStores.MutableClock clock;
    private OperationLog log;
    private FileCheckpointStore checkpoints;
    private Checkpointer checkpointer;
    private int next = 1;

    @BeforeEach
    void setUp() {
        store = TestStores.open(TENANT_A, List.of());
        clock = new TestStores.MutableClock(Instant.parse("2026-04-01T00:00:00Z"), ZoneOffset.UTC);
        FileTenantKeyProvider keys = new FileTenantKeyProvider(dir.resolve("keys"), new SecureRandom());
        checkpoints = new FileCheckpointStore(dir.resolve("checkpoints"));
        log = new OperationLog(keys, clock, null);
        checkpointer = new Checkpointer(keys, checkpoints, new AuditVerifier(keys, checkpoints),
            new Checkpointer.Policy(100, Duration.ofMinutes(10)), clock);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private void append(int n) {
        List<OperationEntry> entries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            entries.add(entry(next++));
        }
        store.inTransaction(em -> log.appendAll(em, entries));
    }

    @Test
    void checkpointsAreDueEveryNEntriesOrEveryTMinutesWhenTheLogHasGrown() {
        assertThat(checkpointer.checkpointIfDue(store)).isEmpty(); // nothing to cover yet
        append(1);
        Checkpoint first = checkpointer.checkpointIfDue(store).orElseThrow(); // none yet: due at once
        assertThat(first.size()).isEqualTo(1);
        assertThat(first.time()).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));

        append(50);
        clock.advance(Duration.ofMinutes(9));
        assertThat(checkpointer.checkpointIfDue(store)).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        assertThat(checkpointer.checkpointIfDue(store).orElseThrow().size()).isEqualTo(51);

        append(99);
        assertThat(checkpointer.dueByCount(TENANT_A, 150)).isFalse();
        assertThat(checkpointer.checkpointIfDue(store)).isEmpty();
        append(1);
        assertThat(checkpointer.dueByCount(TENANT_A, 151)).isTrue();
        Checkpoint byCount = checkpointer.checkpointIfDue(store).orElseThrow();
        assertThat(byCount.size()).isEqualTo(151);
        // the head is the chain value of entry 151
        assertThat(byCount.head()).isEqualTo(store.read(em -> AuditVerifier.entries(em, 150, 151).next().hmac()));

        clock.advance(Duration.ofHours(1));
        assertThat(checkpointer.checkpointIfDue(store)).isEmpty(); // no growth, no checkpoint
        assertThat(checkpointer.checkpointIfGrown(store)).isEmpty();
        assertThat(checkpoints.readAll(TENANT_A)).extracting(Checkpoint::size).containsExactly(1L, 51L, 151L);
    }

    @Test
    void onDemandACheckpointIsWrittenEvenWithoutGrowth() {
        Checkpoint empty = checkpointer.checkpoint(store);
        assertThat(empty.size()).isZero();
        assertThat(empty.head()).isEqualTo(CanonicalEncoding.GENESIS_HEX);
        append(3);
        checkpointer.checkpoint(store);
        clock.advance(Duration.ofSeconds(1));
        checkpointer.checkpoint(store);
        assertThat(checkpoints.readAll(TENANT_A)).extracting(Checkpoint::size).containsExactly(0L, 3L, 3L);
        assertThat(new AuditVerifier(new FileTenantKeyProvider(dir.resolve("keys"), new SecureRandom()), checkpoints)
            .verify(store).ok()).isTrue();
    }

    @Test
    void aLogTamperedWithSinceTheLastCheckpointIsNeverSealed() {
        append(10);
        checkpointer.checkpoint(store);
        append(10);
        store.inTransactionDo(em -> AuditTestSupport.sql(em,
            "UPDATE NHI_OPERATION_LOG SET STAFF_ID = 'someone-else' WHERE SEQ = 12"));
        assertThatThrownBy(() -> checkpointer.checkpoint(store)).isInstanceOf(AuditIntegrityException.class)
            .hasMessage("operation log of tenant 112291: no checkpoint written: HASH_MISMATCH, entry 12 does not match"
                + " the chain: it or its stored HMAC was changed, or entries were inserted, removed or reordered here");
        clock.advance(Duration.ofMinutes(10));
        assertThatThrownBy(() -> checkpointer.checkpointIfDue(store)).isInstanceOf(AuditIntegrityException.class);
        assertThat(checkpoints.readAll(TENANT_A)).extracting(Checkpoint::size).containsExactly(10L);
    }

    @Test
    void aLogShorterThanItsLastCheckpointRaisesTheAlarm() {
        append(10);
        checkpointer.checkpoint(store);
        store.inTransactionDo(em -> {
            AuditTestSupport.sql(em, "DELETE FROM NHI_OPERATION_LOG WHERE SEQ > 5");
            AuditTestSupport.sql(em, "UPDATE NHI_COUNTER SET COUNTER_VALUE = 5 WHERE COUNTER_NAME = 'operation_log'");
        });
        assertThatThrownBy(() -> checkpointer.checkpointIfGrown(store)).isInstanceOf(AuditIntegrityException.class)
            .hasMessage("operation log of tenant 112291: no checkpoint written: TRUNCATED, the store's counter records"
                + " 5 entries but the last checkpoint recorded 10");
        assertThatThrownBy(() -> checkpointer.checkpointIfDue(store)).isInstanceOf(AuditIntegrityException.class);
    }

    @Test
    void anEditedLastCheckpointIsNotBuiltUpon() throws Exception {
        append(10);
        checkpointer.checkpoint(store);
        Path file = checkpoints.file(TENANT_A);
        Files.writeString(file, Files.readString(file).replace(" 10 ", " 11 "));
        append(1);
        assertThatThrownBy(() -> checkpointer.checkpoint(store)).isInstanceOf(AuditIntegrityException.class)
            .hasMessage("operation log of tenant 112291: the most recent checkpoint does not carry a valid seal: the"
                + " checkpoint store was edited");
    }
}
