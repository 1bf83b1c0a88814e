package jp.openkokuho.nhi.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The measurement, run only by {@code mvn -Pbenchmarks -pl benchmarks verify} in a JVM forked with
 * {@code -Xmx512m}: imports {@code benchmark.rows} rows (default 1,000,000) and writes the figures to
 * {@code target/benchmark/result.txt}. It fails if the import does not store every row, or if the heap was not
 * actually limited.
 */
class ImportMeasurement {

    @Test
    void importAMillionRowsInTheConfiguredHeap() throws Exception {
        long rows = Long.getLong("benchmark.rows", 1_000_000);
        Path work = Path.of(System.getProperty("benchmark.work", "target/benchmark"));
        ImportBenchmark.Figures f = ImportBenchmark.run(rows, work, System.out);
        String text = f.summary() + "\njava " + System.getProperty("java.version") + ", "
            + Runtime.getRuntime().availableProcessors() + " cores\n";
        System.out.println(text);
        Files.writeString(work.resolve("result.txt"), text, StandardCharsets.UTF_8);
        assertThat(f.maxHeapBytes()).isLessThanOrEqualTo(512L << 20);
    }
}
