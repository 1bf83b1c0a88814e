package jp.openkokuho.nhi.eligibility.internal;

import jp.openkokuho.nhi.eligibility.internal.security.RunAs;
import jp.openkokuho.nhi.eligibility.internal.security.Staff;
import static jp.openkokuho.nhi.eligibility.internal.QualificationRows.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.openkokuho.nhi.api.NhiException;
import jp.openkokuho.nhi.api.eligibility.AcquisitionReason;
import jp.openkokuho.nhi.api.eligibility.AcquisitionRequest;
import jp.openkokuho.nhi.api.eligibility.RelationshipType;
import jp.openkokuho.nhi.api.interchange.ExportResult;
import jp.openkokuho.nhi.api.interchange.ImportResult;
import jp.openkokuho.nhi.api.interchange.InterchangeFileKind;
import jp.openkokuho.nhi.api.interchange.InterchangeProgress;
import jp.openkokuho.nhi.eligibility.internal.interchange.InterchangeKind;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantRegistry;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/** Export of the four kinds, and the round trip export → import into a fresh tenant → export, byte for byte. */
@RunAs(user = "test-supervisor", roles = {"nhi-supervisor@112291", "nhi-supervisor@131016"})
class InterchangeExportTest {
    private static final String PURPOSE = "国保連合会への資格情報の提供（試験）";
    private static final Charset UTF8 = StandardCharsets.UTF_8;
    private static final Charset SJIS = Charset.forName("windows-31j");

    private final TenantRegistry registry = new TenantRegistry();
    private final List<TenantStore> stores = new ArrayList<>();
    private ImportServiceImpl imports;
    private ExportServiceImpl exports;
    private EligibilityServiceImpl eligibility;

    @BeforeEach
    void setUp() {
        TestStores.MutableClock clock = new TestStores.MutableClock(Instant.parse("2026-11-27T01:00:00Z"),
            EligibilityServiceImpl.JAPAN);
        imports = new ImportServiceImpl(registry, t -> { }, Staff.guard(registry), clock);
        exports = new ExportServiceImpl(registry, Staff.guard(registry));
        eligibility = EligibilityServiceImpl.withDefaultRules(registry, t -> { }, Staff.guard(registry), clock);
    }

    @AfterEach
    void tearDown() {
        stores.forEach(TenantStore::close);
    }

    private String tenant(String code) {
        TenantStore s = TestStores.open(code, List.of("residentregistry"));
        stores.add(s);
        registry.register(s);
        return code;
    }

    private static String header(InterchangeFileKind kind) {
        return String.join(",", InterchangeKind.valueOf(kind.name()).header()) + "\r\n";
    }

    private static String sample(InterchangeFileKind kind) {
        return switch (kind) {
            case QUALIFICATION_CHANGE -> row("900001", "000101", 1, "1").start("2026-04-01", "転入", "2026-04-03")
                    .cell(10, "=本人").cell(33, "\"老齢\",厚生年金").cell(1, "A1").processed("2026-04-03").line()
                + row("900001", "000102", 1, "2").start("平成30年4月1日", "BIRTH", "20180405")
                    .end("2026-09-02", "社保加入", "2026-09-10").cell(46, "0007").line()
                + row("900002", "000103", 4, "1").start("2026-04-01", "転入", "2026-04-03").deleted().line();
            case MITIGATION_CHANGE -> "000101,1,1,A1,2026-04-03,2026-04-01,2027-03-31,300001,900001,0,2026-04-03\r\n"
                + "000101,1,2,A1,2026-04-03,2026-04-01,,300001,900001,1,\r\n";
            case PREF_QUALIFICATION_DATES -> "900001,000101,110270,埼玉あ,12345,300001,2026-04-03,2026-04-01,転入,,,,"
                + "@cmd,,,,,,,,,,1,1,1,2026-04-05\r\n"
                + "900001,000102,,,,,2018-04-05,2018-04-01,出生,2026-09-10,2026-09-02,社保加入,,,,,,,,,,,2,0,,\r\n";
            case RESIDENCE_STATUS -> "000101,07,2027-03-31\r\n000102,12,令和9年3月31日\r\n000101,07,2028-03-31\r\n";
        };
    }

