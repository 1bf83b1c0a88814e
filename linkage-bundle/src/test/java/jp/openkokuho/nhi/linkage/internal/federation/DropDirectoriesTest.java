package jp.openkokuho.nhi.linkage.internal.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Per-tenant channels to the 国保連合会. */
class DropDirectoriesTest {
    @Test
    void aTenantMayHaveItsOwnDirectory() {
        DropDirectories d = DropDirectories.configured(Path.of("/data/federation"), "112291 = /mnt/wako");
        assertThat(d.of("112291")).isEqualTo(Path.of("/mnt/wako"));
        assertThat(d.of("112275")).isEqualTo(Path.of("/data/federation/112275"));
        // as a .cfg file gives it: one string
        DropDirectories cfg = DropDirectories.configured(Path.of("/data"), "112291=/mnt/wako, 112275=/mnt/asaka");
        assertThat(cfg.of("112291")).isEqualTo(Path.of("/mnt/wako"));
        assertThat(cfg.of("112275")).isEqualTo(Path.of("/mnt/asaka"));
    }

    @Test
    void aBadEntryIsNamed() {
        assertThatThrownBy(() -> DropDirectories.configured(Path.of("/x"), "112292=/mnt/wako"))
            .hasMessage("tenant drop directory '112292=/mnt/wako' must be <全国地方公共団体コード>=<directory>");
        assertThatThrownBy(() -> DropDirectories.configured(Path.of("/x"), "112291=/a", "112291=/b"))
            .hasMessage("tenant 112291 has two drop directories");
    }
}
