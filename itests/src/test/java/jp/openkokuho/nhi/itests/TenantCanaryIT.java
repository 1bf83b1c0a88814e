package jp.openkokuho.nhi.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.inject.Inject;
import javax.security.auth.Subject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.service.cm.ConfigurationAdmin;
import org.slf4j.LoggerFactory;

import jp.openkokuho.nhi.api.eligibility.AcquisitionReason;
import jp.openkokuho.nhi.api.eligibility.AcquisitionRequest;
import jp.openkokuho.nhi.api.eligibility.EligibilityService;
import jp.openkokuho.nhi.api.eligibility.LossReason;
import jp.openkokuho.nhi.api.eligibility.LossRequest;
import jp.openkokuho.nhi.api.eligibility.RelationshipType;
import jp.openkokuho.nhi.api.linkage.FederationSend;
import jp.openkokuho.nhi.api.linkage.FederationService;
import jp.openkokuho.nhi.api.linkage.HighCostCarryOverService;
import jp.openkokuho.nhi.api.linkage.IdentityService;
import jp.openkokuho.nhi.api.linkage.HighCostMonthKind;
import jp.openkokuho.nhi.api.person.Person;
import jp.openkokuho.nhi.api.person.PersonService;
import jp.openkokuho.nhi.api.person.Sex;
import jp.openkokuho.nhi.api.tenant.TenantService;
import jp.openkokuho.nhi.api.transfer.TransferStatusService;

