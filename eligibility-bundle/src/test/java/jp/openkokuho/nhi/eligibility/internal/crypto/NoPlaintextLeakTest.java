package jp.openkokuho.nhi.eligibility.internal.crypto;

import static jp.openkokuho.nhi.eligibility.internal.crypto.CryptoTestSupport.CHIYODA;
import static jp.openkokuho.nhi.eligibility.internal.crypto.CryptoTestSupport.WAKO;
import static jp.openkokuho.nhi.eligibility.internal.crypto.CryptoTestSupport.assertNoNumberIn;
import static jp.openkokuho.nhi.eligibility.internal.crypto.CryptoTestSupport.person;
import static jp.openkokuho.nhi.eligibility.internal.crypto.CryptoTestSupport.stackTrace;
import static jp.openkokuho.nhi.eligibility.internal.crypto.CryptoTestSupport.store;
import static jp.openkokuho.nhi.eligibility.internal.crypto.CryptoTestSupport.syntheticNumbers;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.openkokuho.nhi.api.privacy.MyNumber;
import jp.openkokuho.nhi.eligibility.internal.crypto.KeyRotation.StoredValue;

/**
 * Runs every path of the crypto package that can fail or print, with synthetic numbers, and searches everything
 * that came out (exception messages and stack traces with causes, {@code toString()} of every type, and the log
 * output) for the numbers in any form and for key material: 0 found.
 */
class NoPlaintextLeakTest {
    @TempDir
    Path root;

    @Test
    void noNumberAndNoKeyMaterialInExceptionsToStringsOrLogs() throws Exception {
        List<String> numbers = syntheticNumbers(20);
        List<String> printed = new ArrayList<>();
        PrintStream originalErr = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        TenantKeyStore keys = store(root);
        try {
            MyNumberCipher cipher = new MyNumberCipher(keys);
            BlindIndex index = new BlindIndex(keys);
            KeyRotation rotation = new KeyRotation(keys, cipher, index);

            List<StoredValue> values = new ArrayList<>();
            for (int i = 0; i < numbers.size(); i++) {
                MyNumber n = MyNumber.of(numbers.get(i));
                CipherContext where = person(WAKO, String.format("%09d", i + 1));
                values.add(StoredValue.indexed(where, cipher.encrypt(where, n), index.compute(WAKO, n)));
                printed.add(n.toString());
                printed.add(where.toString());
                printed.add(values.get(i).toString());
            }
            printed.add(MyNumberCipher.parse(null, values.get(0).ciphertext()).toString());

            // every kind of failure
            List<Throwable> failures = new ArrayList<>();
            failures.add(failure(() -> cipher.decrypt(person(WAKO, "000000002"), values.get(0).ciphertext())));
            failures.add(failure(() -> cipher.decrypt(person(CHIYODA, "000000001"), values.get(0).ciphertext())));
            failures.add(failure(() -> cipher.decrypt(person(WAKO, "000000001"), numbers.get(0))));
            failures.add(failure(() -> cipher.decrypt(person(WAKO, "000000001"), "v1:dek7:" + numbers.get(0) + ":x")));
            failures.add(failure(() -> cipher.decrypt(person(WAKO, "000000001"),
                values.get(0).ciphertext().replace("v1:dek1:", "v1:dek9:"))));
            failures.add(failure(() -> MyNumberCipher.keyIdOf(numbers.get(1))));
            failures.add(failure(() -> MyNumber.of(numbers.get(2).substring(0, 11) + "x")));
            failures.add(failure(() -> MyNumber.of(numbers.get(2).substring(0, 11)
                + (char) ('0' + (numbers.get(2).charAt(11) - '0' + 1) % 10))));
            failures.add(failure(() -> MyNumber.normalize("１" + numbers.get(3))));

            // a rotation with broken rows, a concurrent change and a refused retirement
            List<StoredValue> broken = new ArrayList<>(values);
            broken.set(3, StoredValue.indexed(values.get(3).context(), numbers.get(3), values.get(3).blindIndex()));
            broken.set(4, StoredValue.indexed(values.get(4).context(), values.get(5).ciphertext(), null));
            KeyRotation.Report report = rotation.rotateEncryptionKey(WAKO, broken,
                r -> !r.context().rowKey().equals("000000007"));
            printed.add(report.toString());
            printed.add(report.failures().toString());
            failures.add(failure(() -> rotation.retireOlderEncryptionKeys(report)));

            // key store failures
            Path dek1 = root.resolve(WAKO).resolve("dek1.key");
            if (keys.enforcesPosixPermissions()) {
                Files.setPosixFilePermissions(dek1, PosixFilePermissions.fromString("rw-rw-r--"));
                failures.add(failure(() -> store(root).current(WAKO, KeyPurpose.DATA_ENCRYPTION)));
                Files.setPosixFilePermissions(dek1, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(dek1, Files.readString(dek1).replace("tenant=" + WAKO, "tenant=" + CHIYODA));
            failures.add(failure(() -> store(root).current(WAKO, KeyPurpose.DATA_ENCRYPTION)));

            for (Throwable t : failures) {
                printed.add(stackTrace(t));
                printed.add(t.toString());
            }
            for (TenantKey k : keys.keys(WAKO, KeyPurpose.DATA_ENCRYPTION)) {
                printed.add(k.toString());
            }
            printed.add(keys.toString());
        } finally {
            System.setErr(originalErr);
        }

        String logText = log.toString(StandardCharsets.UTF_8);
        assertThat(logText).contains("Tenant 112291: created data-encryption key dek1")
            .contains("Tenant 112291: data-encryption key dek2 is now current")
            .contains("could not be migrated");
        printed.add(logText);

        String everything = String.join("\n", printed);
        assertNoNumberIn(everything, numbers.toArray(String[]::new));
        for (TenantKey k : List.of(keys.find(WAKO, "dek2").orElseThrow(), keys.current(WAKO, KeyPurpose.BLIND_INDEX))) {
            byte[] material = k.secret().getEncoded();
            assertThat(everything).doesNotContain(Base64.getEncoder().encodeToString(material).substring(0, 16))
                .doesNotContain(Base64.getUrlEncoder().encodeToString(material).substring(0, 16));
        }
    }

    private static Throwable failure(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("expected a failure");
    }
}
