package jp.openkokuho.nhi.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.security.PrivilegedAction;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import javax.security.auth.Subject;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

import jp.openkokuho.nhi.api.interchange.ImportResult;
import jp.openkokuho.nhi.api.interchange.InterchangeFileKind;
import jp.openkokuho.nhi.api.tenant.Tenant;
import jp.openkokuho.nhi.eligibility.internal.ImportServiceImpl;
import jp.openkokuho.nhi.eligibility.internal.audit.Checkpointer;
import jp.openkokuho.nhi.eligibility.internal.audit.FileCheckpointStore;
import jp.openkokuho.nhi.eligibility.internal.audit.FileTenantKeyProvider;
import jp.openkokuho.nhi.eligibility.internal.audit.OperationLogService;
import jp.openkokuho.nhi.eligibility.internal.crypto.SubjectIndex;
import jp.openkokuho.nhi.eligibility.internal.crypto.TenantKeyStore;
import jp.openkokuho.nhi.eligibility.internal.security.AccessGuard;
import jp.openkokuho.nhi.eligibility.internal.security.Role;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantRegistry;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/**
 * Measures the 資格異動 import: generates a synthetic file, imports it through the real {@link ImportServiceImpl} into
 * an embedded Derby tenant store on disk (with one destination, so every row also writes a coverage version, an
 * outbox event and a delivery row), then inserts the same rows with a plain JDBC batch insert (one transaction, only
 * the rows' table) into a second Derby store of the same schema. Prints rows/s of both, their ratio and the heap
 * used. Run it in a JVM with the heap to prove ({@code -Xmx512m}); see {@code docs/benchmarks.md}.
 */
public final class ImportBenchmark {
    private static final String TENANT = "112291";

    private ImportBenchmark() {
    }

