package jp.openkokuho.nhi.eligibility.internal.audit;

import static jp.openkokuho.nhi.eligibility.internal.audit.AuditTestSupport.TENANT_A;
import static jp.openkokuho.nhi.eligibility.internal.audit.AuditTestSupport.TENANT_B;
import static jp.openkokuho.nhi.eligibility.internal.audit.AuditTestSupport.insert;
import static jp.openkokuho.nhi.eligibility.internal.audit.AuditTestSupport.rechain;
import static jp.openkokuho.nhi.eligibility.internal.audit.AuditTestSupport.sql;
import static jp.openkokuho.nhi.eligibility.internal.audit.AuditTestSupport.updateHmacs;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import jp.openkokuho.nhi.eligibility.internal.TestStores;
import jp.openkokuho.nhi.eligibility.internal.audit.VerificationResult.Reason;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/**
 * The tamper test of docs/security.md: two tenants with 10,000 entries each and checkpoints every 2,500, then every
 * kind of tampering an attacker with full access to the tenant database (but not to the key directory or the
 * checkpoint files) can do. Each must be reported at exactly the first broken entry, with the right reason.
 *
 * <p>The logs are built once, through {@link OperationLog} and {@link Checkpointer}. Each test tampers inside a
 * transaction that is always rolled back and verifies in that same transaction, so every test starts from the
 * untampered logs.
 */
class AuditTamperTest {
    static final int N = 10_000;
    static final int CHECKPOINT_EVERY = 2_500;

    @TempDir
    static Path dir;
    static TenantStore a;
    static TenantStore b;
    static FileTenantKeyProvider keys;
    static FileCheckpointStore checkpoints;
    static AuditVerifier verifier;
    /** The untampered logs as stored. */
    static List<LoggedOperation> logA;
    static List<LoggedOperation> logB;
    static List<Checkpoint> checkpointsA;

    @BeforeAll
    static void buildTwoLogsOfTenThousandEntries() throws Exception {
        a = TestStores.open(TENANT_A, List.of());
        b = TestStores.open(TENANT_B, List.of());
        keys = new FileTenantKeyProvider(dir.resolve("keys"), new SecureRandom());
        checkpoints = new FileCheckpointStore(dir.resolve("checkpoints"));
        verifier = new AuditVerifier(keys, checkpoints);
        // the two tenants are independent databases: build them side by side
        CompletableFuture<Void> buildA = CompletableFuture.runAsync(() -> build(a));
        CompletableFuture<Void> buildB = CompletableFuture.runAsync(() -> build(b));
        buildA.get();
        buildB.get();
        logA = readAll(a);
        logB = readAll(b);
        checkpointsA = checkpoints.readAll(TENANT_A);
    }

    private static void build(TenantStore store) {
        TestStores.MutableClock clock = new TestStores.MutableClock(Instant.parse("2026-04-01T00:00:00Z"),
            ZoneOffset.UTC);
        OperationLog log = new OperationLog(keys, clock, null);
        Checkpointer checkpointer = new Checkpointer(keys, checkpoints, verifier,
            new Checkpointer.Policy(CHECKPOINT_EVERY, Duration.ofHours(24)), clock);
        int batch = 500;
        for (int from = 1; from <= N; from += batch) {
            List<OperationEntry> entries = new ArrayList<>();
            for (int i = from; i < from + batch; i++) {
                entries.add(AuditTestSupport.entry(i));
            }
            // one transaction per batch, as a batch job would log its operations
            store.inTransaction(em -> log.appendAll(em, entries));
            clock.advance(Duration.ofSeconds(37));
            if ((from + batch - 1) % CHECKPOINT_EVERY == 0) {
                // due by count (the first one because there is none yet)
                assertThat(checkpointer.checkpointIfDue(store)).isPresent();
            }
        }
    }

    private static List<LoggedOperation> readAll(TenantStore store) {
        return store.read(em -> {
            List<LoggedOperation> out = new ArrayList<>();
            AuditVerifier.entries(em, 0, Long.MAX_VALUE).forEachRemaining(out::add);
            return out;
        });
    }

