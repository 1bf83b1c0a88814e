package jp.openkokuho.nhi.eligibility.internal.hostile;

import jp.openkokuho.nhi.eligibility.internal.security.RunAs;
import jp.openkokuho.nhi.eligibility.internal.security.Staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import jp.openkokuho.nhi.api.NhiException;
import jp.openkokuho.nhi.api.interchange.ImportResult;
import jp.openkokuho.nhi.api.interchange.InterchangeFileKind;
import jp.openkokuho.nhi.eligibility.internal.ImportServiceImpl;
import jp.openkokuho.nhi.eligibility.internal.TestStores;
import jp.openkokuho.nhi.eligibility.internal.interchange.ImportStaging;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantRegistry;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/**
 * Runs every file of the {@link HostileCorpus} through the real {@link ImportServiceImpl} (validate, then import) on
 * an embedded Derby tenant store. For each file: no exception other than the documented ones ({@link NhiException}
 * with an {@code IMPORT_…} code), no row added to any table of the tenant, and for a rejected file a report whose
 * every line names the file and a line number. The outcome of every file is written to
 * {@code target/hostile-corpus/report.txt}.
 *
 * <p>The assertions are about rejection only, not about how an accepted file is stored, so they hold for every
 * version of the import of the four kinds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@RunAs(user = "test-supervisor", roles = "nhi-supervisor@112291")
class HostileCorpusTest {
    private static final String WAKO = "112291";
    private static final String IMPORT_LOG = "NHI_IMPORT_LOG";
    private static final String OPERATION_LOG = "NHI_OPERATION_LOG";
    private static final Path DIR = Path.of("target", "hostile-corpus").toAbsolutePath();
    /** {@code file:line: item: CHECK: message}, or the count of errors left out. */
    private static final Pattern REPORT_LINE = Pattern.compile("^[^:\\r\\n]+:\\d+: [^\\r\\n]*$|^\\.\\.\\. and \\d+ more errors not listed$");

    private TenantStore store;
    private ImportServiceImpl service;
    private ImportStaging staging;
    private List<HostileCorpus.Case> cases;
    private final Map<String, String> outcomes = new ConcurrentSkipListMap<>();

    @BeforeAll
    void setUp() throws IOException {
        deleteTree(DIR);
        cases = HostileCorpus.generate(DIR.resolve("files"), HostileCorpus.SEED);
        store = TestStores.open(WAKO, List.of());
        TenantRegistry registry = new TenantRegistry();
        registry.register(store);
        staging = new ImportStaging(DIR.resolve("staging"));
        service = new ImportServiceImpl(registry, tenant -> { }, Staff.guard(registry), Clock.systemUTC(), staging);
    }

    @AfterAll
    void tearDown() throws IOException {
        store.close();
        StringBuilder report = new StringBuilder("# Hostile-input corpus: " + outcomes.size() + " files, seed "
            + HostileCorpus.SEED + "\n");
        outcomes.forEach((k, v) -> report.append(k).append(" -> ").append(v).append('\n'));
        Files.writeString(DIR.resolve("report.txt"), report, StandardCharsets.UTF_8);
    }

    Stream<HostileCorpus.Case> corpus() {
        return cases.stream();
    }

    @Test
    void theCorpusCoversEveryKindAndCategoryWithAtLeast200Files() {
        assertThat(cases.size()).isGreaterThanOrEqualTo(200);
        Map<InterchangeFileKind, Long> perKind = new TreeMap<>();
        Map<String, Long> perCategory = new LinkedHashMap<>();
        for (HostileCorpus.Case c : cases) {
            perKind.merge(c.kind(), 1L, Long::sum);
            perCategory.merge(c.category(), 1L, Long::sum);
        }
        assertThat(perKind).containsOnlyKeys(InterchangeFileKind.values());
        assertThat(perKind.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(50));
        assertThat(perCategory).containsOnlyKeys("encoding", "truncation", "bom", "control", "huge", "columns",
            "dates", "formula", "identifier", "header", "empty");
        // deterministic: the same seed gives the same bytes
        List<HostileCorpus.Case> again = HostileCorpus.generate(DIR.resolve("again"), HostileCorpus.SEED);
        assertThat(again).hasSameSizeAs(cases);
        for (int i = 0; i < cases.size(); i += 37) {
            assertThat(again.get(i).file()).hasSameBinaryContentAs(cases.get(i).file());
        }
    }

    @ParameterizedTest
    @MethodSource("jp.openkokuho.nhi.eligibility.internal.hostile.HostileCorpusTest#kinds")
    void theUnmodifiedSampleIsAcceptedSoTheCorpusVariesAValidFile(InterchangeFileKind kind) throws IOException {
        Path file = Files.write(DIR.resolve("sample-" + kind.cliName() + ".csv"), HostileCorpus.sample(kind));
        ImportResult r = service.validate(WAKO, kind, file, StandardCharsets.UTF_8);
        assertThat(r.report()).isEmpty();
        assertThat(r.accepted()).isTrue();
        assertThat(r.records()).isPositive();
    }

    static Stream<InterchangeFileKind> kinds() {
        return Stream.of(InterchangeFileKind.values());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aHostileFileIsRejectedWithALineNumberedReportAndStoresNothing(HostileCorpus.Case c) throws IOException {
        Map<String, Long> before = rowCounts();
        String validated = run(c, false);
        String imported = run(c, true);
        Map<String, Long> after = rowCounts();
        if (c.expect() == HostileCorpus.Expect.NOTHING_STORED) {
            // a valid file without rows may be recorded as imported (so that it is recognised if sent again)
            after.put(IMPORT_LOG, before.get(IMPORT_LOG));
        }
        // the validation and the import are each one entry in the operation log, whatever became of them
        assertThat(after.get(OPERATION_LOG)).as("log entries after %s", c).isEqualTo(before.get(OPERATION_LOG) + 2);
        after.put(OPERATION_LOG, before.get(OPERATION_LOG));
        assertThat(after).as("rows of every tenant table after %s", c).isEqualTo(before);
        assertThat(staged()).as("staged copies left after %s", c).isZero();
        outcomes.put(c.toString(), "validate: " + validated + " | import: " + imported);
    }

    /** @return a one-line outcome for the report */
    private String run(HostileCorpus.Case c, boolean importing) {
        ImportResult r;
        try {
            r = importing ? service.importFile(WAKO, c.kind(), c.file(), c.charset())
                : service.validate(WAKO, c.kind(), c.file(), c.charset());
        } catch (NhiException e) {
            assertThat(e.code()).as("exception code of %s", c).startsWith("IMPORT_");
            assertThat(importing).as("validate() of %s must report, not throw: %s", c, e.oneLine()).isTrue();
            return "refused " + e.oneLine();
        } catch (RuntimeException | Error e) {
            return fail("crash on " + c + ": " + e, e);
        }
        assertThat(r.stored()).as("rows stored from %s", c).isZero();
        if (c.expect() == HostileCorpus.Expect.NOTHING_STORED) {
            assertThat(r.records()).isZero();
            return r.accepted() ? "accepted, 0 records" : "rejected " + firstLine(r);
        }
        assertThat(r.accepted()).as("%s was accepted", c).isFalse();
        assertThat(r.report()).as("report of %s", c).isNotEmpty()
            .allSatisfy(line -> assertThat(line).matches(REPORT_LINE).startsWith(c.file().getFileName() + ":"));
        return "rejected (" + r.report().size() + " lines) " + firstLine(r);
    }

    private static String firstLine(ImportResult r) {
        String line = r.report().isEmpty() ? "" : r.report().get(0);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private Map<String, Long> rowCounts() {
        return store.read(em -> {
            Map<String, Long> counts = new TreeMap<>();
            List<String> tables = new ArrayList<>();
            for (Object t : em.createNativeQuery("SELECT TABLENAME FROM SYS.SYSTABLES WHERE TABLETYPE = 'T'")
                    .getResultList()) {
                tables.add((String) t);
            }
            for (String t : tables) {
                counts.put(t, ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + t).getSingleResult())
                    .longValue());
            }
            return counts;
        });
    }

    private long staged() throws IOException {
        if (!Files.exists(staging.root())) {
            return 0;
        }
        try (Stream<Path> s = Files.list(staging.root())) {
            return s.count();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
