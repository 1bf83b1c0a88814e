package jp.openkokuho.nhi.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.inject.Inject;

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
import org.osgi.service.cm.ConfigurationAdmin;

import jp.openkokuho.nhi.api.eligibility.AcquisitionReason;
import jp.openkokuho.nhi.api.eligibility.AcquisitionRequest;
import jp.openkokuho.nhi.api.eligibility.EligibilityService;
import jp.openkokuho.nhi.api.person.PersonService;
import jp.openkokuho.nhi.api.eligibility.LossReason;
import jp.openkokuho.nhi.api.eligibility.LossRequest;
import jp.openkokuho.nhi.api.eligibility.RecordedChange;
import jp.openkokuho.nhi.api.eligibility.RelationshipType;
import jp.openkokuho.nhi.api.interchange.ImportResult;
import jp.openkokuho.nhi.api.interchange.ImportService;
import jp.openkokuho.nhi.api.interchange.InterchangeFileKind;
import jp.openkokuho.nhi.api.tenant.TenantService;
import jp.openkokuho.nhi.api.transfer.DestinationStatus;
import jp.openkokuho.nhi.api.transfer.TransferStatusService;

/**
 * Boots the real distribution, provisions municipalities by configuration at runtime, records changes through the
 * OSGi services and checks what the 住民記録 destination bundle wrote.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ResidentRegistryDeliveryIT {
    /** The platform authorises every service call from the caller's JAAS subject. */
    @Rule
    public final AsStaff staff = AsStaff.supervisorOf("112275", "112291", "112283");

    private static final String DESTINATION = "residentregistry";
    private static final String DESTINATION_BSN = "jp.openkokuho.nhi.transfer.residentregistry";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

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
    private ImportService imports;

    @Configuration
    public Option[] config() {
        return KarafOptions.distribution("delivery", 8111);
    }

    @Test
    public void aTenantProvisionedAtRuntimeRecordsAnAcquisitionThatReachesTheResidentRegistry() throws Exception {
        org.osgi.service.cm.Configuration cfg = provision("112275", "朝霞市", "110254");

        ItPersons.register(persons, "112275", "000501", ItPersons.ADULT);
        RecordedChange c = eligibility.recordAcquisition("112275", new AcquisitionRequest("000501", "700001",
            RelationshipType.HEAD, AcquisitionReason.LEFT_EMPLOYEE_INSURANCE, LocalDate.of(2026, 3, 31),
            LocalDate.of(2026, 4, 6)));
        assertEquals(LocalDate.of(2026, 4, 1), c.effectiveDate());

        await().atMost(TIMEOUT).until(() -> status("112275").delivered() == 1);
        List<Path> files = outboundFiles("112275");
        assertEquals(1, files.size());
        assertTrue(files.get(0).getFileName().toString().endsWith("_" + c.eventId() + ".csv"));
        List<String> lines = Files.readAllLines(files.get(0), StandardCharsets.UTF_8);
        assertEquals("全国地方公共団体コード,宛名番号,異動区分,国保資格取得年月日,国保資格喪失年月日,処理日,連携番号,イベントID", lines.get(0));
        assertTrue(lines.get(1), lines.get(1).startsWith("112275,000501,取得,2026-04-01,,"));
        assertTrue(eligibility.eligibility("112275", "000501", LocalDate.of(2026, 4, 1)).insured());
        assertFalse(eligibility.eligibility("112275", "000501", LocalDate.of(2026, 3, 31)).insured());

        // the destination bundle exports nothing: replacing it can never refresh another bundle
        assertNull(bundle(DESTINATION_BSN).getHeaders().get("Export-Package"));

        // deleting the configuration closes the tenant without a restart
        cfg.delete();
        await().atMost(TIMEOUT).until(() -> tenants.find("112275").isEmpty());
    }

    @Test
    public void changesMadeWhileTheDestinationIsStoppedAreEachAppliedOnceAfterItStarts() throws Exception {
        provision("112291", "和光市", "110270");
        Bundle destination = bundle(DESTINATION_BSN);
        Map<String, Long> coreBefore = coreBundleIds();

        destination.stop();
        await().atMost(TIMEOUT).until(() -> !status("112291").bound());

        List<String> events = new ArrayList<>();
        ItPersons.register(persons, "112291", "100001", ItPersons.ADULT);
        ItPersons.register(persons, "112291", "100002", LocalDate.of(2026, 6, 2));
        events.add(eligibility.recordAcquisition("112291", new AcquisitionRequest("100001", "600001",
            RelationshipType.HEAD, AcquisitionReason.MOVE_IN, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 7)))
            .eventId());
        events.add(eligibility.recordAcquisition("112291", new AcquisitionRequest("100002", "600001",
            RelationshipType.MEMBER, AcquisitionReason.BIRTH, LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 9)))
            .eventId());
        events.add(eligibility.recordLoss("112291", new LossRequest("100001", LossReason.DEATH,
            LocalDate.of(2026, 7, 20), LocalDate.of(2026, 7, 22))).eventId());
        DestinationStatus waiting = status("112291");
        assertEquals(3, waiting.pending());
        assertEquals(0, waiting.delivered());
        assertTrue(outboundFiles("112291").isEmpty());

        destination.start();
        await().atMost(TIMEOUT).until(() -> status("112291").delivered() == 3);

        DestinationStatus done = status("112291");
        assertEquals(0, done.pending());
        assertEquals(0, done.deadLetters());
        List<Path> files = outboundFiles("112291");
        assertEquals(3, files.size());
        for (String event : events) {
            assertEquals("one file for " + event, 1,
                files.stream().filter(f -> f.getFileName().toString().endsWith("_" + event + ".csv")).count());
        }
        // files sort in outbox order: acquisition, birth, then the loss of the first person
        List<String> kinds = new ArrayList<>();
        for (Path f : files) {
            kinds.add(Files.readAllLines(f, StandardCharsets.UTF_8).get(1).split(",")[2]);
        }
        assertEquals(Arrays.asList("取得", "取得", "喪失"), kinds);
        // the destination's own record of applied events holds each event exactly once
        List<String> journal = Files.readAllLines(transferRoot().resolve("112291").resolve("inbox.journal"));
        for (String event : events) {
            assertEquals(1, journal.stream().filter(l -> l.equals("A " + event)).count());
        }
        // no core bundle was restarted or replaced by stopping and starting the destination
        assertEquals(coreBefore, coreBundleIds());
        for (String bsn : coreBefore.keySet()) {
            assertEquals(bsn, Bundle.ACTIVE, bundle(bsn).getState());
        }
    }

    @Test
    public void aResidenceStatusFileImportsOnceInsideTheDistribution() throws Exception {
        provision("112283", "志木市", "110262");
        Path file = Path.of(System.getProperty("karaf.data"), "zairyu-it.csv");
        Files.write(file, ("宛名番号,在留資格コード,在留期間満了日\r\n000701,07,令和9年3月31日\r\n000702,12,2027-09-30\r\n")
            .getBytes(java.nio.charset.Charset.forName("Windows-31J")));
        ImportResult first = imports.importFile("112283", InterchangeFileKind.RESIDENCE_STATUS, file,
            java.nio.charset.Charset.forName("Windows-31J"));
        assertTrue(first.report().toString(), first.accepted());
        assertEquals(2, first.stored());
        ImportResult again = imports.importFile("112283", InterchangeFileKind.RESIDENCE_STATUS, file,
            java.nio.charset.Charset.forName("Windows-31J"));
        assertTrue(again.alreadyImported());
        assertEquals(0, again.stored());
        // the same bytes read as UTF-8 are not valid UTF-8: rejected with a line-numbered report, nothing stored
        ImportResult wrongCharset = imports.validate("112283", InterchangeFileKind.RESIDENCE_STATUS, file,
            java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(wrongCharset.accepted());
        assertTrue(wrongCharset.report().get(0), wrongCharset.report().get(0).startsWith("zairyu-it.csv:1:"));
    }

    private org.osgi.service.cm.Configuration provision(String code, String name, String insurer) throws IOException {
        return Tenants.provision(configAdmin, tenants, code, name, insurer, DESTINATION);
    }

    private DestinationStatus status(String tenant) {
        return transfers.status(tenant).stream().filter(s -> s.destinationId().equals(DESTINATION)).findFirst()
            .orElseThrow();
    }

    private static Path transferRoot() {
        return Path.of(System.getProperty("karaf.data"), "nhi", "transfer", DESTINATION);
    }

    private static List<Path> outboundFiles(String tenant) throws IOException {
        Path dir = transferRoot().resolve(tenant).resolve("outbound");
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
