package jp.openkokuho.nhi.eligibility.internal.crypto;

import static jp.openkokuho.nhi.eligibility.internal.crypto.CryptoTestSupport.CHIYODA;
import static jp.openkokuho.nhi.eligibility.internal.crypto.CryptoTestSupport.WAKO;
import static jp.openkokuho.nhi.eligibility.internal.crypto.CryptoTestSupport.assertNoNumberIn;
import static jp.openkokuho.nhi.eligibility.internal.crypto.CryptoTestSupport.person;
import static jp.openkokuho.nhi.eligibility.internal.crypto.CryptoTestSupport.store;
import static jp.openkokuho.nhi.eligibility.internal.crypto.CryptoTestSupport.syntheticNumbers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.openkokuho.nhi.api.privacy.MyNumber;
import jp.openkokuho.nhi.eligibility.internal.crypto.KeyRotation.Report;
import jp.openkokuho.nhi.eligibility.internal.crypto.KeyRotation.StoredValue;

class KeyRotationTest {
    @TempDir
    Path root;
    private TenantKeyStore keys;
    private MyNumberCipher cipher;
    private BlindIndex index;
    private KeyRotation rotation;
    private final List<String> numbers = syntheticNumbers(40);

    /** A tenant's NHI_PERSON table as the caller's database would hold it: atena number → {enc, bidx}. */
    private final Map<String, String[]> table = new LinkedHashMap<>();

    @BeforeEach
    void setUp() {
        keys = store(root);
        cipher = new MyNumberCipher(keys);
        index = new BlindIndex(keys);
        rotation = new KeyRotation(keys, cipher, index);
        for (int i = 0; i < numbers.size(); i++) {
            insert(String.format("%09d", i + 1), numbers.get(i));
        }
    }

    /** The service's write path: always the current keys. */
    private void insert(String atena, String number) {
        MyNumber n = MyNumber.of(number);
        table.put(atena, new String[] {cipher.encrypt(person(WAKO, atena), n), index.compute(WAKO, n)});
    }

    private List<StoredValue> read() {
        List<StoredValue> values = new ArrayList<>();
        table.forEach((atena, row) -> values.add(StoredValue.indexed(person(WAKO, atena), row[0], row[1])));
        return values;
    }

    /** Compare-and-set on the ciphertext, as {@code UPDATE … WHERE ATENA_NO = ? AND MY_NUMBER_ENC = ?} does. */
    private boolean write(KeyRotation.Rewrite r) {
        String[] row = table.get(r.context().rowKey());
        if (row == null || !row[0].equals(r.previousCiphertext())) {
            return false;
        }
        table.put(r.context().rowKey(), new String[] {r.ciphertext(), r.blindIndex()});
        return true;
    }

    private String findByNumber(String number) {
        List<String> candidates = index.lookupValues(WAKO, MyNumber.of(number));
        return table.entrySet().stream().filter(e -> candidates.contains(e.getValue()[1])).map(Map.Entry::getKey)
            .findFirst().orElse(null);
    }

    private void assertEveryRowDecryptsToItsNumber() {
        for (int i = 0; i < numbers.size(); i++) {
            String atena = String.format("%09d", i + 1);
            assertThat(cipher.decrypt(person(WAKO, atena), table.get(atena)[0]).digits()).isEqualTo(numbers.get(i));
        }
    }

