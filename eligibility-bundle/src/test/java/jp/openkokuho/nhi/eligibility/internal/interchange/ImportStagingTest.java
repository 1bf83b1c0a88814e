package jp.openkokuho.nhi.eligibility.internal.interchange;

import jp.openkokuho.nhi.eligibility.internal.security.RunAs;
import jp.openkokuho.nhi.eligibility.internal.security.Staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.openkokuho.nhi.api.NhiException;
import jp.openkokuho.nhi.api.interchange.ImportResult;
import jp.openkokuho.nhi.api.interchange.InterchangeFileKind;
import jp.openkokuho.nhi.eligibility.internal.ImportServiceImpl;
import jp.openkokuho.nhi.eligibility.internal.TestStores;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantRegistry;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/** Import staging: no staged copy outlives its import, and a start-up sweep removes what a crash left. */
@RunAs(user = "test-supervisor", roles = "nhi-supervisor@112291")
class ImportStagingTest {
    private static final String WAKO = "112291";

    @TempDir
    Path dir;

    private static long entries(Path root) throws Exception {
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> !p.equals(root)).count();
        }
    }

    @Test
    void aStagedCopyKeepsItsNameAndIsDeletedWithItsDirectory() throws Exception {
        ImportStaging staging = new ImportStaging(dir.resolve("staging"));
        Path file = Files.writeString(dir.resolve("zairyu.csv"), "x", StandardCharsets.UTF_8);
        Path staged = staging.stage(file);
        assertThat(staged.getFileName().toString()).isEqualTo("zairyu.csv");
        assertThat(staged.getParent().getParent()).isEqualTo(staging.root());
        assertThat(Files.readString(staged)).isEqualTo("x");
        staging.delete(staged);
        assertThat(entries(staging.root())).isZero();
        assertThat(file).exists();
        assertThatThrownBy(() -> staging.delete(file)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesThatAreNotPlainNeverLeaveTheRoot() {
        assertThat(ImportStaging.safeName(Path.of(".."))).isEqualTo("staged.csv");
        assertThat(ImportStaging.safeName(Path.of("/"))).isEqualTo("staged.csv");
        assertThat(ImportStaging.safeName(Path.of("a\nb.csv"))).isEqualTo("staged.csv");
        assertThat(ImportStaging.safeName(Path.of("x", "..", "..", "etc", "passwd"))).isEqualTo("passwd");
        assertThat(ImportStaging.safeName(Path.of("在留資格.csv"))).isEqualTo("在留資格.csv");
    }

    @Test
    void theStartUpSweepDeletesWhatACrashLeft() throws Exception {
        ImportStaging staging = new ImportStaging(dir.resolve("staging"));
        Path file = Files.writeString(dir.resolve("a.csv"), "x", StandardCharsets.UTF_8);
        staging.stage(file);
        staging.stage(file);
        assertThat(entries(staging.root())).isEqualTo(4);
        assertThat(new ImportStaging(dir.resolve("staging")).sweep()).isEqualTo(2);
        assertThat(entries(staging.root())).isZero();
        assertThat(new ImportStaging(dir.resolve("absent")).sweep()).isZero();
    }

    @Test
    void everyImportDeletesItsCopyAcceptedRejectedOrRefused() throws Exception {
        TenantStore store = TestStores.open(WAKO, List.of());
        try {
            TenantRegistry registry = new TenantRegistry();
            registry.register(store);
            ImportStaging staging = new ImportStaging(dir.resolve("staging"));
            ImportServiceImpl service = new ImportServiceImpl(registry, tenant -> { }, Staff.guard(registry), Clock.systemUTC(), staging);
            String header = "宛名番号,在留資格コード,在留期間満了日\r\n";
            Path good = Files.writeString(dir.resolve("good.csv"), header + "000101,07,2027-03-31\r\n");
            Path bad = Files.writeString(dir.resolve("bad.csv"), header + "000101,07,2027-02-30\r\n");

            ImportResult ok = service.importFile(WAKO, InterchangeFileKind.RESIDENCE_STATUS, good,
                StandardCharsets.UTF_8);
            assertThat(ok.stored()).isEqualTo(1);
            assertThat(ok.fileName()).isEqualTo("good.csv");
            assertThat(entries(staging.root())).isZero();
            assertThat(service.importFile(WAKO, InterchangeFileKind.RESIDENCE_STATUS, bad, StandardCharsets.UTF_8)
                .accepted()).isFalse();
            assertThat(entries(staging.root())).isZero();
            assertThatThrownBy(() -> service.importFile(WAKO, InterchangeFileKind.RESIDENCE_STATUS, good,
                StandardCharsets.UTF_16)).isInstanceOf(NhiException.class);
            assertThat(entries(staging.root())).isZero();
            assertThatThrownBy(() -> service.importFile(WAKO, InterchangeFileKind.RESIDENCE_STATUS,
                dir.resolve("missing.csv"), StandardCharsets.UTF_8)).isInstanceOf(NhiException.class)
                .hasMessageContaining("missing.csv");
            assertThat(entries(staging.root())).isZero();
            assertThat(good).exists();
        } finally {
            store.close();
        }
    }
}
