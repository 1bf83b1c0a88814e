package jp.openkokuho.nhi.eligibility.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTenantKeyProviderTest {

    @Test
    void theFirstUseCreatesAnOwnerOnlyKeyFileThatLaterInstancesReuse(@TempDir Path dir) throws Exception {
        FileTenantKeyProvider keys = new FileTenantKeyProvider(dir, new SecureRandom());
        TenantKey k = keys.current("112291");
        assertThat(k.id()).isEqualTo("audit-1");
        assertThat(k.toString()).isEqualTo("TenantKey[112291/audit-1]");
        Path file = dir.resolve("112291").resolve("audit-1.key");
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        assertThat(text).matches("[0-9a-f]{64}\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
            .isEqualTo("rwx------");
        try (var s = Files.list(file.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("audit-1.key");
        }

        FileTenantKeyProvider again = new FileTenantKeyProvider(dir, new SecureRandom());
        assertThat(again.current("112291").secret().getEncoded()).isEqualTo(k.secret().getEncoded());
        assertThat(again.current("131016").secret().getEncoded()).isNotEqualTo(k.secret().getEncoded());
    }

    @Test
    void rotationAddsANewCurrentKeyAndKeepsTheOldOne(@TempDir Path dir) {
        FileTenantKeyProvider keys = new FileTenantKeyProvider(dir, new SecureRandom());
        TenantKey first = keys.current("112291");
        TenantKey second = keys.rotate("112291");
        assertThat(second.id()).isEqualTo("audit-2");
        assertThat(keys.current("112291").id()).isEqualTo("audit-2");
        assertThat(keys.find("112291", "audit-1").orElseThrow().secret().getEncoded())
            .isEqualTo(first.secret().getEncoded());
        assertThat(new FileTenantKeyProvider(dir, new SecureRandom()).current("112291").id()).isEqualTo("audit-2");
    }

    @Test
    void unknownOrMalformedKeyIdsAndTenantCodesFindNothing(@TempDir Path dir) throws Exception {
        FileTenantKeyProvider keys = new FileTenantKeyProvider(dir, new SecureRandom());
        keys.current("112291");
        Files.writeString(dir.resolve("secret.key"), "00".repeat(32));
        assertThat(keys.find("112291", "audit-9")).isEmpty();
        assertThat(keys.find("112291", "../secret")).isEmpty();
        assertThat(keys.find("112291", "audit-0")).isEmpty();
        assertThatThrownBy(() -> keys.current("../112291")).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("not a tenant code: keys are kept per plain tenant code");
    }

    @Test
    void aDamagedKeyFileIsAnErrorNotANewKey(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("112291"));
        Files.writeString(dir.resolve("112291").resolve("audit-1.key"), "not hex\n");
        FileTenantKeyProvider keys = new FileTenantKeyProvider(dir, new SecureRandom());
        assertThatThrownBy(() -> keys.current("112291")).isInstanceOf(IllegalStateException.class)
            .hasMessageEndingWith("audit-1.key is not hex");
        Files.writeString(dir.resolve("112291").resolve("audit-1.key"), "00".repeat(16));
        assertThatThrownBy(() -> new FileTenantKeyProvider(dir, new SecureRandom()).current("112291"))
            .hasMessage("audit key audit-1 of tenant 112291 is shorter than 32 bytes");
    }
}