    /**
     * @param args rows (default 1,000,000), work directory (default {@code target/benchmark}; emptied first)
     * @throws Exception if anything fails
     */
    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        Path work = Path.of(args.length > 1 ? args[1] : "target/benchmark");
        Figures f = run(rows, work, System.out);
        System.out.println(f.summary());
    }

    /** What one run measured. */
    public record Figures(long rows, double importSeconds, double rawSeconds, long peakHeapBytes,
            long peakLiveBytes, long maxHeapBytes) {
        /** @return rows per second of the import */
        public double importRowsPerSecond() {
            return rows / importSeconds;
        }

        /** @return rows per second of the raw insert */
        public double rawRowsPerSecond() {
            return rows / rawSeconds;
        }

        /** @return the summary lines */
        public String summary() {
            return String.format(Locale.ROOT, "rows=%d%nimport: %.1f s, %.0f rows/s%nraw JDBC batch insert: %.1f s,"
                + " %.0f rows/s%nratio raw/import: %.2f%nheap: max %d MiB, peak used during import %d MiB,"
                + " peak live after GC %d MiB", rows, importSeconds, importRowsPerSecond(), rawSeconds,
                rawRowsPerSecond(), rawRowsPerSecond() / importRowsPerSecond(), maxHeapBytes >> 20,
                peakHeapBytes >> 20, peakLiveBytes >> 20);
        }
    }

    /**
     * One measurement.
     *
     * @param rows rows of the generated file
     * @param work a directory for the file and the databases; emptied first
     * @param log progress lines
     * @return the figures
     * @throws Exception if anything fails or the import rejects the file
     */
    public static Figures run(long rows, Path work, PrintStream log) throws Exception {
        deleteTree(work);
        Files.createDirectories(work);
        Path file = work.resolve("idou-" + rows + ".csv");
        long t0 = System.nanoTime();
        SyntheticQualificationFile.write(file, rows);
        log.printf(Locale.ROOT, "generated %s (%d MiB) in %.1f s%n", file.getFileName(), Files.size(file) >> 20,
            (System.nanoTime() - t0) / 1e9);

        HeapWatch heap = new HeapWatch();
        double importSeconds;
        try (TenantStore store = open(work.resolve("db-import"), List.of("residentregistry"))) {
            TenantRegistry registry = new TenantRegistry();
            registry.register(store);
            // the import goes through the real access guard and operation log, as a supervisor of the tenant
            Path keys = work.resolve("keys");
            OperationLogService oplog = new OperationLogService(registry,
                new FileTenantKeyProvider(keys, new SecureRandom()), new FileCheckpointStore(work.resolve("checkpoints")),
                new Checkpointer.Policy(1_000_000, Duration.ofDays(1)), Clock.systemUTC(), c -> { });
            AccessGuard guard = AccessGuard.withSubjectIndex(registry, oplog, new SubjectIndex(new TenantKeyStore(keys)));
            ImportServiceImpl imports = new ImportServiceImpl(registry, tenant -> { }, guard, Clock.systemUTC());
            Subject supervisor = new Subject(true, Set.of(new UserPrincipal("benchmark"),
                new RolePrincipal(Role.SUPERVISOR.roleName(TENANT))), Set.of(), Set.of());
            System.gc();
            heap.start();
            long start = System.nanoTime();
            ImportResult r = Subject.doAs(supervisor, (PrivilegedAction<ImportResult>) () -> imports.importFile(TENANT,
                InterchangeFileKind.QUALIFICATION_CHANGE, file, StandardCharsets.UTF_8,
                (phase, done) -> log.println("  " + phase + " " + done)));
            importSeconds = (System.nanoTime() - start) / 1e9;
            heap.stop();
            if (!r.accepted() || r.stored() != rows) {
                throw new IllegalStateException("import did not store every row: " + r);
            }
        }
        double rawSeconds;
        try (TenantStore store = open(work.resolve("db-raw"), List.of())) {
            // the store is only used to migrate the same schema; the insert goes around it
            rawSeconds = rawInsert(work.resolve("db-raw"), file, rows);
        }
        return new Figures(rows, importSeconds, rawSeconds, heap.peakUsed(), heap.peakLive(),
            Runtime.getRuntime().maxMemory());
    }

    private static TenantStore open(Path dir, List<String> destinations) throws SQLException {
        EmbeddedDataSource ds = dataSource(dir);
        ds.setCreateDatabase("create");
        return new TenantStore(new Tenant(TENANT, "和光市", "110270", destinations), ds, Clock.systemUTC(), () -> {
            EmbeddedDataSource down = dataSource(dir);
            down.setShutdownDatabase("shutdown");
            try (Connection c = down.getConnection()) {
                c.getMetaData();
            } catch (SQLException expected) {
                // Derby reports a successful shutdown as an exception
            }
        });
    }

    private static EmbeddedDataSource dataSource(Path dir) {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(dir.toAbsolutePath().toString());
        return ds;
    }

    /** The baseline: every cell bound as is (typed by the column) into NHI_QUALIFICATION_CHANGE, batches of 1000. */
    private static double rawInsert(Path dir, Path file, long rows) throws Exception {
        EmbeddedDataSource ds = dataSource(dir);
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            int[] types;
            try (PreparedStatement meta = c.prepareStatement("SELECT * FROM NHI_QUALIFICATION_CHANGE WHERE 1 = 0")) {
                ResultSetMetaData md = meta.executeQuery().getMetaData();
                types = new int[md.getColumnCount()];
                for (int i = 0; i < types.length; i++) {
                    types[i] = md.getColumnType(i + 1);
                }
            }
            String marks = String.join(", ", java.util.Collections.nCopies(types.length, "?"));
            long start = System.nanoTime();
            long n = 0;
            Timestamp now = Timestamp.valueOf(LocalDateTime.now());
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                    CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in);
                    PreparedStatement ps = c.prepareStatement("INSERT INTO NHI_QUALIFICATION_CHANGE VALUES (" + marks
                        + ")")) {
                for (CSVRecord r : csv) {
                    n++;
                    ps.setLong(1, n);
                    ps.setString(2, "raw");
                    ps.setLong(3, n + 1);
                    ps.setTimestamp(4, now);
                    ps.setNull(5, Types.INTEGER);
                    for (int i = 0; i < r.size(); i++) {
                        bind(ps, 6 + i, types[5 + i], r.get(i));
                    }
                    ps.addBatch();
                    if (n % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
            if (n != rows) {
                throw new IllegalStateException("raw insert wrote " + n + " rows, not " + rows);
            }
            return (System.nanoTime() - start) / 1e9;
        }
    }

    private static void bind(PreparedStatement ps, int p, int type, String cell) throws SQLException {
        if (cell.isEmpty()) {
            ps.setNull(p, type);
            return;
        }
        switch (type) {
            case Types.DATE -> ps.setDate(p, Date.valueOf(cell));
            case Types.INTEGER -> ps.setInt(p, Integer.parseInt(cell));
            case Types.BOOLEAN -> ps.setBoolean(p, "1".equals(cell));
            default -> ps.setString(p, cell);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * Heap use while a phase runs: the peak of used heap (sum of the heap pools' peaks, an upper bound) and the peak
     * of the heap still used right after a collection (the live set), sampled every 50 ms.
     */
    static final class HeapWatch {
        private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
        private final AtomicLong peakLive = new AtomicLong();
        private volatile boolean running;
        private Thread sampler;

        void start() {
            pools.forEach(MemoryPoolMXBean::resetPeakUsage);
            running = true;
            sampler = new Thread(() -> {
                while (running) {
                    long live = 0;
                    for (MemoryPoolMXBean p : pools) {
                        if (p.getCollectionUsage() != null) {
                            live += p.getCollectionUsage().getUsed();
                        }
                    }
                    peakLive.accumulateAndGet(live, Math::max);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-watch");
            sampler.setDaemon(true);
            sampler.start();
        }

        void stop() throws InterruptedException {
            running = false;
            sampler.join(1000);
        }

        long peakUsed() {
            return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        }

        long peakLive() {
            return peakLive.get();
        }
    }
}