    @Test
    void rotationKeepsOldValuesReadableAndReencryptsThemUnderTheNewKey() {
        Map<String, String[]> before = new LinkedHashMap<>(table);

        // step 1 on its own: the service keeps running on both keys
        keys.rotate(WAKO, KeyPurpose.DATA_ENCRYPTION);
        assertEveryRowDecryptsToItsNumber();
        insert("000000999", "123456789018");
        assertThat(MyNumberCipher.keyIdOf(table.get("000000999")[0])).isEqualTo("dek2");

        // step 2
        Report report = rotation.migrate(WAKO, read(), this::write);
        assertThat(report.examined()).isEqualTo(41);
        assertThat(report.reencrypted()).isEqualTo(40);
        assertThat(report.reindexed()).isZero();
        assertThat(report.alreadyCurrent()).isEqualTo(1);
        assertThat(report.changedConcurrently()).isZero();
        assertThat(report.failed()).isZero();
        assertThat(report.done()).isTrue();
        assertThat(report.encryptionKeyId()).isEqualTo("dek2");
        assertThat(report.toString()).isEqualTo("Report[tenant=112291, keys=dek2/bik1, examined=41, reencrypted=40, "
            + "reindexed=0, alreadyCurrent=1, changedConcurrently=0, failed=0, done=true]");
        table.values().forEach(row -> assertThat(MyNumberCipher.keyIdOf(row[0])).isEqualTo("dek2"));
        assertEveryRowDecryptsToItsNumber();
        before.forEach((atena, row) -> assertThat(table.get(atena)[1]).isEqualTo(row[1]));

        // idempotent: a second run has nothing to do
        Report again = rotation.migrate(WAKO, read(), this::write);
        assertThat(again.alreadyCurrent()).isEqualTo(41);
        assertThat(again.reencrypted()).isZero();

        // step 3
        assertThat(rotation.retireOlderEncryptionKeys(again)).containsExactly("dek1");
        assertEveryRowDecryptsToItsNumber();
        String oldValue = before.get("000000001")[0];
        assertThatThrownBy(() -> cipher.decrypt(person(WAKO, "000000001"), oldValue))
            .isInstanceOf(ProtectionException.class).hasMessageContaining("retired");
    }

    @Test
    void rotateEncryptionKeyDoesBothStepsInOneCall() {
        Report report = rotation.rotateEncryptionKey(WAKO, read(), this::write);
        assertThat(report.encryptionKeyId()).isEqualTo("dek2");
        assertThat(report.reencrypted()).isEqualTo(40);
        assertEveryRowDecryptsToItsNumber();
        assertThat(findByNumber(numbers.get(7))).isEqualTo("000000008");
    }

    @Test
    void blindIndexRotationKeepsLookUpsWorkingAndReindexes() {
        keys.rotate(WAKO, KeyPurpose.BLIND_INDEX);
        // old index values are still found during the rotation
        assertThat(findByNumber(numbers.get(3))).isEqualTo("000000004");

        Report report = rotation.migrate(WAKO, read(), this::write);
        assertThat(report.reindexed()).isEqualTo(40);
        assertThat(report.reencrypted()).isZero();
        assertThat(report.blindIndexKeyId()).isEqualTo("bik2");
        table.values().forEach(row -> assertThat(row[1]).startsWith("bik2:"));
        for (int i = 0; i < numbers.size(); i++) {
            assertThat(table.get(String.format("%09d", i + 1))[1])
                .isEqualTo(index.compute(WAKO, MyNumber.of(numbers.get(i))));
        }
        assertThat(findByNumber(numbers.get(3))).isEqualTo("000000004");

        assertThat(rotation.rotateBlindIndexKey(WAKO, read(), this::write).reindexed()).isEqualTo(40);
        table.values().forEach(row -> assertThat(row[1]).startsWith("bik3:"));
    }

    @Test
    void missingIndexValuesAreFilledAndUnindexedValuesAreLeftAlone() {
        table.get("000000001")[1] = null;
        List<StoredValue> values = new ArrayList<>(read());
        values.set(1, StoredValue.unindexed(values.get(1).context(), values.get(1).ciphertext()));

        List<KeyRotation.Rewrite> written = new ArrayList<>();
        Report report = rotation.migrate(WAKO, values, r -> written.add(r) && write(r));
        assertThat(report.reindexed()).isEqualTo(1);
        assertThat(report.alreadyCurrent()).isEqualTo(39);
        assertThat(written).singleElement().satisfies(r -> {
            assertThat(r.context().rowKey()).isEqualTo("000000001");
            assertThat(r.ciphertext()).isEqualTo(r.previousCiphertext());
        });
        assertThat(table.get("000000001")[1]).isEqualTo(index.compute(WAKO, MyNumber.of(numbers.get(0))));

        keys.rotate(WAKO, KeyPurpose.DATA_ENCRYPTION);
        written.clear();
        rotation.migrate(WAKO, List.of(values.get(1)), written::add);
        assertThat(written).singleElement().satisfies(r -> assertThat(r.blindIndex()).isNull());
    }