/**
 * Per-tenant canaries: each municipality's data carries ASCII strings random per run — in the persons' names (stored in
 * clear in the tenant's Derby database), in the 宛名番号 and 国保世帯番号 (stored, and written by the 住民記録
 * destination and the 国保連合会 files), in the staff id (written to the operation log) and in the linkage store
 * (a 高額該当月 of the household). Then every byte on disk is searched: no canary of one municipality is anywhere in the other's
 * databases or outbound folders, and the shared Karaf log holds no name, 宛名番号 or 世帯番号 of either. Positive
 * controls show the search finds each canary where it must be.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TenantCanaryIT {
    private static final String A = "112291";
    private static final String B = "111007";
    private static final String DESTINATION = "residentregistry";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @Filter(timeout = 60_000)
    private EligibilityService eligibility;

    @Inject
    @Filter(timeout = 60_000)
    private PersonService persons;

    @Inject
    @Filter(timeout = 60_000)
    private TenantService tenants;

    @Inject
    @Filter(timeout = 60_000)
    private TransferStatusService transfers;

    @Inject
    @Filter(timeout = 60_000)
    private HighCostCarryOverService highCost;

    @Inject
    @Filter(timeout = 60_000)
    private IdentityService identities;

    @Inject
    @Filter(timeout = 60_000)
    private FederationService federation;

    @Inject
    @Filter(timeout = 60_000)
    private ConfigurationAdmin configAdmin;

    @Configuration
    public Option[] config() {
        return KarafOptions.distribution("tenant-canary", 8321);
    }

    /** One tenant's canaries. */
    private record Canaries(String tenant, String name, String staff, String head, String member, String household) {
        static Canaries random(String tenant, String letter) {
            return new Canaries(tenant, "CANARY-" + letter + "-" + hex(), "STAFF-" + letter + "-" + hex(), digits15(),
                digits15(), digits15());
        }

        /** @return the strings that must never leave the tenant */
        List<String> all() {
            return List.of(name, staff, head, member, household);
        }

        /** @return the strings of a resident (personal data), which no log may hold */
        List<String> personal() {
            return List.of(name, head, member, household);
        }
    }

    @Test
    public void noCanaryOfOneMunicipalityIsFoundInTheOthersFilesNorAnyNameOrNumberInTheSharedLog() throws Exception {
        Staff.run(Staff.of("itest-supervisor", "supervisor", A, B), () -> {
            Tenants.provision(configAdmin, tenants, A, "和光市", "110270", DESTINATION);
            Tenants.provision(configAdmin, tenants, B, "さいたま市", "110106", DESTINATION);
        });
        Canaries a = Canaries.random(A, "A");
        Canaries b = Canaries.random(B, "B");
        write(a);
        write(b);
        for (Canaries c : List.of(a, b)) {
            Staff.run(Staff.of("itest-supervisor", "supervisor", c.tenant()), () -> await().atMost(TIMEOUT)
                .until(() -> transfers.status(c.tenant()).stream()
                    .filter(s -> s.destinationId().equals(DESTINATION)).findFirst().orElseThrow().delivered() == 3));
        }
        // a line the test itself logs: proves the search below reads the live Karaf log
        String marker = "canary-scan-marker-" + hex();
        LoggerFactory.getLogger(TenantCanaryIT.class).info("TenantCanaryIT {}", marker);
        Path logDir = data().resolve("log");
        await().atMost(TIMEOUT).until(() -> count(filesUnder(logDir), marker) > 0);

        Map<String, List<Path>> owned = new TreeMap<>();
        List<Path> shared = new ArrayList<>();
        for (Path f : filesUnder(data().resolve("nhi"))) {
            String owner = ownerOf(data().resolve("nhi").relativize(f));
            if (owner == null) {
                shared.add(f);
            } else {
                owned.computeIfAbsent(owner, k -> new ArrayList<>()).add(f);
            }
        }
        assertEquals(List.of(B, A), new ArrayList<>(owned.keySet()));

        for (Canaries own : List.of(a, b)) {
            Canaries other = own == a ? b : a;
            List<Path> files = owned.get(own.tenant());
            // positive controls: Derby keeps ASCII in clear, so each canary is found in its own tenant's files
            List<Path> store = under(files, "tenants", own.tenant());
            assertTrue(count(store, own.name()) > 0);
            assertTrue("the operation log names the staff member", count(store, own.staff()) > 0);
            assertTrue(count(store, own.head()) > 0);
            assertTrue(count(under(files, "linkage", own.tenant()), own.household()) > 0);
            List<Path> outbound = under(files, "transfer", DESTINATION, own.tenant(), "outbound");
            assertEquals(3, outbound.size());
            assertEquals(2, count(outbound, own.head()));
            assertEquals(1, count(outbound, own.member()));
            List<Path> federationSend = under(files, "federation", own.tenant(), "send");
            assertTrue(federationSend.size() > 0);
            assertTrue(count(federationSend, own.head()) > 0);
            assertTrue(count(federationSend, own.household()) > 0);
            // nothing of the other municipality in any file of this one (stores, operation log, outbound, keys)
            for (String canary : other.all()) {
                assertEquals(own.tenant() + " files holding " + canary, 0, count(files, canary));
            }
        }
        // shared platform files (outside any tenant's folder) and the Karaf logs: no resident's data at all
        List<Path> logs = filesUnder(logDir);
        assertTrue(logs.stream().anyMatch(p -> p.getFileName().toString().equals("karaf.log")));
        for (String canary : concat(a.personal(), b.personal())) {
            assertEquals("log files holding " + canary, 0, count(logs, canary));
            assertEquals("shared files holding " + canary, 0, count(shared, canary));
        }
    }

    private void write(Canaries c) throws Exception {
        Subject clerk = Staff.of(c.staff(), "clerk", c.tenant());
        Staff.run(clerk, () -> {
            persons.register(c.tenant(), new Person(c.head(), c.name() + " 一郎", "カナリア イチロウ",
                LocalDate.of(1980, 1, 1), Sex.MALE));
            persons.register(c.tenant(), new Person(c.member(), c.name() + " 花子", "カナリア ハナコ",
                LocalDate.of(1982, 2, 2), Sex.FEMALE));
            eligibility.recordAcquisition(c.tenant(), new AcquisitionRequest(c.head(), c.household(),
                RelationshipType.HEAD, AcquisitionReason.MOVE_IN, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 3)));
            eligibility.recordAcquisition(c.tenant(), new AcquisitionRequest(c.member(), c.household(),
                RelationshipType.MEMBER, AcquisitionReason.MOVE_IN, LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 3)));
            eligibility.recordLoss(c.tenant(), new LossRequest(c.head(), LossReason.JOINED_EMPLOYEE_INSURANCE,
                LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 2)));
            highCost.recordHighCostMonth(c.tenant(), c.household(), YearMonth.of(2026, 5),
                HighCostMonthKind.HOUSEHOLD);
            // reads are logged too
            assertEquals(c.name() + " 一郎", persons.find(c.tenant(), c.head()).orElseThrow().name());
            // 被保険者枝番: the persons join the roster of the 国保連合会 files
            identities.assignBranches(c.tenant(), c.household(), List.of(c.head(), c.member()),
                LocalDate.of(2026, 4, 1));
        });
        // the supervisor sends the changes to the 国保連合会 drop directory (data/nhi/federation/<code>/send)
        List<FederationSend> sent = Staff.as(Staff.of(c.staff(), "supervisor", c.tenant()),
            () -> federation.exportChanges(c.tenant(), Instant.now()));
        assertTrue(sent.size() > 0);
    }

    /** @return the tenant a file under data/nhi belongs to: a path segment that is, or a file name that starts with, its code */
    private static String ownerOf(Path relative) {
        for (Path segment : relative) {
            String s = segment.toString();
            for (String code : List.of(A, B)) {
                if (s.equals(code) || s.startsWith(code + ".") || s.startsWith(code + "-") || s.startsWith(code + "_")) {
                    return code;
                }
            }
        }
        return null;
    }

    private static List<Path> under(List<Path> files, String... segments) {
        Path prefix = data().resolve("nhi").resolve(Path.of("", segments));
        return files.stream().filter(f -> f.startsWith(prefix)).collect(Collectors.toList());
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
    }

    /** @return occurrences of an ASCII string in the files' bytes, summed */
    private static int count(List<Path> files, String ascii) throws IOException {
        int n = 0;
        for (Path f : files) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(f);
            } catch (java.nio.file.NoSuchFileException e) {
                continue; // a Derby temporary file went away
            }
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            for (int i = text.indexOf(ascii); i >= 0; i = text.indexOf(ascii, i + 1)) {
                n++;
            }
        }
        return n;
    }

    private static Path data() {
        return Path.of(System.getProperty("karaf.data"));
    }

    private static List<String> concat(List<String> x, List<String> y) {
        List<String> all = new ArrayList<>(x);
        all.addAll(y);
        return all;
    }

    private static String hex() {
        byte[] b = new byte[8];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** @return a random 15-digit number, the longest 宛名番号 / 国保世帯番号 the platform takes */
    private static String digits15() {
        StringBuilder s = new StringBuilder().append(1 + RANDOM.nextInt(9));
        while (s.length() < 15) {
            s.append(RANDOM.nextInt(10));
        }
        return s.toString();
    }
}
