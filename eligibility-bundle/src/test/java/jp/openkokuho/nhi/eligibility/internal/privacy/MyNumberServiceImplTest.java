package jp.openkokuho.nhi.eligibility.internal.privacy;

import static jp.openkokuho.nhi.eligibility.internal.privacy.PrivacyTestSupport.WAKO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.openkokuho.nhi.api.NhiException;
import jp.openkokuho.nhi.api.privacy.InvalidMyNumberException;
import jp.openkokuho.nhi.api.privacy.KeyRotationResult;
import jp.openkokuho.nhi.api.privacy.MyNumber;
import jp.openkokuho.nhi.api.privacy.MyNumberPurpose;
import jp.openkokuho.nhi.eligibility.internal.crypto.KeyPurpose;
import jp.openkokuho.nhi.eligibility.internal.crypto.ProtectionException;
import jp.openkokuho.nhi.eligibility.internal.crypto.TenantKeyStore;
import jp.openkokuho.nhi.eligibility.internal.security.RunAs;
import jp.openkokuho.nhi.eligibility.internal.security.Staff;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantRegistry;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/** The stored link of a person to their 個人番号, on a Derby database on disk. */
@RunAs(user = "test-supervisor", roles = "nhi-supervisor@112291")
class MyNumberServiceImplTest {
    private static final List<MyNumber> N = PrivacyTestSupport.numbers(300);

    @TempDir
    Path keyDir;
    private TenantStore store;
    private TenantKeyStore keys;
    private MyNumberServiceImpl service;