    @Test
    void everyKindRoundTripsByteForByte(@TempDir Path dir) throws Exception {
        String a = tenant("112291");
        String b = tenant("131016");
        // a version recorded by staff, not imported, is exported too
        TestStores.registerPersons(registry, a, LocalDate.of(1980, 1, 1), "000500");
        eligibility.recordAcquisition(a, new AcquisitionRequest("000500", "900005", RelationshipType.HEAD,
            AcquisitionReason.MOVE_IN, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 4)));
        for (InterchangeFileKind kind : InterchangeFileKind.values()) {
            Path original = Files.writeString(dir.resolve(kind.cliName() + ".csv"), header(kind) + sample(kind), UTF8);
            ImportResult in = imports.importFile(a, kind, original, UTF8);
            assertThat(in.report()).as(kind.name()).isEmpty();

            Path first = dir.resolve(kind.cliName() + "-a.csv");
            ExportResult out = exports.exportFile(a, kind, first, UTF8, PURPOSE, InterchangeProgress.NONE);
            ImportResult again = imports.importFile(b, kind, first, UTF8);
            assertThat(again.report()).as(kind.name()).isEmpty();
            Path second = dir.resolve(kind.cliName() + "-b.csv");
            ExportResult out2 = exports.exportFile(b, kind, second, UTF8, PURPOSE, InterchangeProgress.NONE);

            assertThat(Files.readAllBytes(second)).as(kind.name()).isEqualTo(Files.readAllBytes(first));
            assertThat(out2.sha256()).isEqualTo(out.sha256());
            assertThat(Files.readString(first, UTF8)).startsWith(header(kind));
            long expectedRows = kind == InterchangeFileKind.QUALIFICATION_CHANGE ? 4 : in.records();
            assertThat(out.rows()).as(kind.name()).isEqualTo(expectedRows);
            assertThat(again.stored()).isEqualTo(expectedRows);
            assertThat(out.bytes()).isEqualTo(Files.size(first));
        }
        String q = Files.readString(dir.resolve("qualification-change-a.csv"), UTF8);
        assertThat(q.split("\r\n")).hasSize(5);
        assertThat(q).contains(",'=本人,").contains("\"\"\"老齢\"\",厚生年金\"").contains(",2018-04-01,")
            .contains("900005,,000500,1,,1,").contains(",7,");
        assertThat(Files.readString(dir.resolve("residence-status-a.csv"), UTF8)).isEqualTo(header(
            InterchangeFileKind.RESIDENCE_STATUS) + "000101,07,2027-03-31\r\n000101,07,2028-03-31\r\n"
            + "000102,12,2027-03-31\r\n");
        assertThat(Files.readString(dir.resolve("pref-qualification-dates-a.csv"), UTF8)).contains(",'@cmd,");
        assertThat(eligibility.periods(b, "000500")).singleElement()
            .satisfies(p -> assertThat(p.startDate()).isEqualTo(LocalDate.of(2026, 11, 2)));
    }

    @Test
    void windows31jRoundTripsToo(@TempDir Path dir) throws Exception {
        String a = tenant("112291");
        String b = tenant("131016");
        InterchangeFileKind kind = InterchangeFileKind.QUALIFICATION_CHANGE;
        Path original = Files.write(dir.resolve("q.csv"), (header(kind) + sample(kind)).getBytes(SJIS));
        assertThat(imports.importFile(a, kind, original, SJIS).stored()).isEqualTo(3);
        Path first = dir.resolve("q-a.csv");
        exports.exportFile(a, kind, first, SJIS, PURPOSE, InterchangeProgress.NONE);
        assertThat(imports.importFile(b, kind, first, SJIS).stored()).isEqualTo(3);
        Path second = dir.resolve("q-b.csv");
        exports.exportFile(b, kind, second, SJIS, PURPOSE, InterchangeProgress.NONE);
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(new String(Files.readAllBytes(first), SJIS)).startsWith(header(kind));
    }

    @Test
    void anUnencodableValueFailsTheExportAndLeavesTheTargetUntouched(@TempDir Path dir) throws Exception {
        String a = tenant("112291");
        InterchangeFileKind kind = InterchangeFileKind.QUALIFICATION_CHANGE;
        Path original = Files.writeString(dir.resolve("q.csv"), header(kind)
            + row("900001", "000101", 1, "1").start("2026-04-01", "転入", "2026-04-03").cell(10, "𠮷田").line(), UTF8);
        assertThat(imports.importFile(a, kind, original, UTF8).stored()).isEqualTo(1);
        Path target = Files.writeString(dir.resolve("out.csv"), "previous", UTF8);

        assertThatThrownBy(() -> exports.exportFile(a, kind, target, SJIS, PURPOSE, InterchangeProgress.NONE))
            .isInstanceOf(NhiException.class).hasMessageContaining("続柄名称").hasMessageNotContaining("𠮷")
            .extracting(e -> ((NhiException) e).code()).isEqualTo("EXPORT_VALUE");
        assertThat(Files.readString(target, UTF8)).isEqualTo("previous");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("q.csv", "out.csv");
        }
    }

    @Test
    void anEmptyTenantExportsTheHeaderAndReportsProgress(@TempDir Path dir) throws Exception {
        String a = tenant("112291");
        List<String> seen = new ArrayList<>();
        ExportResult r = exports.exportFile(a, InterchangeFileKind.MITIGATION_CHANGE, dir.resolve("m.csv"), UTF8, PURPOSE,
            (phase, rows) -> seen.add(phase + " " + rows));
        assertThat(r.rows()).isZero();
        assertThat(r.charset()).isEqualTo("UTF-8");
        assertThat(Files.readString(dir.resolve("m.csv"), UTF8))
            .isEqualTo("宛名番号,履歴番号,更新連番,対象区分,届出日,開始日,終了日,世帯番号(住基),国保世帯番号,削除区分,処理日\r\n");
        assertThat(seen).containsExactly("EXPORTING 0");
        assertThatThrownBy(() -> exports.exportFile(a, InterchangeFileKind.MITIGATION_CHANGE, dir.resolve("x.csv"),
            StandardCharsets.UTF_16, PURPOSE, InterchangeProgress.NONE)).isInstanceOf(NhiException.class)
            .extracting(e -> ((NhiException) e).code()).isEqualTo("EXPORT_CHARSET");
    }
}