    @AfterAll
    static void close() {
        a.close();
        b.close();
    }

    /** Tampers with tenant A's database and verifies, in one transaction that is rolled back. */
    private static VerificationResult tampered(Consumer<EntityManager> tamper) {
        return a.read(em -> {
            tamper.accept(em);
            return verifier.verify(em);
        });
    }

    private static LoggedOperation entryA(long seq) {
        return logA.get((int) seq - 1);
    }

    /** The exact report: first broken entry, earliest affected entry, reason; the intact prefix and its head. */
    private static void assertBroken(VerificationResult r, long seq, long from, Reason reason) {
        assertThat(r.ok()).as(r.summary()).isFalse();
        assertThat(r.failure().reason()).as(r.summary()).isEqualTo(reason);
        assertThat(r.failure().seq()).as(r.summary()).isEqualTo(seq);
        assertThat(r.failure().from()).as(r.summary()).isEqualTo(from);
        assertThat(r.entries()).isEqualTo(from - 1);
        assertThat(r.head()).isEqualTo(from == 1 ? CanonicalEncoding.GENESIS_HEX : entryA(from - 1).hmac());
        assertThat(r.tenant()).isEqualTo(TENANT_A);
    }

    private static void assertBroken(VerificationResult r, long seq, Reason reason) {
        assertBroken(r, seq, seq, reason);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // untampered

    @Test
    void theUntamperedLogsVerifyAgainstTheirLastCheckpoint() {
        assertThat(logA).hasSize(N);
        assertThat(logB).hasSize(N);
        assertThat(checkpointsA).extracting(Checkpoint::size).containsExactly(2_500L, 5_000L, 7_500L, 10_000L);
        for (TenantStore store : List.of(a, b)) {
            VerificationResult r = verifier.verify(store);
            assertThat(r.ok()).as(r.summary()).isTrue();
            assertThat(r.entries()).isEqualTo(N);
            assertThat(r.lastCheckpoint().size()).isEqualTo(N);
            assertThat(r.head()).isEqualTo(r.lastCheckpoint().head());
            assertThat(r.uncoveredEntries()).isZero();
        }
        assertThat(verifier.verify(a).head()).isEqualTo(entryA(N).hmac());
        assertThat(logA).extracting(LoggedOperation::tenant).containsOnly(TENANT_A);
        assertThat(logB).extracting(LoggedOperation::tenant).containsOnly(TENANT_B);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // a single-byte change of every column, at the first, middle and last entry and one seeded random position

    /** A column of NHI_OPERATION_LOG, how a one-byte change is made to it, and what the verifier must report. */
    enum Column {
        TENANT_CODE(Reason.FOREIGN_TENANT), SEQ(Reason.SEQUENCE_GAP), OCCURRED_AT(Reason.HASH_MISMATCH),
        STAFF_ID(Reason.HASH_MISMATCH), STAFF_ROLE(Reason.HASH_MISMATCH), ACTION_NAME(Reason.HASH_MISMATCH),
        PURPOSE(Reason.HASH_MISMATCH), SUBJECT_INDEX(Reason.HASH_MISMATCH), ITEM_NAMES(Reason.HASH_MISMATCH),
        OUTCOME(Reason.HASH_MISMATCH), REQUEST_ID(Reason.HASH_MISMATCH), KEY_ID(Reason.UNKNOWN_KEY),
        FORMAT_VERSION(Reason.UNSUPPORTED_FORMAT), ENTRY_HMAC(Reason.HASH_MISMATCH);

        final Reason expected;

        Column(Reason expected) {
            this.expected = expected;
        }

        /** The stored value with one byte changed (text: the middle byte of its UTF-8; empty text gains one byte). */
        Object changed(LoggedOperation e) {
            return switch (this) {
                case SEQ -> e.seq() ^ (1L << 40);
                case OCCURRED_AT -> Timestamp.valueOf(LocalDateTime.ofInstant(e.occurredAt().plus(1, ChronoUnit.MICROS),
                    ZoneOffset.UTC));
                case FORMAT_VERSION -> e.formatVersion() ^ 1;
                default -> {
                    String v = text(e);
                    yield flip(v, v.getBytes(StandardCharsets.UTF_8).length / 2);
                }
            };
        }

        String text(LoggedOperation e) {
            return switch (this) {
                case TENANT_CODE -> e.tenant();
                case STAFF_ID -> e.staffId();
                case STAFF_ROLE -> e.role();
                case ACTION_NAME -> e.action();
                case PURPOSE -> e.purpose();
                case SUBJECT_INDEX -> e.subjectIndex();
                case ITEM_NAMES -> e.itemNames();
                case OUTCOME -> e.outcome();
                case REQUEST_ID -> e.requestId();
                case KEY_ID -> e.keyId();
                case ENTRY_HMAC -> e.hmac();
                default -> throw new IllegalStateException(name() + " is not text");
            };
        }
    }

    static Stream<Arguments> columnsAndPositions() {
        Random random = new Random(20260401);
        List<Arguments> out = new ArrayList<>();
        for (Column c : Column.values()) {
            for (long seq : new long[] {1, N / 2, N, 2 + random.nextInt(N - 2)}) {
                out.add(Arguments.of(c, seq));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} of entry {1}")
    @MethodSource("columnsAndPositions")
    void aOneByteChangeOfAnyColumnIsReportedAtThatEntry(Column column, long seq) {
        Object changed = column.changed(entryA(seq));
        VerificationResult r = tampered(em -> assertThat(sql(em, "UPDATE NHI_OPERATION_LOG SET " + column.name()
            + " = ? WHERE SEQ = ?", changed, seq)).isEqualTo(1));
        assertBroken(r, seq, column.expected);
    }

    @Test
    void textThatIsNoLongerWellFormedUnicodeIsABrokenEntry() {
        VerificationResult r = tampered(em -> sql(em, "UPDATE NHI_OPERATION_LOG SET PURPOSE = ? WHERE SEQ = ?",
            entryA(4321).purpose() + "\uD800", 4321L));
        assertBroken(r, 4321, Reason.HASH_MISMATCH);
        assertThat(r.failure().detail()).isEqualTo("entry 4321 holds text that is not well-formed Unicode: it was"
            + " changed");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // every single-byte change of every field of sample entries, checked on the values (no database round trip)

    @Test
    void everySingleByteChangeOfEveryFieldOfTheFirstMiddleAndLastEntryIsDetected() {
        int checked = 0;
        for (long seq : new long[] {1, N / 2, N}) {
            LoggedOperation original = entryA(seq);
            String before = seq == 1 ? CanonicalEncoding.GENESIS_HEX : entryA(seq - 1).hmac();
            List<LoggedOperation> variants = oneByteVariants(original);
            for (LoggedOperation v : variants) {
                assertThat(v).isNotEqualTo(original);
                // the prefix up to seq - 1 is proven intact by the other tests; check from there, with the next entry
                List<LoggedOperation> tail = new ArrayList<>();
                tail.add(v);
                if (seq < N) {
                    tail.add(entryA(seq + 1));
                }
                VerificationResult r = verifier.extend(TENANT_A, seq - 1, before, tail.iterator(),
                    seq + tail.size() - 1);
                assertThat(r.ok()).as("%s", v).isFalse();
                assertThat(r.failure().seq()).as("%s", v).isEqualTo(seq);
                checked++;
            }
        }
        // 3 entries × (8 seq bytes + 4 version bytes + 7 time units) + every byte of their 11 text fields
        assertThat(checked).isEqualTo(599);
    }

    /**
     * Every single-byte change of the chained fields of one entry: each byte of the sequence number and the format
     * version, the time moved by one unit from nanoseconds to days, and each byte of every text column's UTF-8 (the
     * lowest bit that keeps it text).
     */
    static List<LoggedOperation> oneByteVariants(LoggedOperation original) {
        List<LoggedOperation> variants = new ArrayList<>();
        for (Column c : Column.values()) {
            switch (c) {
                case SEQ -> {
                    for (int bit = 0; bit < 64; bit += 8) {
                        long s = original.seq() ^ (1L << bit);
                        variants.add(with(original, e -> new LoggedOperation(s, e.tenant(), e.occurredAt(),
                            e.staffId(), e.role(), e.action(), e.purpose(), e.subjectIndex(), e.itemNames(),
                            e.outcome(), e.requestId(), e.keyId(), e.formatVersion(), e.hmac())));
                    }
                }
                case FORMAT_VERSION -> {
                    for (int bit = 0; bit < 32; bit += 8) {
                        int v = original.formatVersion() ^ (1 << bit);
                        variants.add(new LoggedOperation(original.seq(), original.tenant(),
                            original.occurredAt(), original.staffId(), original.role(), original.action(),
                            original.purpose(), original.subjectIndex(), original.itemNames(), original.outcome(),
                            original.requestId(), original.keyId(), v, original.hmac()));
                    }
                }
                case OCCURRED_AT -> {
                    for (ChronoUnit unit : new ChronoUnit[] {ChronoUnit.NANOS, ChronoUnit.MICROS, ChronoUnit.MILLIS,
                            ChronoUnit.SECONDS, ChronoUnit.MINUTES, ChronoUnit.HOURS, ChronoUnit.DAYS}) {
                        Instant t = original.occurredAt().plus(1, unit);
                        variants.add(new LoggedOperation(original.seq(), original.tenant(), t,
                            original.staffId(), original.role(), original.action(), original.purpose(),
                            original.subjectIndex(), original.itemNames(), original.outcome(),
                            original.requestId(), original.keyId(), original.formatVersion(), original.hmac()));
                    }
                }
                default -> {
                    String v = c.text(original);
                    int length = Math.max(1, v.getBytes(StandardCharsets.UTF_8).length);
                    for (int pos = 0; pos < length; pos++) {
                        variants.add(withText(original, c, flip(v, pos)));
                    }
                }
            }
        }
        return variants;
    }

    private static LoggedOperation with(LoggedOperation e, UnaryOperator<LoggedOperation> f) {
        return f.apply(e);
    }

    static LoggedOperation withText(LoggedOperation e, Column c, String v) {
        return new LoggedOperation(e.seq(), c == Column.TENANT_CODE ? v : e.tenant(), e.occurredAt(),
            c == Column.STAFF_ID ? v : e.staffId(), c == Column.STAFF_ROLE ? v : e.role(),
            c == Column.ACTION_NAME ? v : e.action(), c == Column.PURPOSE ? v : e.purpose(),
            c == Column.SUBJECT_INDEX ? v : e.subjectIndex(), c == Column.ITEM_NAMES ? v : e.itemNames(),
            c == Column.OUTCOME ? v : e.outcome(), c == Column.REQUEST_ID ? v : e.requestId(),
            c == Column.KEY_ID ? v : e.keyId(), e.formatVersion(), c == Column.ENTRY_HMAC ? v : e.hmac());
    }

    /**
     * Changes the byte at {@code pos} of the UTF-8 encoding of {@code s} (the lowest bit that keeps it text); an empty
     * string gains one byte.
     */
    static String flip(String s, int pos) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0) {
            return "0";
        }
        for (int bit = 0; bit < 8; bit++) {
            byte[] copy = bytes.clone();
            copy[pos] ^= (byte) (1 << bit);
            try {
                String t = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(copy)).toString();
                if (!t.equals(s) && StandardCharsets.UTF_8.newEncoder().canEncode(CharBuffer.wrap(t))) {
                    return t;
                }
            } catch (CharacterCodingException e) {
                // that bit makes it invalid UTF-8, which no text column can hold: try the next bit
            }
        }
        throw new IllegalStateException("no one-byte change of byte " + pos + " keeps the text valid");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // deletion

    @Test
    void deletingTheFirstOrAMiddleEntryIsAGapAtIt() {
        assertBroken(tampered(em -> sql(em, "DELETE FROM NHI_OPERATION_LOG WHERE SEQ = 1")), 1, Reason.SEQUENCE_GAP);
        VerificationResult r = tampered(em -> sql(em, "DELETE FROM NHI_OPERATION_LOG WHERE SEQ = 5000"));
        assertBroken(r, 5000, Reason.SEQUENCE_GAP);
        assertThat(r.failure().detail()).isEqualTo("entry 5000 is missing (the next entry is 5001): it was deleted");
    }

    @Test
    void deletingTheLastEntryIsATruncation() {
        VerificationResult r = tampered(em -> sql(em, "DELETE FROM NHI_OPERATION_LOG WHERE SEQ = 10000"));
        assertBroken(r, 10_000, Reason.TRUNCATED);
    }

    @Test
    void deletingAnEntryAndRenumberingTheRestBreaksTheChainAtIt() {
        VerificationResult r = tampered(em -> {
            sql(em, "DELETE FROM NHI_OPERATION_LOG WHERE SEQ = 5000");
            AuditTestSupport.renumber(em, 5001, N, -1);
            sql(em, "UPDATE NHI_COUNTER SET COUNTER_VALUE = COUNTER_VALUE - 1 WHERE COUNTER_NAME = 'operation_log'");
        });
        assertBroken(r, 5000, Reason.HASH_MISMATCH);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // insertion

    private static void shiftUpFrom(EntityManager em, long from) {
        AuditTestSupport.renumber(em, from, N, +1);
        sql(em, "UPDATE NHI_COUNTER SET COUNTER_VALUE = COUNTER_VALUE + 1 WHERE COUNTER_NAME = 'operation_log'");
    }

    private static LoggedOperation forged(long seq) {
        LoggedOperation model = entryA(seq > N ? N : seq);
        return new LoggedOperation(seq, TENANT_A, model.occurredAt(), "intruder", "supervisor", "eligibility.read",
            "国民健康保険法第9条", "", "atena_no", "OK", "req-forged", "audit-1", 1, AuditTestSupport.sha256("forged"));
    }

    @Test
    void aForgedEntryInsertedInTheMiddleBreaksTheChainAtIt() {
        VerificationResult r = tampered(em -> {
            shiftUpFrom(em, 5001);
            insert(em, forged(5001));
        });
        assertBroken(r, 5001, Reason.HASH_MISMATCH);
    }

    @Test
    void aCopyOfAGenuineEntryInsertedAfterItBreaksTheChainAtTheCopy() {
        VerificationResult r = tampered(em -> {
            shiftUpFrom(em, 5001);
            LoggedOperation copy = entryA(5000);
            insert(em, new LoggedOperation(5001, copy.tenant(), copy.occurredAt(), copy.staffId(), copy.role(),
                copy.action(), copy.purpose(), copy.subjectIndex(), copy.itemNames(), copy.outcome(),
                copy.requestId(), copy.keyId(), copy.formatVersion(), copy.hmac()));
        });
        assertBroken(r, 5001, Reason.HASH_MISMATCH);
    }

    @Test
    void aForgedEntryInsertedFirstOrAppendedLastIsReportedAtIt() {
        assertBroken(tampered(em -> {
            shiftUpFrom(em, 1);
            insert(em, forged(1));
        }), 1, Reason.HASH_MISMATCH);
        assertBroken(tampered(em -> {
            insert(em, forged(N + 1));
            sql(em, "UPDATE NHI_COUNTER SET COUNTER_VALUE = COUNTER_VALUE + 1 WHERE COUNTER_NAME = 'operation_log'");
        }), N + 1, Reason.HASH_MISMATCH);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // reorder

    private static void swap(EntityManager em, long x, long y) {
        sql(em, "UPDATE NHI_OPERATION_LOG SET SEQ = -1 WHERE SEQ = ?", x);
        sql(em, "UPDATE NHI_OPERATION_LOG SET SEQ = ? WHERE SEQ = ?", x, y);
        sql(em, "UPDATE NHI_OPERATION_LOG SET SEQ = ? WHERE SEQ = -1", y);
    }

    @Test
    void swappingTwoEntriesBreaksTheChainAtTheEarlierOne() {
        assertBroken(tampered(em -> swap(em, 5000, 5001)), 5000, Reason.HASH_MISMATCH);
        assertBroken(tampered(em -> swap(em, 1, N)), 1, Reason.HASH_MISMATCH);
        assertBroken(tampered(em -> swap(em, 9999, N)), 9999, Reason.HASH_MISMATCH);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // truncation

    @Test
    void cuttingOffTheEndIsATruncationEvenWithTheCounterRewritten() {
        VerificationResult r = tampered(em -> sql(em, "DELETE FROM NHI_OPERATION_LOG WHERE SEQ > 9000"));
        assertBroken(r, 9001, Reason.TRUNCATED);
        assertThat(r.failure().detail()).isEqualTo("the log ends after entry 9000 but the checkpoint of "
            + CanonicalEncoding.time(checkpointsA.get(3).time()) + " recorded 10000 entries: entries 9001 to 10000"
            + " were removed");
        assertBroken(tampered(em -> {
            sql(em, "DELETE FROM NHI_OPERATION_LOG WHERE SEQ > 9000");
            sql(em, "UPDATE NHI_COUNTER SET COUNTER_VALUE = 9000 WHERE COUNTER_NAME = 'operation_log'");
        }), 9001, Reason.TRUNCATED);
        assertBroken(tampered(em -> {
            sql(em, "DELETE FROM NHI_OPERATION_LOG");
            sql(em, "UPDATE NHI_COUNTER SET COUNTER_VALUE = 0 WHERE COUNTER_NAME = 'operation_log'");
        }), 1, Reason.TRUNCATED);
    }

    @Test
    void entriesAfterTheLastCheckpointAreProtectedByTheCounterAndTheChainOnly() {
        OperationLog log = new OperationLog(keys, java.time.Clock.systemUTC(), null);
        List<OperationEntry> twenty = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            twenty.add(AuditTestSupport.entry(N + i));
        }
        // the counter still says 10,020: caught
        VerificationResult counted = tampered(em -> {
            log.appendAll(em, twenty);
            sql(em, "DELETE FROM NHI_OPERATION_LOG WHERE SEQ > 10010");
        });
        assertThat(counted.failure().reason()).isEqualTo(Reason.TRUNCATED);
        assertThat(counted.failure().seq()).isEqualTo(10_011);
        assertThat(counted.entries()).isEqualTo(10_010);
        assertThat(counted.failure().detail()).isEqualTo("the log ends after entry 10010 but the store's counter"
            + " records 10020 entries: entries 10011 to 10020 were removed");
        // the limit of the design: with the counter rewritten too, only the next checkpoint would have covered them
        VerificationResult hidden = tampered(em -> {
            log.appendAll(em, twenty);
            sql(em, "DELETE FROM NHI_OPERATION_LOG WHERE SEQ > 10010");
            sql(em, "UPDATE NHI_COUNTER SET COUNTER_VALUE = 10010 WHERE COUNTER_NAME = 'operation_log'");
        });
        assertThat(hidden.ok()).isTrue();
        assertThat(hidden.entries()).isEqualTo(10_010);
        assertThat(hidden.uncoveredEntries()).isEqualTo(10);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // cross-tenant splice

    @Test
    void anEntryFromAnotherTenantsLogIsReportedAsForeign() {
        LoggedOperation theirs = logB.get(4999);
        VerificationResult spliced = tampered(em -> {
            sql(em, "DELETE FROM NHI_OPERATION_LOG WHERE SEQ = 5000");
            insert(em, theirs);
        });
        assertBroken(spliced, 5000, Reason.FOREIGN_TENANT);
        assertThat(spliced.failure().detail()).isEqualTo("entry 5000 names tenant 131016: it was copied in from"
            + " another municipality's log");
        // whatever was written into the column, a report never echoes more than a plain code
        VerificationResult odd = tampered(em -> sql(em, "UPDATE NHI_OPERATION_LOG SET TENANT_CODE = ? WHERE SEQ = 7",
            "11229\n1"));
        assertBroken(odd, 7, Reason.FOREIGN_TENANT);
        assertThat(odd.failure().detail()).isEqualTo("entry 7 names tenant (a value that is not a plain code): it was"
            + " copied in from another municipality's log");
        LoggedOperation last = logB.get(N - 1);
        assertBroken(tampered(em -> insert(em, new LoggedOperation(N + 1, last.tenant(), last.occurredAt(),
            last.staffId(), last.role(), last.action(), last.purpose(), last.subjectIndex(), last.itemNames(),
            last.outcome(), last.requestId(), last.keyId(), last.formatVersion(), last.hmac()))),
            N + 1, Reason.FOREIGN_TENANT);
    }

    @Test
    void anotherTenantsEntryRelabelledAsOursBreaksTheChain() {
        LoggedOperation theirs = logB.get(4999);
        assertBroken(tampered(em -> {
            sql(em, "DELETE FROM NHI_OPERATION_LOG WHERE SEQ = 5000");
            insert(em, relabel(theirs));
        }), 5000, Reason.HASH_MISMATCH);
        // the whole of the other tenant's log, relabelled
        assertBroken(tampered(em -> {
            sql(em, "DELETE FROM NHI_OPERATION_LOG");
            AuditTestSupport.insertAll(em, logB.stream().map(AuditTamperTest::relabel).toList());
        }), 1, Reason.HASH_MISMATCH);
    }

    private static LoggedOperation relabel(LoggedOperation e) {
        return new LoggedOperation(e.seq(), TENANT_A, e.occurredAt(), e.staffId(), e.role(), e.action(), e.purpose(),
            e.subjectIndex(), e.itemNames(), e.outcome(), e.requestId(), e.keyId(), e.formatVersion(), e.hmac());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // full rewrite with recomputed hashes

    @Test
    void aFullRewriteWithAnotherKeyBreaksTheChainAtTheFirstEntry() {
        byte[] material = new byte[32];
        new SecureRandom().nextBytes(material);
        TenantKey attackers = new TenantKey(TENANT_A, "audit-1", material);
        assertBroken(tampered(em -> updateHmacs(em, rechain(logA, CanonicalEncoding.GENESIS_HEX, attackers))), 1,
            Reason.HASH_MISMATCH);
        // under a key id of its own the entries name a key the tenant does not have
        TenantKey renamed = new TenantKey(TENANT_A, "audit-7", material);
        VerificationResult r = tampered(em -> {
            sql(em, "UPDATE NHI_OPERATION_LOG SET KEY_ID = 'audit-7'");
            List<LoggedOperation> relabelled = logA.stream().map(e -> new LoggedOperation(e.seq(), e.tenant(),
                e.occurredAt(), e.staffId(), e.role(), e.action(), e.purpose(), e.subjectIndex(), e.itemNames(),
                e.outcome(), e.requestId(), "audit-7", e.formatVersion(), e.hmac())).toList();
            updateHmacs(em, rechain(relabelled, CanonicalEncoding.GENESIS_HEX, renamed));
        });
        assertBroken(r, 1, Reason.UNKNOWN_KEY);
    }

    /** Changes one entry and recomputes every later chain value with the tenant's real key. */
    private static VerificationResult rewrittenWithTheRightKey(long seq) {
        TenantKey real = keys.current(TENANT_A);
        LoggedOperation changed = withText(entryA(seq), Column.STAFF_ID, "staff-covered-up");
        List<LoggedOperation> tail = new ArrayList<>(logA.subList((int) seq, N));
        tail.add(0, changed);
        List<LoggedOperation> rechained = rechain(tail, seq == 1 ? CanonicalEncoding.GENESIS_HEX
            : entryA(seq - 1).hmac(), real);
        return tampered(em -> {
            sql(em, "UPDATE NHI_OPERATION_LOG SET STAFF_ID = 'staff-covered-up' WHERE SEQ = ?", seq);
            updateHmacs(em, rechained);
        });
    }

    @Test
    void aRewriteWithTheRightKeyButNoNewCheckpointIsCaughtByTheNextCheckpoint() {
        VerificationResult r = rewrittenWithTheRightKey(6000);
        assertBroken(r, 7500, 5001, Reason.HEAD_MISMATCH);
        assertThat(r.head()).isEqualTo(checkpointsA.get(1).head());
        assertThat(r.failure().detail()).isEqualTo("the chain after entry 7500 differs from the checkpoint of "
            + CanonicalEncoding.time(checkpointsA.get(2).time()) + ": the log was rewritten with recomputed hashes"
            + " somewhere in entries 5001 to 7500 (the checkpoint at entry 5000 still matches)");
        assertBroken(rewrittenWithTheRightKey(1), 2500, 1, Reason.HEAD_MISMATCH);
        assertBroken(rewrittenWithTheRightKey(N), N, 7501, Reason.HEAD_MISMATCH);
    }

    @Test
    void aRewriteWithTheRightKeyThatAlsoCutsTheEndIsATruncation() {
        TenantKey real = keys.current(TENANT_A);
        List<LoggedOperation> tail = new ArrayList<>(logA.subList(8000, 9000));
        tail.add(0, withText(entryA(8000), Column.STAFF_ID, "staff-covered-up"));
        List<LoggedOperation> rechained = rechain(tail, entryA(7999).hmac(), real);
        VerificationResult r = tampered(em -> {
            sql(em, "DELETE FROM NHI_OPERATION_LOG WHERE SEQ > 9000");
            sql(em, "UPDATE NHI_OPERATION_LOG SET STAFF_ID = 'staff-covered-up' WHERE SEQ = 8000");
            updateHmacs(em, rechained);
            sql(em, "UPDATE NHI_COUNTER SET COUNTER_VALUE = 9000 WHERE COUNTER_NAME = 'operation_log'");
        });
        // no checkpoint lies between the rewrite and the cut, so the cut is what is seen, right after it
        assertThat(r.failure()).isEqualTo(new VerificationResult.Failure(9001, 9001, Reason.TRUNCATED,
            "the log ends after entry 9000 but the checkpoint of " + CanonicalEncoding.time(checkpointsA.get(3).time())
                + " recorded 10000 entries: entries 9001 to 10000 were removed"));
        assertThat(r.head()).isEqualTo(rechained.get(rechained.size() - 1).hmac());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the checkpoint store

    /** Verifies tenant A's untampered log against an edited copy of its checkpoint file. */
    private static VerificationResult withCheckpointFile(UnaryOperator<List<String>> edit) throws Exception {
        Path copy = Files.createTempDirectory(dir, "edited");
        List<String> lines = Files.readAllLines(checkpoints.file(TENANT_A));
        Files.write(copy.resolve(TENANT_A + ".log"), edit.apply(new ArrayList<>(lines)));
        return new AuditVerifier(keys, new FileCheckpointStore(copy)).verify(a);
    }

    @Test
    void anEditedOrForgedCheckpointIsReportedAndNeverTrusted() throws Exception {
        VerificationResult lowered = withCheckpointFile(lines -> {
            lines.set(3, lines.get(3).replace(" 10000 ", " 9000 "));
            return lines;
        });
        assertThat(lowered.failure()).isEqualTo(new VerificationResult.Failure(9000, 0, Reason.CHECKPOINT_INVALID,
            "checkpoint 4 (9000 entries, " + CanonicalEncoding.time(checkpointsA.get(3).time()) + ") does not carry a"
                + " valid seal of tenant 112291: the checkpoint store was edited"));

        byte[] material = new byte[32];
        new SecureRandom().nextBytes(material);
        Checkpoint forged = Checkpoint.seal(TENANT_A, 9000, entryA(9000).hmac(), Instant.now(),
            new TenantKey(TENANT_A, "audit-1", material));
        VerificationResult forgedSeal = withCheckpointFile(lines -> {
            lines.add(forged.toLine());
            return lines;
        });
        assertThat(forgedSeal.failure().reason()).isEqualTo(Reason.CHECKPOINT_INVALID);
        assertThat(forgedSeal.failure().seq()).isEqualTo(9000);

        String theirs = Files.readAllLines(checkpoints.file(TENANT_B)).get(0);
        VerificationResult foreign = withCheckpointFile(lines -> {
            lines.add(theirs);
            return lines;
        });
        assertThat(foreign.failure()).isEqualTo(new VerificationResult.Failure(0, 0, Reason.CHECKPOINT_INVALID,
            "checkpoint 5 of tenant 112291 is not valid: it names tenant 131016"));
        assertThat(foreign.ok()).isFalse();
        assertThat(foreign.entries()).isZero();
    }
}
