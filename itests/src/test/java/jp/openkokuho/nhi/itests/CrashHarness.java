package jp.openkokuho.nhi.itests;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Kills a real platform process with SIGKILL while it delivers changes, restarts it, and checks the end state
 * against the tenant's outbox: every committed change applied exactly once by the destination, in per-person order.
 *
 * <p>The harness plays the resident registry: it takes every file out of the outbound folder as soon as it appears,
 * so a destination that writes a change a second time is seen doing it. Changes are recorded through
 * {@code bin/client} batches, which die with the process; which changes committed is read from the tenant's
 * database after a clean final stop.
 */
final class CrashHarness {
    static final String TENANT = "112291";
    private static final String USER = "crash";

    /** What the run produced. */
    record Result(int committed, int applied, List<String> violations, String summary) {
    }

    private final Path home;
    private final int sshPort;
    private final boolean naive;
    private final Random random;
    private final long seed;
    private final Map<String, Integer> applications = new ConcurrentHashMap<>();
    private final AtomicInteger collected = new AtomicInteger();
    private Process karaf;

    /**
     * @param home folder to unpack the distribution into (emptied first)
     * @param sshPort SSH port of this instance (RMI ports are derived from it)
     * @param naive {@code true} to replace the 住民記録 destination with the non-idempotent fixture
     * @param seed random seed of the kill points
     */
    CrashHarness(Path home, int sshPort, boolean naive, long seed) {
        this.home = home.toAbsolutePath();
        this.sshPort = sshPort;
        this.naive = naive;
        this.seed = seed;
        this.random = new Random(seed);
    }