    @BeforeEach
    void setUp() {
        store = PrivacyTestSupport.onDisk("mynumber");
        TenantRegistry registry = new TenantRegistry();
        registry.register(store);
        keys = new TenantKeyStore(keyDir);
        service = new MyNumberServiceImpl(registry, Staff.guard(registry), keys, 20, Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private static String atena(int i) {
        return String.format("%06d", 100 + i);
    }

    private List<Object[]> rawRows() {
        return store.read(em -> {
            List<Object[]> out = new ArrayList<>();
            for (Object o : em.createNativeQuery("SELECT ATENA_NO, MY_NUMBER_ENC, MY_NUMBER_BIDX FROM NHI_MY_NUMBER"
                    + " ORDER BY ATENA_NO").getResultList()) {
                out.add((Object[]) o);
            }
            return out;
        });
    }

    @Test
    void theDatabaseHoldsCiphertextAndBlindIndexNeverTheDigits() throws Exception {
        assertThat(service.link(WAKO, atena(0), N.get(0))).isTrue();
        assertThat(service.link(WAKO, atena(1), N.get(1))).isTrue();

        List<Object[]> rows = rawRows();
        assertThat(rows).hasSize(2);
        for (Object[] r : rows) {
            assertThat((String) r[1]).startsWith("v1:dek1:").doesNotContain(N.get(0).digits())
                .doesNotContain(N.get(1).digits());
            assertThat((String) r[2]).startsWith("bik1:").hasSize(48);
        }
        // the same database files, after a shutdown has written every page: not one occurrence of either number
        store.close();
        long hits = 0;
        try (Stream<Path> files = Files.walk(PrivacyTestSupport.DERBY_ROOT)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                hits += bytes.contains(N.get(0).digits()) || bytes.contains(N.get(1).digits()) ? 1 : 0;
            }
        }
        assertThat(hits).as("database files holding a test number in clear").isZero();
        store = PrivacyTestSupport.onDisk("mynumber-reopen");
    }

    @Test
    void aCiphertextMovedToAnotherRowFailsToDecrypt() {
        service.link(WAKO, atena(0), N.get(0));
        service.link(WAKO, atena(1), N.get(1));
        store.inTransactionDo(em -> em.createNativeQuery("UPDATE NHI_MY_NUMBER SET MY_NUMBER_ENC = (SELECT"
            + " MY_NUMBER_ENC FROM NHI_MY_NUMBER WHERE ATENA_NO = ?1) WHERE ATENA_NO = ?2")
            .setParameter(1, atena(0)).setParameter(2, atena(1)).executeUpdate());

        assertThat(service.reveal(WAKO, atena(0), MyNumberPurpose.NHI_ADMINISTRATION)).isEqualTo(N.get(0));
        assertThatThrownBy(() -> service.reveal(WAKO, atena(1), MyNumberPurpose.NHI_ADMINISTRATION))
            .isInstanceOf(ProtectionException.class)
            .satisfies(e -> assertThat(((ProtectionException) e).code()).isEqualTo(ProtectionException.REJECTED))
            .satisfies(e -> assertThat(e.getMessage()).doesNotContain(N.get(0).digits()).doesNotContain(atena(1)));
    }

    @Test
    void theBlindIndexFindsThePersonAndANumberLinksToOnePersonOnly() {
        assertThat(service.isLinked(WAKO, atena(0))).isFalse();
        service.link(WAKO, atena(0), N.get(0));
        service.link(WAKO, atena(1), N.get(1));
        assertThat(service.isLinked(WAKO, atena(0))).isTrue();
        assertThat(service.isLinked(WAKO, atena(2))).isFalse();

        assertThat(service.findAtenaNo(WAKO, N.get(0))).contains(atena(0));
        assertThat(service.findAtenaNo(WAKO, N.get(1))).contains(atena(1));
        assertThat(service.findAtenaNo(WAKO, N.get(2))).isEmpty();
        assertThat(service.link(WAKO, atena(0), N.get(0))).isFalse();
        assertThatThrownBy(() -> service.link(WAKO, atena(2), N.get(0))).isInstanceOf(NhiException.class)
            .satisfies(e -> assertThat(((NhiException) e).code()).isEqualTo("MY_NUMBER_IN_USE"))
            .satisfies(e -> assertThat(e.getMessage()).doesNotContain(N.get(0).digits()).doesNotContain(atena(2))
                .contains("＊＊0102"));
        assertThat(rawRows()).hasSize(2);

        // re-linking a person to a corrected number replaces the value and frees the old number
        assertThat(service.link(WAKO, atena(0), N.get(3))).isTrue();
        assertThat(service.findAtenaNo(WAKO, N.get(0))).isEmpty();
        assertThat(service.findAtenaNo(WAKO, N.get(3))).contains(atena(0));
    }

    @Test
    void aBadCheckDigitIsRejectedBeforeTheServiceWithoutEchoingTheNumber() {
        String bad = N.get(0).digits().substring(0, 11) + ((N.get(0).digits().charAt(11) - '0' + 1) % 10);
        assertThatThrownBy(() -> MyNumber.of(MyNumber.normalize(bad))).isInstanceOf(InvalidMyNumberException.class)
            .hasMessageContaining("check digit").satisfies(e -> assertThat(e.getMessage()).doesNotContain(bad)
                .doesNotContain(bad.substring(4)));
        assertThatThrownBy(() -> service.link(WAKO, atena(0), null)).isInstanceOf(NhiException.class);
        assertThatThrownBy(() -> service.link(WAKO, "12-34", N.get(0))).isInstanceOf(NhiException.class)
            .hasMessageNotContaining("12-34");
        assertThat(rawRows()).isEmpty();
    }

    @Test
    void theNumberIsDisclosedOnlyForPermittedPurposes() {
        service.link(WAKO, atena(0), N.get(0));
        for (MyNumberPurpose p : MyNumberPurpose.values()) {
            if (p.permitted()) {
                assertThat(service.reveal(WAKO, atena(0), p)).isEqualTo(N.get(0));
            } else {
                assertThatThrownBy(() -> service.reveal(WAKO, atena(0), p)).isInstanceOf(NhiException.class)
                    .satisfies(e -> assertThat(((NhiException) e).code()).isEqualTo("MY_NUMBER_PURPOSE_DENIED"));
            }
        }
        assertThat(List.of(MyNumberPurpose.values()).stream().filter(MyNumberPurpose::permitted).count()).isEqualTo(3);
        assertThatThrownBy(() -> service.reveal(WAKO, atena(9), MyNumberPurpose.NHI_ADMINISTRATION))
            .isInstanceOf(NhiException.class).hasMessageContaining("＊＊0109")
            .satisfies(e -> assertThat(((NhiException) e).code()).isEqualTo("MY_NUMBER_NOT_LINKED"));
        assertThat(service.reveal(WAKO, atena(0), MyNumberPurpose.NHI_ADMINISTRATION).toString())
            .isEqualTo(MyNumber.MASK);
    }

    @Test
    void rotationReencryptsEveryRowInBatchesWhileReadsGoOn() throws Exception {
        int rows = 250;
        for (int i = 0; i < rows; i++) {
            service.link(WAKO, atena(i), N.get(i));
        }
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong reads = new AtomicLong();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        ExecutorService readers = Executors.newFixedThreadPool(3);
        CountDownLatch started = new CountDownLatch(3);
        for (int t = 0; t < 3; t++) {
            int offset = t;
            readers.submit(() -> {
                started.countDown();
                int i = offset;
                while (!stop.get()) {
                    int k = i % rows;
                    try {
                        if (!service.reveal(WAKO, atena(k), MyNumberPurpose.NHI_ADMINISTRATION).equals(N.get(k))
                                || !service.findAtenaNo(WAKO, N.get(k)).equals(Optional.of(atena(k)))) {
                            errors.add("wrong value for row " + k);
                        }
                        reads.incrementAndGet();
                    } catch (RuntimeException e) {
                        errors.add(e.toString());
                    }
                    i += 7;
                }
            });
        }
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        List<long[]> progress = new ArrayList<>();

        KeyRotationResult r = service.rotateKey(WAKO, (done, total) -> progress.add(new long[] {done, total}));

        long readsDuringRotation = reads.get();
        stop.set(true);
        readers.shutdown();
        assertThat(readers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(errors).isEmpty();
        assertThat(readsDuringRotation).isPositive();
        assertThat(r.keyId()).isEqualTo("dek2");
        assertThat(r.resumed()).isFalse();
        assertThat(r.examined()).isEqualTo(rows);
        assertThat(r.reencrypted()).isEqualTo(rows);
        assertThat(r.failed()).isZero();
        assertThat(r.done()).isTrue();
        assertThat(r.retiredKeyIds()).containsExactly("dek1");
        assertThat(keys.isRetired(WAKO, "dek1")).isTrue();
        assertThat(progress).hasSize(13);
        assertThat(progress.get(0)).containsExactly(20, rows);
        assertThat(progress.get(12)).containsExactly(rows, rows);
        assertThat(rawRows()).allSatisfy(row -> assertThat((String) row[1]).startsWith("v1:dek2:"));
        for (int i = 0; i < rows; i += 49) {
            assertThat(service.reveal(WAKO, atena(i), MyNumberPurpose.NHI_ADMINISTRATION)).isEqualTo(N.get(i));
        }
    }

    @Test
    void anInterruptedRotationIsResumedWithoutANewKeyAndOldKeysStayUntilItIsDone() {
        for (int i = 0; i < 50; i++) {
            service.link(WAKO, atena(i), N.get(i));
        }
        assertThatThrownBy(() -> service.rotateKey(WAKO, (done, total) -> {
            throw new IllegalStateException("node stopped");
        })).hasMessage("node stopped");
        assertThat(rawRows().stream().filter(row -> ((String) row[1]).startsWith("v1:dek2:")).count()).isEqualTo(20);
        assertThat(keys.keys(WAKO, KeyPurpose.DATA_ENCRYPTION)).extracting(k -> k.id())
            .containsExactlyInAnyOrder("dek1", "dek2");
        assertThat(service.reveal(WAKO, atena(45), MyNumberPurpose.NHI_ADMINISTRATION)).isEqualTo(N.get(45));
        // a link meanwhile uses the new key
        service.link(WAKO, atena(60), N.get(60));

        KeyRotationResult r = service.rotateKey(WAKO, null);

        assertThat(r.resumed()).isTrue();
        assertThat(r.keyId()).isEqualTo("dek2");
        assertThat(r.examined()).isEqualTo(51);
        assertThat(r.reencrypted()).isEqualTo(30);
        assertThat(r.retiredKeyIds()).containsExactly("dek1");
        assertThat(rawRows()).hasSize(51).allSatisfy(row -> assertThat((String) row[1]).startsWith("v1:dek2:"));

        KeyRotationResult next = service.rotateKey(WAKO, null);
        assertThat(next.resumed()).isFalse();
        assertThat(next.keyId()).isEqualTo("dek3");
        assertThat(next.reencrypted()).isEqualTo(51);
        assertThat(next.retiredKeyIds()).containsExactly("dek2");
    }
}
