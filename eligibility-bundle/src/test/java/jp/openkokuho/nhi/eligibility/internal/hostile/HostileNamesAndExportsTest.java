package jp.openkokuho.nhi.eligibility.internal.hostile;

import jp.openkokuho.nhi.eligibility.internal.security.RunAs;
import jp.openkokuho.nhi.eligibility.internal.security.Staff;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.openkokuho.nhi.api.interchange.ImportResult;
import jp.openkokuho.nhi.api.interchange.InterchangeFileKind;
import jp.openkokuho.nhi.eligibility.internal.ImportServiceImpl;
import jp.openkokuho.nhi.eligibility.internal.TestStores;
import jp.openkokuho.nhi.eligibility.internal.interchange.ImportReport;
import jp.openkokuho.nhi.eligibility.internal.interchange.ImportStaging;
import jp.openkokuho.nhi.eligibility.internal.interchange.InterchangeKind;
import jp.openkokuho.nhi.eligibility.internal.interchange.InterchangeReader;
import jp.openkokuho.nhi.eligibility.internal.interchange.InterchangeRow;
import jp.openkokuho.nhi.eligibility.internal.interchange.InterchangeWriter;
import jp.openkokuho.nhi.eligibility.internal.interchange.QualificationChangeRecord;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantRegistry;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/** The hostile cases that are not file contents: path tricks in file names, and formula-leading cells on export. */
@RunAs(user = "test-supervisor", roles = "nhi-supervisor@112291")
class HostileNamesAndExportsTest {
    private static final String WAKO = "112291";
    private static final String RESIDENCE = "宛名番号,在留資格コード,在留期間満了日\r\n000101,07,2027-03-31\r\n";
    private static final String BAD_RESIDENCE = "宛名番号,在留資格コード,在留期間満了日\r\n000101,07,2027-02-30\r\n";

    @TempDir
    Path dir;

    private static long entries(Path root) throws Exception {
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(root)) {
            return s.count();
        }
    }

    @Test
    void pathTricksInFileNamesNeverReachTheReportOrTheStagingArea() throws Exception {
        TenantStore store = TestStores.open(WAKO, List.of());
        try {
            TenantRegistry registry = new TenantRegistry();
            registry.register(store);
            ImportStaging staging = new ImportStaging(dir.resolve("staging"));
            ImportServiceImpl service = new ImportServiceImpl(registry, tenant -> { }, Staff.guard(registry), Clock.systemUTC(), staging);
            Files.createDirectories(dir.resolve("in/sub"));
            Files.writeString(dir.resolve("in/zairyu.csv"), RESIDENCE);

            // "in/sub/../zairyu.csv" and the absolute path: the report names the file only, without directories
            ImportResult viaParent = service.importFile(WAKO, InterchangeFileKind.RESIDENCE_STATUS,
                dir.resolve("in/sub/../zairyu.csv"), StandardCharsets.UTF_8);
            assertThat(viaParent.fileName()).isEqualTo("zairyu.csv");
            assertThat(viaParent.stored()).isEqualTo(1);
            ImportResult absolute = service.validate(WAKO, InterchangeFileKind.RESIDENCE_STATUS,
                dir.resolve("in/zairyu.csv").toAbsolutePath(), StandardCharsets.UTF_8);
            assertThat(absolute.fileName()).isEqualTo("zairyu.csv");

            // a line break in a file name cannot forge report lines, neither when validating nor when importing
            Path forged = Files.writeString(dir.resolve("in/x.csv\nx.csv:1: -: OK: forged.csv"), BAD_RESIDENCE);
            ImportResult checked = service.validate(WAKO, InterchangeFileKind.RESIDENCE_STATUS, forged,
                StandardCharsets.UTF_8);
            assertThat(checked.fileName()).isEqualTo("x.csv?x.csv:1: -: OK: forged.csv");
            assertThat(checked.report()).hasSize(1).allSatisfy(l -> assertThat(l).doesNotContain("\n").doesNotContain("\r"));
            ImportResult imported = service.importFile(WAKO, InterchangeFileKind.RESIDENCE_STATUS, forged,
                StandardCharsets.UTF_8);
            assertThat(imported.accepted()).isFalse();
            assertThat(imported.fileName()).isEqualTo("staged.csv");
            assertThat(entries(staging.root())).isZero();
        } finally {
            store.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+81312345678", "-1", "@SUM(A1)"})
    void aFormulaLeadingTextIsImportedAsDataAndExportedWithAnApostrophe(String formula) throws Exception {
        String sample = new String(HostileCorpus.sample(InterchangeFileKind.QUALIFICATION_CHANGE),
            StandardCharsets.UTF_8);
        int column = InterchangeKind.QUALIFICATION_CHANGE.header().indexOf("続柄名称");
        String[] lines = sample.split("\r\n", -1);
        String[] cells = lines[1].split(",", -1);
        assertThat(cells[column]).isEqualTo("世帯主");
        cells[column] = formula;
        lines[1] = String.join(",", cells);
        List<QualificationChangeRecord> read = new ArrayList<>();
        ImportReport report = new InterchangeReader().read(new ByteArrayInputStream(String.join("\r\n", lines)
            .getBytes(StandardCharsets.UTF_8)), "q.csv", StandardCharsets.UTF_8, QualificationChangeRecord.class,
            (InterchangeRow<QualificationChangeRecord> row) -> read.add(row.record()));
        assertThat(report.accepted()).isTrue();
        assertThat(read.get(0).relationshipName()).isEqualTo(formula);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InterchangeWriter.utf8().write(out, QualificationChangeRecord.class, read);
        String exportedRow = out.toString(StandardCharsets.UTF_8).split("\r\n")[1];
        assertThat(exportedRow.split(",", -1)[column]).isEqualTo("'" + formula);
    }
}
