package jp.openkokuho.nhi.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.service.cm.ConfigurationAdmin;

import jp.openkokuho.nhi.api.eligibility.AcquisitionReason;
import jp.openkokuho.nhi.api.eligibility.AcquisitionRequest;
import jp.openkokuho.nhi.api.eligibility.EligibilityService;
import jp.openkokuho.nhi.api.person.PersonService;
import jp.openkokuho.nhi.api.eligibility.RelationshipType;
import jp.openkokuho.nhi.api.tenant.TenantConstants;
import jp.openkokuho.nhi.api.tenant.TenantService;
import jp.openkokuho.nhi.api.transfer.DestinationInfo;
import jp.openkokuho.nhi.api.transfer.DestinationStatus;
import jp.openkokuho.nhi.api.transfer.TransferOutcome;
import jp.openkokuho.nhi.api.transfer.TransferStatusService;

/**
 * An administrator upgrades the 住民記録 destination to a newer version with {@code feature:install -u} and no
 * automatic refresh while staff keep recording changes: every change is applied exactly once, and no core bundle is
 * stopped, refreshed or replaced.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HotSwapIT {
    private static final String TENANT = "112291";

    /** The platform authorises every service call from the caller's JAAS subject. */
    @Rule
    public final AsStaff staff = AsStaff.supervisorOf(TENANT);
    private static final String DESTINATION = "residentregistry";
    private static final String BSN = "jp.openkokuho.nhi.transfer.residentregistry";
    private static final String NEW_VERSION = "0.1.1";
    private static final int CHANGES = 240;
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    @Inject
    private BundleContext context;

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
    private ConfigurationAdmin configAdmin;

    @Inject
    private FeaturesService features;

    @Configuration
    public Option[] config() throws IOException {
        // Runs in the test JVM: build the "new release" of the destination and its features repository.
        Path dir = Path.of("target", "swap").toAbsolutePath();
        Files.createDirectories(dir);
        Path jar = dir.resolve("residentregistry-" + NEW_VERSION + ".jar");
        rewriteVersion(Path.of(System.getProperty("nhi.residentregistry.jar")), jar, NEW_VERSION);
        Path repo = dir.resolve("swap-features.xml");
        Files.writeString(repo, "<features name=\"nhi-swap\" xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\">\n"
            + "  <feature name=\"nhi-transfer-residentregistry\" version=\"" + NEW_VERSION + "\">\n"
            + "    <feature>scr</feature>\n"
            + "    <feature version=\"[0,1)\">nhi-api</feature>\n"
            + "    <feature version=\"[0,1)\">nhi-csv</feature>\n"
            + "    <bundle>" + jar.toUri() + "</bundle>\n"
            + "  </feature>\n</features>\n", StandardCharsets.UTF_8);
        return OptionUtils.combine(KarafOptions.distribution("hotswap", 8131),
            systemProperty("nhi.swap.repository").value(repo.toUri().toString()));
    }

    @Test
    public void upgradingTheDestinationUnderLoadLosesAndDuplicatesNothingAndRestartsNoCoreBundle() throws Exception {
        provision();
        Map<String, Long> coreIds = coreBundleIds();
        List<String> coreStops = Collections.synchronizedList(new ArrayList<>());
        BundleListener watcher = e -> {
            String bsn = e.getBundle().getSymbolicName();
            if (isCore(bsn) && (e.getType() == BundleEvent.STOPPED || e.getType() == BundleEvent.UNRESOLVED
                    || e.getType() == BundleEvent.UPDATED)) {
                coreStops.add(bsn + " " + e.getType());
            }
        };
        context.addBundleListener(watcher);

        // staff keep working: one acquisition every 25 ms, about six seconds of changes
        AtomicInteger produced = new AtomicInteger();
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService staff = Executors.newSingleThreadScheduledExecutor();
        staff.scheduleAtFixedRate(() -> {
            int i = produced.get();
            if (i >= CHANGES) {
                return;
            }
            String atena = String.format("3%05d", i);
            ItPersons.register(persons, TENANT, atena, ItPersons.ADULT);
            events.add(eligibility.recordAcquisition(TENANT, new AcquisitionRequest(atena, "5" + atena,
                RelationshipType.HEAD, AcquisitionReason.MOVE_IN, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 3)))
                .eventId());
            produced.incrementAndGet();
        }, 0, 25, TimeUnit.MILLISECONDS);
        try {
            await().atMost(TIMEOUT).until(() -> produced.get() >= 40);
            features.addRepository(URI.create(System.getProperty("nhi.swap.repository")));
            features.installFeature("nhi-transfer-residentregistry", NEW_VERSION,
                EnumSet.of(FeaturesService.Option.Upgrade, FeaturesService.Option.NoAutoRefreshBundles));
            int atSwap = produced.get();
            assertTrue("the swap happened while changes were still arriving (" + atSwap + ")", atSwap < CHANGES);
            await().atMost(TIMEOUT).until(() -> produced.get() == CHANGES);
        } finally {
            staff.shutdownNow();
        }

        await().atMost(TIMEOUT).until(() -> status().delivered() == CHANGES);
        context.removeBundleListener(watcher);
        DestinationStatus s = status();
        assertEquals(0, s.pending());
        assertEquals(0, s.deadLetters());

        // exactly one file and one journal entry per change
        List<Path> files = outboundFiles();
        assertEquals(CHANGES, files.size());
        Map<String, Integer> perEvent = new HashMap<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            perEvent.merge(name.substring(name.lastIndexOf('_') + 1, name.length() - 4), 1, Integer::sum);
        }
        assertEquals(new HashMap<>(events.stream().collect(Collectors.toMap(e -> e, e -> 1))), perEvent);
        List<String> journal = Files.readAllLines(root().resolve(TENANT).resolve("inbox.journal"));
        assertEquals(CHANGES, journal.stream().filter(l -> l.startsWith("A ")).count());
        assertEquals(CHANGES, journal.stream().filter(l -> l.startsWith("A ")).distinct().count());
        // one DELIVERED transfer record per change
        assertEquals(CHANGES, transfers.records(TENANT, null, 10_000).stream()
            .filter(r -> r.outcome() == TransferOutcome.DELIVERED).count());

        // the new version serves the destination; the old one is gone
        List<Bundle> destinationBundles = Arrays.stream(context.getBundles())
            .filter(b -> BSN.equals(b.getSymbolicName())).collect(Collectors.toList());
        assertEquals(1, destinationBundles.size());
        assertEquals(NEW_VERSION, destinationBundles.get(0).getVersion().toString());
        assertEquals(Bundle.ACTIVE, destinationBundles.get(0).getState());
        DestinationInfo info = transfers.destinations().stream().filter(d -> d.id().equals(DESTINATION)).findFirst()
            .orElseThrow();
        assertEquals(NEW_VERSION, info.version());
        assertTrue(info.refusal(), info.permitted());

        // no core bundle was stopped, refreshed or replaced
        assertEquals(Collections.emptyList(), coreStops);
        assertEquals(coreIds, coreBundleIds());
        for (String bsn : coreIds.keySet()) {
            assertEquals(bsn, Bundle.ACTIVE, bundle(bsn).getState());
        }
    }

    private void provision() throws IOException {
        org.osgi.service.cm.Configuration cfg = configAdmin.getFactoryConfiguration(TenantConstants.FACTORY_PID,
            TENANT, "?");
        Hashtable<String, Object> p = new Hashtable<>();
        p.put(TenantConstants.MUNICIPALITY_CODE, TENANT);
        p.put(TenantConstants.MUNICIPALITY_NAME, "和光市");
        p.put(TenantConstants.INSURER_NUMBER, "110270");
        p.put(TenantConstants.DESTINATIONS, DESTINATION);
        cfg.update(p);
        await().atMost(TIMEOUT).until(() -> tenants.find(TENANT).isPresent());
    }

    private DestinationStatus status() {
        return transfers.status(TENANT).stream().filter(s -> s.destinationId().equals(DESTINATION)).findFirst()
            .orElseThrow();
    }

    private static Path root() {
        return Path.of(System.getProperty("karaf.data"), "nhi", "transfer", DESTINATION);
    }

    private static List<Path> outboundFiles() throws IOException {
        try (Stream<Path> s = Files.list(root().resolve(TENANT).resolve("outbound"))) {
            return s.sorted().collect(Collectors.toList());
        }
    }

    private static boolean isCore(String bsn) {
        return bsn != null && bsn.startsWith("jp.openkokuho.nhi.") && !bsn.startsWith("jp.openkokuho.nhi.transfer.");
    }

    private Bundle bundle(String bsn) {
        return Arrays.stream(context.getBundles()).filter(b -> bsn.equals(b.getSymbolicName())).findFirst()
            .orElseThrow(() -> new AssertionError("no bundle " + bsn));
    }

    private Map<String, Long> coreBundleIds() {
        return Arrays.stream(context.getBundles()).filter(b -> isCore(b.getSymbolicName()))
            .collect(Collectors.toMap(Bundle::getSymbolicName, Bundle::getBundleId, (a, b) -> a,
                java.util.TreeMap::new));
    }

    /** Copies a bundle jar with another Bundle-Version: the same code, released as a newer version. */
    private static void rewriteVersion(Path from, Path to, String version) throws IOException {
        try (InputStream in = Files.newInputStream(from); JarInputStream jin = new JarInputStream(in)) {
            Manifest mf = new Manifest(jin.getManifest());
            mf.getMainAttributes().putValue("Bundle-Version", version);
            try (OutputStream out = Files.newOutputStream(to); JarOutputStream jout = new JarOutputStream(out, mf)) {
                for (JarEntry e = jin.getNextJarEntry(); e != null; e = jin.getNextJarEntry()) {
                    jout.putNextEntry(new JarEntry(e.getName()));
                    jin.transferTo(jout);
                    jout.closeEntry();
                }
            }
        }
    }
}