    @Test
    void aRowChangedDuringTheRunIsLeftToTheWriterAndBlocksRetirement() {
        keys.rotate(WAKO, KeyPurpose.DATA_ENCRYPTION);
        AtomicInteger calls = new AtomicInteger();
        Report report = rotation.migrate(WAKO, read(), r -> {
            if (calls.incrementAndGet() == 5) {
                // the service updates this row between our read and our write
                insert(r.context().rowKey(), "000000000000");
            }
            return write(r);
        });
        assertThat(report.changedConcurrently()).isEqualTo(1);
        assertThat(report.reencrypted()).isEqualTo(39);
        assertThat(report.done()).isFalse();
        assertThat(cipher.decrypt(person(WAKO, "000000005"), table.get("000000005")[0]).digits())
            .isEqualTo("000000000000");
        assertThatThrownBy(() -> rotation.retireOlderEncryptionKeys(report))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("complete migration");
        assertThat(keys.find(WAKO, "dek1")).isPresent();
        assertThat(rotation.migrate(WAKO, read(), this::write).done()).isTrue();
    }

    @Test
    void damagedOrMovedRowsAreReportedWithoutNumbersAndTheRestMigrates() {
        String[] first = table.get("000000001");
        table.put("000000002", new String[] {first[0], first[1]});       // copied to another row
        String[] third = table.get("000000003");
        third[0] = third[0].substring(0, third[0].length() - 2) + (third[0].endsWith("AA") ? "BA" : "AA"); // altered
        table.get("000000004")[0] = numbers.get(3);                         // stored in clear by mistake
        keys.rotate(WAKO, KeyPurpose.DATA_ENCRYPTION);

        Report report = rotation.migrate(WAKO, read(), this::write);
        assertThat(report.failed()).isEqualTo(3);
        assertThat(report.reencrypted()).isEqualTo(37);
        assertThat(report.failures()).extracting(f -> f.context().rowKey())
            .containsExactly("000000002", "000000003", "000000004");
        assertThat(report.failures()).extracting(KeyRotation.Failure::code).containsExactly(
            ProtectionException.REJECTED, ProtectionException.REJECTED, ProtectionException.CIPHERTEXT_FORMAT);
        String printed = report.toString() + report.failures();
        assertNoNumberIn(printed, numbers.toArray(String[]::new));
        assertThat(printed).doesNotContain("000000002").contains("＊＊＊＊＊0002");
        assertThatThrownBy(() -> rotation.retireOlderEncryptionKeys(report)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aWriterFailureStopsTheRunAndARerunResumes() {
        keys.rotate(WAKO, KeyPurpose.DATA_ENCRYPTION);
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> rotation.migrate(WAKO, read(), r -> {
            if (calls.incrementAndGet() == 11) {
                throw new IllegalStateException("database unavailable");
            }
            return write(r);
        })).hasMessage("database unavailable");
        long migrated = table.values().stream().filter(row -> row[0].startsWith("v1:dek2:")).count();
        assertThat(migrated).isEqualTo(10);

        Report resumed = rotation.migrate(WAKO, read(), this::write);
        assertThat(resumed.alreadyCurrent()).isEqualTo(10);
        assertThat(resumed.reencrypted()).isEqualTo(30);
        assertThat(resumed.done()).isTrue();
        assertEveryRowDecryptsToItsNumber();
    }

    @Test
    void valuesOfAnotherTenantAreRefused() {
        List<StoredValue> values = List.of(StoredValue.unindexed(person(CHIYODA, "1"), table.get("000000001")[0]));
        assertThatThrownBy(() -> rotation.migrate(WAKO, values, this::write))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tenant 131016");
    }

    @Test
    void theComponentsMustShareOneKeyStore() {
        TenantKeyStore other = store(root.resolve("other"));
        assertThatThrownBy(() -> new KeyRotation(keys, new MyNumberCipher(other), index))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeyRotation(keys, cipher, new BlindIndex(other)))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void retirementNeedsAReportForTheCurrentKey() {
        Report report = rotation.migrate(WAKO, read(), this::write);
        keys.rotate(WAKO, KeyPurpose.DATA_ENCRYPTION);
        assertThatThrownBy(() -> rotation.retireOlderEncryptionKeys(report))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("current key dek2");
    }
}
