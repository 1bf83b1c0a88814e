package jp.openkokuho.nhi.eligibility.internal.crypto;

import static jp.openkokuho.nhi.eligibility.internal.crypto.CryptoTestSupport.CHIYODA;
import static jp.openkokuho.nhi.eligibility.internal.crypto.CryptoTestSupport.T0;
import static jp.openkokuho.nhi.eligibility.internal.crypto.CryptoTestSupport.WAKO;
import static jp.openkokuho.nhi.eligibility.internal.crypto.CryptoTestSupport.bytes;
import static jp.openkokuho.nhi.eligibility.internal.crypto.CryptoTestSupport.store;
import static jp.openkokuho.nhi.eligibility.internal.crypto.CryptoTestSupport.writeKeyFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.openkokuho.nhi.api.tenant.InvalidTenantException;

class TenantKeyStoreTest {
    @TempDir
    Path root;

    @Test
    void firstUseCreatesOneKeyPerPurposeInTheTenantsDirectory() throws Exception {
        TenantKeyStore store = store(root.resolve("keys"));
        TenantKey dek = store.current(WAKO, KeyPurpose.DATA_ENCRYPTION);
        TenantKey bik = store.current(WAKO, KeyPurpose.BLIND_INDEX);

        assertThat(dek.id()).isEqualTo("dek1");
        assertThat(dek.version()).isEqualTo(1);
        assertThat(dek.tenant()).isEqualTo(WAKO);
        assertThat(dek.created()).isEqualTo(T0);
        assertThat(bik.id()).isEqualTo("bik1");
        assertThat(dek.secret().getEncoded()).hasSize(32).isNotEqualTo(bik.secret().getEncoded());
        assertThat(store.current(WAKO, KeyPurpose.DATA_ENCRYPTION)).isSameAs(dek);

        Path file = root.resolve("keys").resolve(WAKO).resolve("dek1.key");
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            p.load(r);
        }
        assertThat(p).containsEntry("format", "1").containsEntry("tenant", WAKO).containsEntry("id", "dek1")
            .containsEntry("purpose", "data-encryption").containsEntry("algorithm", "AES")
            .containsEntry("created", "2025-04-01T00:00:00Z");
        assertThat(Base64.getDecoder().decode(p.getProperty("material"))).isEqualTo(dek.secret().getEncoded());
        try (Stream<Path> files = Files.list(root.resolve("keys").resolve(WAKO))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("dek1.key", "bik1.key");
        }
    }

    @Test
    void keyFilesAreCreatedWithPermissions600AndDirectoriesWith700() throws Exception {
        TenantKeyStore store = store(root.resolve("keys"));
        assumeTrue(store.enforcesPosixPermissions(), "POSIX permissions are not supported here");
        store.current(WAKO, KeyPurpose.DATA_ENCRYPTION);
        store.current(WAKO, KeyPurpose.BLIND_INDEX);
        store.rotate(WAKO, KeyPurpose.DATA_ENCRYPTION);

        Path dir = root.resolve("keys").resolve(WAKO);
        for (String name : List.of("dek1.key", "dek2.key", "bik1.key")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(name))))
                .as(name).isEqualTo("rw-------");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve("keys"))))
            .isEqualTo("rwx------");
        store.retire(WAKO, "dek1");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("retired"))))
            .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("retired/dek1.key"))))
            .isEqualTo("rw-------");
        // no temporary file is left behind
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void keysSurviveARestartAndTenantsHaveTheirOwn() {
        TenantKeyStore first = store(root);
        byte[] wako = first.current(WAKO, KeyPurpose.DATA_ENCRYPTION).secret().getEncoded();
        byte[] chiyoda = first.current(CHIYODA, KeyPurpose.DATA_ENCRYPTION).secret().getEncoded();
        assertThat(wako).isNotEqualTo(chiyoda);
        assertThat(root.resolve(WAKO)).isDirectory();
        assertThat(root.resolve(CHIYODA)).isDirectory();

        TenantKeyStore restarted = store(root);
        assertThat(restarted.current(WAKO, KeyPurpose.DATA_ENCRYPTION).secret().getEncoded()).isEqualTo(wako);
        assertThat(restarted.current(CHIYODA, KeyPurpose.DATA_ENCRYPTION).secret().getEncoded()).isEqualTo(chiyoda);
    }

    @Test
    void aKeyFileInTheDocumentedFormatIsLoaded() {
        writeKeyFile(root, WAKO, "dek1", bytes(0, 32));
        TenantKey key = store(root).current(WAKO, KeyPurpose.DATA_ENCRYPTION);
        assertThat(key.secret().getEncoded()).isEqualTo(bytes(0, 32));
        assertThat(key.secret().getAlgorithm()).isEqualTo("AES");
        assertThat(key.created()).isEqualTo(java.time.Instant.parse("2025-01-01T00:00:00Z"));
    }

    @Test
    void rotationMakesANewCurrentKeyAndKeepsTheOlderOnes() {
        TenantKeyStore store = store(root);
        TenantKey dek1 = store.current(WAKO, KeyPurpose.DATA_ENCRYPTION);
        TenantKey dek2 = store.rotate(WAKO, KeyPurpose.DATA_ENCRYPTION);

        assertThat(dek2.id()).isEqualTo("dek2");
        assertThat(store.current(WAKO, KeyPurpose.DATA_ENCRYPTION)).isEqualTo(dek2);
        assertThat(store.keys(WAKO, KeyPurpose.DATA_ENCRYPTION)).extracting(TenantKey::id)
            .containsExactly("dek2", "dek1");
        assertThat(store.find(WAKO, "dek1")).contains(dek1);
        assertThat(store.keys(WAKO, KeyPurpose.BLIND_INDEX)).isEmpty();
        assertThat(store(root).current(WAKO, KeyPurpose.DATA_ENCRYPTION).id()).isEqualTo("dek2");
        // the other tenant is untouched
        assertThat(store.current(CHIYODA, KeyPurpose.DATA_ENCRYPTION).id()).isEqualTo("dek1");
    }

    @Test
    void retirementMovesAKeyAsideAndItsVersionIsNeverReused() {
        TenantKeyStore store = store(root);
        store.current(WAKO, KeyPurpose.DATA_ENCRYPTION);
        store.rotate(WAKO, KeyPurpose.DATA_ENCRYPTION);

        assertThatThrownBy(() -> store.retire(WAKO, "dek2"))
            .isInstanceOf(ProtectionException.class).hasMessageContaining("current data-encryption key");
        Path moved = store.retire(WAKO, "dek1");

        assertThat(moved).isEqualTo(root.resolve(WAKO).resolve("retired").resolve("dek1.key")).isRegularFile();
        assertThat(root.resolve(WAKO).resolve("dek1.key")).doesNotExist();
        assertThat(store.isRetired(WAKO, "dek1")).isTrue();
        assertThat(store.find(WAKO, "dek1")).isEmpty();
        assertThatThrownBy(() -> store.retire(WAKO, "dek1")).hasMessageContaining("no active key dek1");
        assertThat(store.rotate(WAKO, KeyPurpose.DATA_ENCRYPTION).id()).isEqualTo("dek3");

    }

    @Test
    void withOnlyRetiredKeysLeftANewKeyTakesTheNextVersion() throws Exception {
        Path file = writeKeyFile(root, CHIYODA, "dek4", bytes(1, 32));
        Files.createDirectories(root.resolve(CHIYODA).resolve("retired"));
        Files.move(file, root.resolve(CHIYODA).resolve("retired").resolve("dek4.key"));
        TenantKeyStore store = store(root);
        assertThat(store.current(CHIYODA, KeyPurpose.DATA_ENCRYPTION).id()).isEqualTo("dek5");
        assertThat(store.isRetired(CHIYODA, "dek4")).isTrue();
    }

    @Test
    void aKeyAddedByAnotherInstanceIsFoundWithoutRestart() {
        TenantKeyStore a = store(root);
        TenantKeyStore b = store(root);
        a.current(WAKO, KeyPurpose.DATA_ENCRYPTION);
        TenantKey dek2 = b.rotate(WAKO, KeyPurpose.DATA_ENCRYPTION);

        assertThat(a.find(WAKO, "dek2")).hasValueSatisfying(
            k -> assertThat(k.secret().getEncoded()).isEqualTo(dek2.secret().getEncoded()));
        assertThat(a.find(WAKO, "dek9")).isEmpty();
        assertThat(a.find(WAKO, "not-a-key")).isEmpty();
    }

    @Test
    void aKeyFileOthersCanReadIsRefused() throws Exception {
        TenantKeyStore store = store(root);
        assumeTrue(store.enforcesPosixPermissions(), "POSIX permissions are not supported here");
        Path file = writeKeyFile(root, WAKO, "dek1", bytes(0, 32));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> store.current(WAKO, KeyPurpose.DATA_ENCRYPTION))
            .isInstanceOf(ProtectionException.class)
            .hasMessageContaining(file.toString())
            .hasMessageContaining("rw-r--r--")
            .hasMessageContaining("chmod 600")
            .satisfies(e -> assertThat(((ProtectionException) e).code()).isEqualTo(ProtectionException.KEY_STORE));
        // refused, not silently replaced by a new key
        assertThat(root.resolve(WAKO).resolve("dek2.key")).doesNotExist();

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertThat(store.current(WAKO, KeyPurpose.DATA_ENCRYPTION).id()).isEqualTo("dek1");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
        assertThat(store(root).current(WAKO, KeyPurpose.DATA_ENCRYPTION).id()).isEqualTo("dek1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tenant", "id", "purpose", "algorithm", "format", "material-short", "material-bad",
        "created", "missing-material"})
    void aDamagedOrMisplacedKeyFileIsRefused(String damage) throws Exception {
        Path file = writeKeyFile(root, WAKO, "dek1", bytes(0, 32));
        String text = Files.readString(file);
        String material = Base64.getEncoder().encodeToString(bytes(0, 32));
        String broken = switch (damage) {
            case "tenant" -> text.replace("tenant=" + WAKO, "tenant=" + CHIYODA);
            case "id" -> text.replace("id=dek1", "id=dek2");
            case "purpose" -> text.replace("purpose=data-encryption", "purpose=blind-index");
            case "algorithm" -> text.replace("algorithm=AES", "algorithm=DES");
            case "format" -> text.replace("format=1", "format=2");
            case "material-short" -> text.replace(material, Base64.getEncoder().encodeToString(bytes(0, 16)));
            case "material-bad" -> text.replace(material, "!!!" + material);
            case "created" -> text.replace("created=2025-01-01T00:00:00Z", "created=yesterday");
            case "missing-material" -> text.replace("material=" + material, "");
            default -> throw new AssertionError(damage);
        };
        Files.writeString(file, broken);
        assertThatThrownBy(() -> store(root).current(WAKO, KeyPurpose.DATA_ENCRYPTION))
            .isInstanceOf(ProtectionException.class)
            .hasMessageContaining("key file " + file + " is damaged or misplaced")
            .hasMessageContaining("Restore it from the key backup")
            .satisfies(e -> assertThat(e.getMessage()).doesNotContain(material).doesNotContain(material.substring(8)));
    }

    @Test
    void aKeyFileCopiedIntoAnotherTenantsDirectoryIsRefused() throws Exception {
        TenantKeyStore store = store(root);
        store.current(WAKO, KeyPurpose.DATA_ENCRYPTION);
        Files.createDirectories(root.resolve(CHIYODA));
        Files.copy(root.resolve(WAKO).resolve("dek1.key"), root.resolve(CHIYODA).resolve("dek1.key"));

        assertThatThrownBy(() -> store.current(CHIYODA, KeyPurpose.DATA_ENCRYPTION))
            .isInstanceOf(ProtectionException.class)
            .hasMessageContaining("tenant is '" + WAKO + "', expected '" + CHIYODA + "'");
    }

    @Test
    void filesThatAreNotKeysAreIgnored() throws Exception {
        Files.createDirectories(root.resolve(WAKO));
        Files.writeString(root.resolve(WAKO).resolve("README.txt"), "backed up nightly");
        Files.writeString(root.resolve(WAKO).resolve("dek01.key"), "not a key id");
        assertThat(store(root).current(WAKO, KeyPurpose.DATA_ENCRYPTION).id()).isEqualTo("dek1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "../112291", "12345", "112292", "11229１", ""})
    void invalidTenantCodesNeverReachTheFileSystem(String tenant) {
        TenantKeyStore store = store(root.resolve("keys"));
        assertThatThrownBy(() -> store.current(tenant, KeyPurpose.DATA_ENCRYPTION))
            .isInstanceOf(InvalidTenantException.class);
        assertThatThrownBy(() -> store.find(tenant, "dek1")).isInstanceOf(InvalidTenantException.class);
        assertThat(root.resolve("keys")).doesNotExist();
    }

    @Test
    void concurrentFirstUseCreatesExactlyOneKey() throws Exception {
        TenantKeyStore store = store(root);
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<TenantKey>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<TenantKey> task = () -> {
                    start.await();
                    return store.current(WAKO, KeyPurpose.DATA_ENCRYPTION);
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            Set<String> material = new java.util.HashSet<>();
            for (Future<TenantKey> f : results) {
                TenantKey k = f.get(30, TimeUnit.SECONDS);
                assertThat(k.id()).isEqualTo("dek1");
                material.add(Base64.getEncoder().encodeToString(k.secret().getEncoded()));
            }
            assertThat(material).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        try (Stream<Path> files = Files.list(root.resolve(WAKO))) {
            assertThat(files.map(f -> f.getFileName().toString()).collect(Collectors.toList()))
                .containsExactly("dek1.key");
        }
    }

    @Test
    void theDefaultDirectoryIsUnderKarafEtc() {
        String old = System.getProperty("karaf.etc");
        try {
            System.setProperty("karaf.etc", root.toString());
            assertThat(TenantKeyStore.defaultRoot()).isEqualTo(root.resolve("nhi").resolve("keys"));
            System.clearProperty("karaf.etc");
            assertThatThrownBy(TenantKeyStore::defaultRoot).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("karaf.etc");
        } finally {
            if (old == null) {
                System.clearProperty("karaf.etc");
            } else {
                System.setProperty("karaf.etc", old);
            }
        }
    }

    @Test
    void toStringShowsIdsButNeverKeyMaterial() {
        writeKeyFile(root, WAKO, "dek1", bytes(0, 32));
        TenantKeyStore store = store(root);
        TenantKey key = store.current(WAKO, KeyPurpose.DATA_ENCRYPTION);
        String material = Base64.getEncoder().encodeToString(bytes(0, 32));
        assertThat(key.toString())
            .isEqualTo("TenantKey[tenant=112291, id=dek1, purpose=data-encryption, created=2025-01-01T00:00:00Z]")
            .doesNotContain(material.substring(0, 10));
        assertThat(store.toString()).isEqualTo("TenantKeyStore[root=" + root.toAbsolutePath() + "]");
    }

    @Test
    void keyIdsAreWellFormed() {
        assertThat(KeyPurpose.ofKeyId("dek1")).isEqualTo(KeyPurpose.DATA_ENCRYPTION);
        assertThat(KeyPurpose.ofKeyId("bik12")).isEqualTo(KeyPurpose.BLIND_INDEX);
        for (String bad : new String[] {null, "dek0", "dek01", "DEK1", "dek", "xek1", "dek1 ", "dek1234567890"}) {
            assertThat(KeyPurpose.ofKeyId(bad)).as(String.valueOf(bad)).isNull();
        }
        assertThat(KeyPurpose.versionOf("bik12")).isEqualTo(12);
        assertThatThrownBy(() -> KeyPurpose.DATA_ENCRYPTION.keyId(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
