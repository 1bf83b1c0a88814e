package jp.openkokuho.nhi.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
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
import jp.openkokuho.nhi.api.eligibility.RecordedChange;
import jp.openkokuho.nhi.api.eligibility.RelationshipType;
import jp.openkokuho.nhi.api.tenant.TenantConstants;
import jp.openkokuho.nhi.api.tenant.TenantService;
import jp.openkokuho.nhi.api.transfer.DestinationStatus;
import jp.openkokuho.nhi.api.transfer.EligibilityChangeConsumer;
import jp.openkokuho.nhi.api.transfer.TransferConstants;
import jp.openkokuho.nhi.api.transfer.TransferStatusService;

/**
 * The integrator kit end to end: the destination project that the archetype module's integration test generated,
 * built and installed (archetype/src/test/resources/projects/basic) is installed into the running distribution
 * from its own features repository, as an administrator would, and a municipality provisioned afterwards delivers
 * to it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class GeneratedDestinationIT {
    /** Prefix of the system properties that carry the generated project's coordinates into the container. */
    private static final String GENERATED = "nhi.it.generated.";
    private static final List<String> COORDINATES = List.of("groupId", "artifactId", "version", "destinationId");
    private static final String TENANT = "112291";

    /** The platform authorises every service call from the caller's JAAS subject. */
    @Rule
    public final AsStaff staff = AsStaff.supervisorOf(TENANT);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Inject
    private BundleContext context;

    @Inject
    @Filter(timeout = 60_000)
    private FeaturesService features;

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

    /**
     * Runs outside the container: reads the archetype integration test's properties (the one place the sample
     * project's coordinates are written down) and hands them to the container as system properties.
     */
    @Configuration
    public Option[] config() throws IOException {
        Properties sample = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("nhi.archetype.sample")))) {
            sample.load(in);
        }
        List<Option> options = new ArrayList<>(Arrays.asList(KarafOptions.distribution("generated", 8121)));
        for (String key : COORDINATES) {
            String value = sample.getProperty(key);
            if (value == null || value.isBlank()) {
                throw new IllegalStateException("the archetype sample properties lack " + key);
            }
            options.add(editConfigurationFilePut("etc/system.properties", GENERATED + key, value.trim()));
        }
        return options.toArray(new Option[0]);
    }

    @Test
    public void theGeneratedDestinationInstalledAtRuntimeWritesOneFilePerChange() throws Exception {
        String artifactId = generated("artifactId");
        String id = generated("destinationId");
        String feature = "nhi-transfer-" + id;

        // install it as an administrator does (feature:repo-add, feature:install), watching that nothing restarts
        List<String> stopped = new CopyOnWriteArrayList<>();
        BundleListener watch = e -> {
            if (e.getType() == BundleEvent.STOPPED) {
                stopped.add(e.getBundle().getSymbolicName());
            }
        };
        context.addBundleListener(watch);
        try {
            features.addRepository(URI.create("mvn:" + generated("groupId") + "/" + artifactId + "/"
                + generated("version") + "/xml/features"));
            features.installFeature(feature);
        } finally {
            context.removeBundleListener(watch);
        }
        assertTrue(features.isInstalled(features.getFeature(feature)));
        assertEquals("installing the destination stopped (refreshed) bundles", List.of(), stopped);
        Bundle bundle = bundle(artifactId);
        assertEquals(Bundle.ACTIVE, bundle.getState());
        assertNull("a destination bundle exports nothing", bundle.getHeaders().get("Export-Package"));
        String imports = bundle.getHeaders().get("Import-Package");
        assertTrue(imports, java.util.regex.Pattern.compile(
            "jp\\.openkokuho\\.nhi\\.api\\.transfer;version=\"\\[1\\.[0-9]+,2\\)\"").matcher(imports).find());
        await().atMost(TIMEOUT).until(() -> !context.getServiceReferences(EligibilityChangeConsumer.class,
            "(" + TransferConstants.DESTINATION_ID + "=" + id + ")").isEmpty());

        // a municipality starts using it by naming it in its tenant configuration
        org.osgi.service.cm.Configuration cfg = configAdmin.getFactoryConfiguration(TenantConstants.FACTORY_PID,
            TENANT, "?");
        Dictionary<String, Object> p = new Hashtable<>();
        p.put(TenantConstants.MUNICIPALITY_CODE, TENANT);
        p.put(TenantConstants.MUNICIPALITY_NAME, "和光市");
        p.put(TenantConstants.INSURER_NUMBER, "110270");
        p.put(TenantConstants.DESTINATIONS, id);
        cfg.update(p);
        await().atMost(TIMEOUT).until(() -> tenants.find(TENANT).isPresent());

        ItPersons.register(persons, TENANT, "000123", ItPersons.ADULT);
        RecordedChange change = eligibility.recordAcquisition(TENANT, new AcquisitionRequest("000123", "900001",
            RelationshipType.HEAD, AcquisitionReason.MOVE_IN, LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 13)));

        await().atMost(TIMEOUT).until(() -> status(id).delivered() == 1);
        DestinationStatus done = status(id);
        assertEquals(0, done.pending());
        assertEquals(0, done.deadLetters());
        List<Path> files = outboundFiles(id);
        assertEquals("exactly one file: " + files, 1, files.size());
        assertTrue(files.get(0).getFileName().toString().endsWith("_" + change.eventId() + ".csv"));
        String text = Files.readString(files.get(0), StandardCharsets.UTF_8);
        assertTrue(text, text.contains(change.eventId()));
        assertTrue(text, text.contains(TENANT + ",取得,000123," + change.effectiveDate() + ","));
        // the household number is not among the items the generated destination declares
        assertFalse(text, text.contains("900001"));
    }

    private static String generated(String key) {
        String value = System.getProperty(GENERATED + key);
        if (value == null) {
            throw new AssertionError("system property " + GENERATED + key + " is not set in the container");
        }
        return value;
    }

    private DestinationStatus status(String destinationId) {
        return transfers.status(TENANT).stream().filter(s -> s.destinationId().equals(destinationId)).findFirst()
            .orElseThrow(() -> new AssertionError("no delivery status for " + destinationId));
    }

    private static List<Path> outboundFiles(String destinationId) throws IOException {
        Path dir = Path.of(System.getProperty("karaf.data"), "nhi", "transfer", destinationId, TENANT, "outbound");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().collect(Collectors.toList());
        }
    }

    private Bundle bundle(String bsn) {
        return Arrays.stream(context.getBundles()).filter(b -> bsn.equals(b.getSymbolicName())).findFirst()
            .orElseThrow(() -> new AssertionError("no bundle " + bsn));
    }
}