    Result run(int cycles, int subjectsPerCycle) throws Exception {
        install();
        ScheduledExecutorService collector = Executors.newSingleThreadScheduledExecutor();
        collector.scheduleWithFixedDelay(this::collect, 0, 5, TimeUnit.MILLISECONDS);
        List<String> log = new ArrayList<>();
        try {
            for (int cycle = 1; cycle <= cycles; cycle++) {
                start();
                int base = collected.get();
                Process client = client(commands(cycle, subjectsPerCycle));
                // changes keep coming while deliveries run: kill after a random number of this cycle's deliveries,
                // so the kill always lands in the middle of the delivery stream
                int killAt = base + 5 + random.nextInt(2 * subjectsPerCycle);
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(5))
                    .until(() -> collected.get() >= killAt);
                killHard();
                client.waitFor(30, TimeUnit.SECONDS);
                client.destroyForcibly();
                log.add("cycle " + cycle + ": killed after " + (collected.get() - base) + " deliveries");
            }
            start();
            await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1)).until(this::drained);
            stopCleanly();
            collect();
        } finally {
            collector.shutdownNow();
            if (karaf != null && karaf.isAlive()) {
                killHard();
            }
        }
        return verify(String.join("; ", log));
    }

    private void install() throws IOException, InterruptedException {
        if (Files.exists(home)) {
            try (Stream<Path> s = Files.walk(home)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(home);
        exec(List.of("tar", "xzf", System.getProperty("nhi.distribution"), "-C", home.toString(),
            "--strip-components=1"));
        Path etc = home.resolve("etc");
        Files.writeString(etc.resolve("jp.openkokuho.nhi.tenant-" + TENANT + ".cfg"), "municipality.code = " + TENANT
            + "\nmunicipality.name = 和光市\ninsurer.number = 110270\ndestinations = residentregistry\n",
            StandardCharsets.UTF_8);
        // a supervisor of the municipality: nhi:acquire/lose need a municipality role, the shell ACL needs nhi-staff
        Files.writeString(etc.resolve("users.properties"), "\n" + USER + " = " + USER + ",_g_:nhi-staff,nhi-supervisor@"
            + TENANT + "\n",
            StandardCharsets.ISO_8859_1, java.nio.file.StandardOpenOption.APPEND);
        replace(etc.resolve("org.apache.karaf.shell.cfg"), "sshPort = 8101", "sshPort = " + sshPort);
        if (Files.exists(etc.resolve("org.apache.karaf.management.cfg"))) {
            // only when a JMX connector is booted: it would collide with the other instances' RMI ports
            replace(etc.resolve("org.apache.karaf.management.cfg"), "rmiRegistryPort = 1099",
                "rmiRegistryPort = " + (sshPort + 1000));
            replace(etc.resolve("org.apache.karaf.management.cfg"), "rmiServerPort = 44444",
                "rmiServerPort = " + (sshPort + 2000));
        }
        Files.writeString(etc.resolve("jp.openkokuho.nhi.delivery.cfg"),
            "poll.interval.ms = 200\nretry.initial.delay.ms = 200\nretry.max.delay.ms = 2000\n"
                + "consumer.timeout.ms = 10000\n");
        if (naive) {
            Path features = etc.resolve("org.apache.karaf.features.cfg");
            String text = Files.readString(features);
            String without = text.replaceAll("(?m)^\\s*nhi-transfer-residentregistry/[^,\\s]+, \\\\\n", "");
            if (without.equals(text)) {
                throw new IllegalStateException("featuresBoot layout changed; cannot remove the destination");
            }
            Files.writeString(features, without);
            Files.copy(Path.of(System.getProperty("nhi.naive.jar")), home.resolve("deploy").resolve("naive.jar"));
        }
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        if (!text.contains(from)) {
            throw new IllegalStateException(file + " has no '" + from + "'");
        }
        Files.writeString(file, text.replace(from, to));
    }

    /** Each subject is registered and gets three changes spread over the batch: acquisition, loss, acquisition again. */
    private static List<String> commands(int cycle, int subjects) {
        List<String> c = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < subjects; i++) {
                String atena = String.format("%d%05d", cycle, i);
                if (round == 0) {
                    // recording eligibility needs a registered person (R1)
                    c.add("nhi:person-register " + TENANT + " " + atena + " 1980-01-01 FEMALE TEST" + atena);
                }
                c.add(switch (round) {
                    case 0 -> "nhi:acquire --notified 2026-04-03 " + TENANT + " " + atena + " 7" + atena
                        + " MOVE_IN 2026-04-01";
                    case 1 -> "nhi:lose --notified 2026-05-03 " + TENANT + " " + atena
                        + " JOINED_EMPLOYEE_INSURANCE 2026-05-01";
                    default -> "nhi:acquire --notified 2026-07-03 " + TENANT + " " + atena + " 7" + atena
                        + " LEFT_EMPLOYEE_INSURANCE 2026-06-30";
                });
            }
        }
        return c;
    }

    private void start() throws IOException {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
            .directory(home.toFile()).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.log").toFile()));
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        karaf = pb.start();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!karaf.isAlive()) {
                throw new IllegalStateException("Karaf exited during start; see " + home.resolve("console.log"));
            }
            return shell("nhi:tenant-list").contains(TENANT);
        });
    }

    /** SIGKILL to the Karaf JVM (the child of bin/karaf), no shutdown hooks, no flushing. */
    private void killHard() throws InterruptedException {
        karaf.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        karaf.destroyForcibly();
        karaf.waitFor(60, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(60)).until(() -> karaf.toHandle().descendants().noneMatch(ProcessHandle::isAlive));
    }

    private void stopCleanly() throws Exception {
        exec(List.of(home.resolve("bin/stop").toString()));
        if (!karaf.waitFor(90, TimeUnit.SECONDS)) {
            throw new IllegalStateException("Karaf did not stop within 90 s");
        }
    }

    private boolean drained() throws IOException, InterruptedException {
        String out = shell("nhi:transfer-status " + TENANT);
        for (String line : out.split("\n")) {
            String[] cols = line.split("\\|");
            if (cols.length >= 7 && cols[1].strip().equals("residentregistry")) {
                return cols[4].strip().equals("0") && cols[5].strip().equals("0");
            }
        }
        return false;
    }

    private Process client(List<String> commands) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/client").toString(), "-a", Integer.toString(sshPort),
            "-u", USER, "-p", USER, "-r", "10", "-d", "1", "-b").directory(home.toFile()).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("client.log").toFile()));
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        try (OutputStream in = p.getOutputStream()) {
            in.write((String.join("\n", commands) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return p;
    }

    private String shell(String command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/client").toString(), "-a", Integer.toString(sshPort),
            "-u", USER, "-p", USER, "-r", "1", "-b").directory(home.toFile()).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        try (OutputStream in = p.getOutputStream()) {
            in.write((command + "\n").getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    /** Moves every delivered file out, as the registry would, and counts each event it sees. */
    private synchronized void collect() {
        Path outbound = home.resolve("data/nhi/transfer/residentregistry/" + TENANT + "/outbound");
        Path taken = home.resolve("taken");
        if (!Files.isDirectory(outbound)) {
            return;
        }
        try (Stream<Path> s = Files.list(outbound)) {
            Files.createDirectories(taken);
            for (Path f : s.sorted().collect(Collectors.toList())) {
                String name = f.getFileName().toString();
                String event = name.substring(name.lastIndexOf('_') + 1, name.length() - 4);
                int n = applications.merge(event, 1, Integer::sum);
                Files.move(f, taken.resolve(name + "." + n), StandardCopyOption.ATOMIC_MOVE);
                collected.incrementAndGet();
            }
        } catch (IOException e) {
            // a file may vanish between list and move only if we raced ourselves; the next sweep sees the rest
        }
    }

    private Result verify(String log) throws SQLException, IOException {
        Map<String, long[]> committed = new LinkedHashMap<>(); // event -> {subject seq}, in outbox order
        Map<String, String> subjectOf = new HashMap<>();
        String url = "jdbc:derby:" + home.resolve("data/nhi/tenants/" + TENANT);
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(
                    "SELECT EVENT_ID, SUBJECT_KEY, SUBJECT_SEQ FROM NHI_OUTBOX_EVENT ORDER BY SEQ")) {
            while (rs.next()) {
                committed.put(rs.getString(1), new long[] {rs.getLong(3)});
                subjectOf.put(rs.getString(1), rs.getString(2));
            }
        } finally {
            try {
                DriverManager.getConnection(url + ";shutdown=true").close();
            } catch (SQLException expected) {
                // 08006: the database was shut down
            }
        }
        List<String> violations = new ArrayList<>();
        for (String event : committed.keySet()) {
            int n = applications.getOrDefault(event, 0);
            if (n != 1) {
                violations.add("event " + event + " (subject " + subjectOf.get(event) + " #" + committed.get(event)[0]
                    + ") applied " + n + " times");
            }
        }
        for (String event : applications.keySet()) {
            if (!committed.containsKey(event)) {
                violations.add("event " + event + " applied but never committed");
            }
        }
        Path journal = home.resolve("data/nhi/transfer/residentregistry/" + TENANT + "/inbox.journal");
        if (!naive && Files.exists(journal)) {
            Map<String, Long> lastSeq = new HashMap<>();
            for (String line : Files.readAllLines(journal)) {
                if (!line.startsWith("A ")) {
                    continue;
                }
                String event = line.substring(2);
                String subject = subjectOf.get(event);
                long seq = committed.containsKey(event) ? committed.get(event)[0] : -1;
                Long previous = lastSeq.put(subject, seq);
                if (previous != null && previous >= seq) {
                    violations.add("subject " + subject + ": #" + seq + " applied after #" + previous);
                }
            }
        }
        String summary = "seed " + seed + ", " + committed.size() + " committed, " + collected.get()
            + " files taken; " + log;
        return new Result(committed.size(), collected.get(), violations, summary);
    }

    private static void exec(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(command + " failed: " + out);
        }
    }
}
