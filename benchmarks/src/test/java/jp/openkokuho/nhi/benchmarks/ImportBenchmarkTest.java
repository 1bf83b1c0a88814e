package jp.openkokuho.nhi.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps the benchmark runnable: a few rows through the same code, no timing asserted. */
class ImportBenchmarkTest {

    @Test
    void aSmallRunImportsEveryRowAndReportsBothRates(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ImportBenchmark.Figures f = ImportBenchmark.run(301, dir.resolve("work"),
            new PrintStream(log, true, StandardCharsets.UTF_8));
        assertThat(f.rows()).isEqualTo(301);
        assertThat(f.importSeconds()).isPositive();
        assertThat(f.rawSeconds()).isPositive();
        assertThat(f.summary()).startsWith("rows=301\nimport: ").contains("ratio raw/import: ");
        assertThat(log.toString(StandardCharsets.UTF_8).lines()).contains("  VALIDATING 301", "  STORING 301");
        assertThat(Files.readAllLines(dir.resolve("work/idou-301.csv"))).hasSize(302)
            .first().isEqualTo(SyntheticQualificationFile.HEADER);
    }
}
