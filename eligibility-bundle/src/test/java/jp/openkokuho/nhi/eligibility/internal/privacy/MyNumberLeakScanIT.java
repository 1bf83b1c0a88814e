package jp.openkokuho.nhi.eligibility.internal.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.openkokuho.nhi.api.privacy.MyNumber;

/**
 * The end-to-end check of security.md (My Number): after the module's test suite has run, no file the suite wrote
 * under {@code target/} — the on-disk Derby databases ({@code target/privacy-derby}, data pages and transaction
 * log), {@code derby.log}, the test logs ({@code target/surefire-reports/*-output.txt}, XML reports) and generated
 * files — contains a synthetic test 個人番号 in clear: 12 ASCII digits, full-width digits, or the card's grouping.
 *
 * <p>Runs in its own surefire execution ({@code my-number-leak-scan} in this module's pom), which Maven starts after
 * the default one; compiled classes are not scanned (the test sources hold the numbers on purpose). If the suite
 * did not run (for example {@code -Dtest=…} selected other tests), there is nothing to scan and the scan is skipped.
 */
class MyNumberLeakScanIT {
    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final Set<String> NOT_SCANNED = Set.of("classes", "test-classes", "generated-sources",
        "generated-test-sources", "maven-status", "maven-archiver");
    /** 300 numbers of the privacy tests, and the crypto tests' ordinance example. */
    private static final List<String> NUMBERS = numbers();

    private static List<String> numbers() {
        List<String> out = new ArrayList<>();
        for (MyNumber n : PrivacyTestSupport.numbers(300)) {
            out.add(n.digits());
        }
        out.add("123456789018");
        return out;
    }

    /** @return every way a number may be written, as the bytes to look for (UTF-8) */
    static List<byte[]> needles(List<String> numbers) {
        Set<String> forms = new LinkedHashSet<>();
        for (String n : numbers) {
            forms.add(n);
            forms.add(n.substring(0, 4) + " " + n.substring(4, 8) + " " + n.substring(8));
            forms.add(n.substring(0, 4) + "-" + n.substring(4, 8) + "-" + n.substring(8));
            StringBuilder wide = new StringBuilder();
            n.chars().forEach(c -> wide.append((char) ('０' + (c - '0'))));
            forms.add(wide.toString());
        }
        return forms.stream().map(f -> f.getBytes(StandardCharsets.UTF_8)).toList();
    }

    /**
     * @param root a directory
     * @param needles byte sequences to look for
     * @return the files (relative to root) containing any of them
     */
    static List<String> scan(Path root, List<byte[]> needles) throws IOException {
        // one pass of String.indexOf per distinct 3-byte prefix (bytes as ISO-8859-1 chars), then the candidates
        Map<String, List<String>> byPrefix = new HashMap<>();
        for (byte[] n : needles) {
            String needle = new String(n, StandardCharsets.ISO_8859_1);
            byPrefix.computeIfAbsent(needle.substring(0, 3), k -> new ArrayList<>()).add(needle);
        }
        List<String> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !skipped(root, f)).toList()) {
                if (contains(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1), byPrefix)) {
                    hits.add(root.relativize(f).toString());
                }
            }
        }
        return hits;
    }

    private static boolean contains(String content, Map<String, List<String>> byPrefix) {
        for (Map.Entry<String, List<String>> e : byPrefix.entrySet()) {
            for (int i = content.indexOf(e.getKey()); i >= 0; i = content.indexOf(e.getKey(), i + 1)) {
                for (String needle : e.getValue()) {
                    if (content.startsWith(needle, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean skipped(Path root, Path file) {
        Path rel = root.relativize(file);
        return rel.getNameCount() > 1 && NOT_SCANNED.contains(rel.getName(0).toString())
            || file.getFileName().toString().endsWith(".jar");
    }

    @Test
    void theScannerFindsANumberInEveryFormAndIgnoresCompiledClasses(@TempDir Path dir) throws IOException {
        String n = PrivacyTestSupport.number(7);
        Files.createDirectories(dir.resolve("a/log"));
        Files.createDirectories(dir.resolve("test-classes"));
        Files.write(dir.resolve("a/log/plain.txt"), ("x" + n + "y").getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("a/grouped.dat"), (n.substring(0, 4) + " " + n.substring(4, 8) + " " + n.substring(8))
            .getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("a/wide.txt"), n.chars().mapToObj(c -> String.valueOf((char) ('０' + (c - '0'))))
            .reduce("氏名:", String::concat).getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("a/masked.txt"), MyNumber.MASK.getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("test-classes/Source.class"), n.getBytes(StandardCharsets.UTF_8));
        List<String> hits = scan(dir, needles(List.of(n)));
        assertThat(hits).containsExactlyInAnyOrder(Path.of("a/log/plain.txt").toString(),
            Path.of("a/grouped.dat").toString(), Path.of("a/wide.txt").toString());
    }

    @Test
    void noFileTheSuiteWroteHoldsATestNumberInClear() throws IOException {
        Path databases = PrivacyTestSupport.DERBY_ROOT;
        assumeTrue(Files.isDirectory(databases), "the module's test suite has not run: no databases to scan");
        long databaseFiles;
        try (Stream<Path> s = Files.walk(databases)) {
            databaseFiles = s.filter(f -> f.toString().contains("seg0") || f.toString().contains("log"))
                .filter(Files::isRegularFile).count();
        }
        assertThat(databaseFiles).as("Derby data and log files written by the suite").isPositive();
        Path reports = TARGET.resolve("surefire-reports");
        assertThat(reports).isDirectory();
        try (Stream<Path> s = Files.list(reports)) {
            assertThat(s.filter(f -> f.getFileName().toString().endsWith("-output.txt")).count())
                .as("test log files").isPositive();
        }

        List<String> hits = scan(TARGET, needles(NUMBERS));

        assertThat(hits).as("files under target/ holding a test 個人番号 in clear").isEmpty();
    }
}
