package jp.openkokuho.nhi.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
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
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.service.cm.ConfigurationAdmin;

import com.sun.net.httpserver.HttpServer;

import jp.openkokuho.nhi.api.eligibility.AcquisitionReason;
import jp.openkokuho.nhi.api.eligibility.AcquisitionRequest;
import jp.openkokuho.nhi.api.eligibility.EligibilityService;
import jp.openkokuho.nhi.api.person.PersonService;
import jp.openkokuho.nhi.api.eligibility.LossReason;
import jp.openkokuho.nhi.api.eligibility.LossRequest;
import jp.openkokuho.nhi.api.eligibility.RecordedChange;
import jp.openkokuho.nhi.api.eligibility.RelationshipType;
import jp.openkokuho.nhi.api.tenant.TenantService;
import jp.openkokuho.nhi.api.transfer.DestinationStatus;
import jp.openkokuho.nhi.api.transfer.TransferStatusService;

/**
 * Installs the basic destination set into the running distribution as an administrator does, configures one
 * municipality's 国保給付 channel as HTTP by a factory configuration, and checks what the 国保税 and 国保給付
 * bundles delivered: files computed by rule R4 on the default channel, POSTs on the configured one, and the file
 * channel again once that configuration is deleted.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DestinationChannelsIT {
    private static final String TENANT = "112275";

    /** The platform authorises every service call from the caller's JAAS subject. */
    @Rule
    public final AsStaff staff = AsStaff.supervisorOf(TENANT);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String CHANNEL_FILTER = "(nhi.transfer.channel.destination=kokuhokyufu)";

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
    @Filter(timeout = 60_000)
    private FeaturesService features;

    @Configuration
    public Option[] config() {
        return KarafOptions.distribution("channels", 8171);
    }

    /** One POST as the endpoint received it. */
    private record Post(Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> String.join(",", e.getValue())).findFirst().orElse(null);
        }
    }

    @Test
    public void theBasicSetDeliversByFileAndByHttpAsEachMunicipalityIsConfigured() throws Exception {
        List<Post> posts = Collections.synchronizedList(new ArrayList<>());
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/kyufu", ex -> {
            try (InputStream in = ex.getRequestBody()) {
                posts.add(new Post(Map.copyOf(ex.getRequestHeaders()), in.readAllBytes()));
            }
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        server.start();
        try {
            Map<String, Long> coreBefore = coreBundleIds();
            List<String> unresolved = Collections.synchronizedList(new ArrayList<>());
            SynchronousBundleListener refreshes = e -> {
                if (e.getType() == BundleEvent.UNRESOLVED) {
                    unresolved.add(e.getBundle().getSymbolicName());
                }
            };
            context.addBundleListener(refreshes);
            try {
                features.installFeature("nhi-set-basic");
            } finally {
                context.removeBundleListener(refreshes);
            }
            // installing destinations refreshed no bundle at all, and replaced no core bundle
            assertEquals(List.of(), unresolved);
            assertEquals(coreBefore, coreBundleIds());
            for (String bsn : List.of("jp.openkokuho.nhi.transfer.nhitax", "jp.openkokuho.nhi.transfer.kokuhokyufu")) {
                Bundle b = bundle(bsn);
                assertEquals(bsn, Bundle.ACTIVE, b.getState());
                assertNull(bsn + " exports nothing", b.getHeaders().get("Export-Package"));
                // a consumer range: from the API minor compiled against up to the next major
                assertTrue(bsn, java.util.regex.Pattern.compile(
                    "jp\\.openkokuho\\.nhi\\.api\\.transfer;version=\"\\[1\\.[0-9]+,2\\)\"")
                    .matcher(b.getHeaders().get("Import-Package")).find());
            }

            org.osgi.service.cm.Configuration channel = configAdmin.getFactoryConfiguration(
                "jp.openkokuho.nhi.transfer.kokuhokyufu.tenant", TENANT, "?");
            Dictionary<String, Object> c = new Hashtable<>();
            c.put("municipality.code", TENANT);
            c.put("channel", "http");
            c.put("target", "http://127.0.0.1:" + server.getAddress().getPort() + "/kyufu");
            c.put("charset", "Windows-31J");
            channel.update(c);
            // SCR binds the dynamic reference while the service is being registered
            await().atMost(TIMEOUT).until(() -> channelServices() == 1);

            provision(TENANT, "朝霞市", "110254", "residentregistry,nhitax,kokuhokyufu");
            await().atMost(TIMEOUT).until(() -> status("nhitax").bound() && status("kokuhokyufu").bound());

            // 退職 2025-03-31 → 取得 2025-04-01; 死亡 2026-03-31 → 喪失 2026-04-01 (domain rules R2, R3, R4)
            ItPersons.register(persons, TENANT, "000701", ItPersons.ADULT);
            RecordedChange acquired = eligibility.recordAcquisition(TENANT, new AcquisitionRequest("000701",
                "700001", RelationshipType.HEAD, AcquisitionReason.LEFT_EMPLOYEE_INSURANCE,
                LocalDate.of(2025, 3, 31), LocalDate.of(2025, 4, 3)));
            RecordedChange lost = eligibility.recordLoss(TENANT, new LossRequest("000701", LossReason.DEATH,
                LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 2)));
            await().atMost(TIMEOUT).until(() -> status("nhitax").delivered() == 2
                && status("kokuhokyufu").delivered() == 2);

            List<Path> tax = outbound("nhitax");
            assertEquals(2, tax.size());
            assertTrue(tax.get(1).getFileName().toString().startsWith("NHINHITAX_" + TENANT + "_"));
            assertTrue(tax.get(1).getFileName().toString().endsWith("_" + lost.eventId() + ".csv"));
            List<String> lossRows = Files.readAllLines(tax.get(1), StandardCharsets.UTF_8);
            assertEquals("全国地方公共団体コード,宛名番号,国保世帯番号,続柄区分,異動区分,適用開始年月日,適用終了年月日,年度,課税月数,課税月,"
                + "連携番号,イベントID", lossRows.get(0));
            assertEquals(2, lossRows.size());
            assertTrue(lossRows.get(1), lossRows.get(1).startsWith(
                "112275,000701,700001,HEAD,喪失,2025-04-01,2026-04-01,2025,12,2025-04..2026-03,"));
            assertTrue(Files.readAllLines(tax.get(0), StandardCharsets.UTF_8).get(1)
                .startsWith("112275,000701,700001,HEAD,取得,2025-04-01,,2025,12,2025-04..2026-03,"));

            // 国保給付 of this municipality went by HTTP only, once per change, in order
            assertTrue(outbound("kokuhokyufu").isEmpty());
            assertEquals(2, posts.size());
            assertEquals(acquired.eventId(), posts.get(0).header("Idempotency-Key"));
            assertEquals(lost.eventId(), posts.get(1).header("Idempotency-Key"));
            assertEquals(TENANT, posts.get(1).header("X-NHI-Tenant"));
            assertEquals("text/csv; charset=windows-31j", posts.get(1).header("Content-Type"));
            List<String> kyufu = new String(posts.get(1).body(), Charset.forName("Windows-31J")).lines().toList();
            assertEquals("全国地方公共団体コード,保険者番号,国保世帯番号,宛名番号,続柄区分,異動区分,国保資格取得年月日,国保資格喪失年月日,"
                + "連携番号,イベントID", kyufu.get(0));
            assertTrue(kyufu.get(1), kyufu.get(1).startsWith("112275,110254,700001,000701,HEAD,喪失,2025-04-01,2026-04-01,"));

            // deleting the channel configuration puts the municipality back on the default file drop
            channel.delete();
            await().atMost(TIMEOUT).until(() -> channelServices() == 0);
            ItPersons.register(persons, TENANT, "000702", LocalDate.of(2026, 6, 2));
            RecordedChange born = eligibility.recordAcquisition(TENANT, new AcquisitionRequest("000702", "700001",
                RelationshipType.MEMBER, AcquisitionReason.BIRTH, LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 9)));
            await().atMost(TIMEOUT).until(() -> status("kokuhokyufu").delivered() == 3);
            List<Path> files = outbound("kokuhokyufu");
            assertEquals(1, files.size());
            assertTrue(files.get(0).getFileName().toString().endsWith("_" + born.eventId() + ".csv"));
            assertEquals(2, posts.size());
            assertFalse(Files.readString(files.get(0), StandardCharsets.UTF_8).contains("000701"));
        } finally {
            server.stop(0);
        }
    }

    private void provision(String code, String name, String insurer, String destinations) throws IOException {
        Tenants.provision(configAdmin, tenants, code, name, insurer, destinations);
    }

    private int channelServices() throws InvalidSyntaxException {
        // null class: services of every bundle's private TenantChannel class
        var refs = context.getAllServiceReferences(null, CHANNEL_FILTER);
        return refs == null ? 0 : refs.length;
    }

    private DestinationStatus status(String destination) {
        return transfers.status(TENANT).stream().filter(s -> s.destinationId().equals(destination)).findFirst()
            .orElseThrow();
    }

    private static List<Path> outbound(String destination) throws IOException {
        Path dir = Path.of(System.getProperty("karaf.data"), "nhi", "transfer", destination, TENANT, "outbound");
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

    private Map<String, Long> coreBundleIds() {
        return Arrays.stream(context.getBundles()).filter(b -> b.getSymbolicName() != null
                && b.getSymbolicName().startsWith("jp.openkokuho.nhi.")
                && !b.getSymbolicName().startsWith("jp.openkokuho.nhi.transfer."))
            .collect(Collectors.toMap(Bundle::getSymbolicName, Bundle::getBundleId, (a, b) -> a,
                java.util.TreeMap::new));
    }
}
