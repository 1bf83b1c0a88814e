package jp.openkokuho.nhi.eligibility.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.openkokuho.nhi.eligibility.internal.security.RunAs;
import jp.openkokuho.nhi.eligibility.internal.security.Staff;
import jp.openkokuho.nhi.api.NhiException;
import jp.openkokuho.nhi.api.interchange.ImportResult;
import jp.openkokuho.nhi.api.interchange.InterchangeFileKind;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantRegistry;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/** Importing a 在留資格ファイル into a real tenant store: all-or-nothing, and a repeated file changes nothing. */
@RunAs(roles = "nhi-clerk@112291")
class ImportServiceImplTest {
    private static final String WAKO = "112291";
    private static final String HEADER = "宛名番号,在留資格コード,在留期間満了日\r\n";
    private static final Charset UTF8 = StandardCharsets.UTF_8;

    private TenantStore store;
    private ImportServiceImpl service;

    @BeforeEach
    void setUp() {
        TenantRegistry registry = new TenantRegistry();
        store = TestStores.open(WAKO, List.of());
        registry.register(store);
        service = new ImportServiceImpl(registry, tenant -> { }, Staff.guard(registry), java.time.Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private static Path file(Path dir, String name, String body) throws Exception {
        return Files.writeString(dir.resolve(name), HEADER + body, UTF8);
    }

    private long rows() {
        return store.read(em -> em.createQuery("SELECT COUNT(s) FROM ResidenceStatusEntity s", Long.class)
            .getSingleResult());
    }

    @Test
    void aValidFileIsStoredOnceAndTheSameFileAgainChangesNothing(@TempDir Path dir) throws Exception {
        Path f = file(dir, "zairyu-2026-11.csv",
            "000101,07,2027-03-31\r\n000102,12,令和9年3月31日\r\n000101,07,2028-03-31\r\n");

        ImportResult first = service.importFile(WAKO, InterchangeFileKind.RESIDENCE_STATUS, f, UTF8);
        assertThat(first.accepted()).isTrue();
        assertThat(first.alreadyImported()).isFalse();
        assertThat(first.records()).isEqualTo(3);
        assertThat(first.stored()).isEqualTo(3);
        assertThat(first.report()).isEmpty();
        assertThat(rows()).isEqualTo(3);
        List<Object[]> person = store.read(em -> em.createQuery("SELECT s.seq, s.residenceExpiryDate, s.lineNo FROM"
            + " ResidenceStatusEntity s WHERE s.atenaNo = '000101' ORDER BY s.seq", Object[].class).getResultList());
        assertThat(person).extracting(r -> r[0] + " " + r[1] + " line " + r[2])
            .containsExactly("1 2027-03-31 line 2", "2 2028-03-31 line 4");

        ImportResult again = service.importFile(WAKO, InterchangeFileKind.RESIDENCE_STATUS, f, UTF8);
        assertThat(again.accepted()).isTrue();
        assertThat(again.alreadyImported()).isTrue();
        assertThat(again.stored()).isZero();
        assertThat(again.sha256()).isEqualTo(first.sha256());
        assertThat(rows()).isEqualTo(3);
    }

    @Test
    void oneBadLineRejectsTheWholeFileAndNothingIsStored(@TempDir Path dir) throws Exception {
        Path f = file(dir, "zairyu-bad.csv", "000101,07,2027-03-31\r\n000102,12,2027-02-30\r\n000103,07,2027-04-01\r\n");
        ImportResult r = service.importFile(WAKO, InterchangeFileKind.RESIDENCE_STATUS, f, UTF8);
        assertThat(r.accepted()).isFalse();
        assertThat(r.stored()).isZero();
        assertThat(r.report()).singleElement().asString()
            .startsWith("zairyu-bad.csv:3: 在留期間満了日: DATE_INVALID: ");
        assertThat(rows()).isZero();
        long logged = store.read(em -> em.createQuery("SELECT COUNT(l) FROM ImportLogEntity l", Long.class)
            .getSingleResult());
        assertThat(logged).isZero();
    }

    @Test
    void aFileOfAnotherKindIsRejectedByItsHeader(@TempDir Path dir) throws Exception {
        Path f = file(dir, "wrong.csv", "000101,07,2027-03-31\r\n");
        ImportResult r = service.validate(WAKO, InterchangeFileKind.MITIGATION_CHANGE, f, UTF8);
        assertThat(r.accepted()).isFalse();
        assertThat(r.report().get(0)).contains("wrong.csv:1:").contains("HEADER_");
        ImportResult asQualification = service.importFile(WAKO, InterchangeFileKind.QUALIFICATION_CHANGE, f, UTF8);
        assertThat(asQualification.accepted()).isFalse();
        assertThat(asQualification.stored()).isZero();
        assertThat(asQualification.report().get(0)).startsWith("wrong.csv:1: ").contains("HEADER_WRONG_KIND");
        assertThat(rows()).isZero();
    }
}
