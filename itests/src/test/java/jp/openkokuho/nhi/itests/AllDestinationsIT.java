package jp.openkokuho.nhi.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import org.osgi.service.cm.ConfigurationAdmin;

import jp.openkokuho.nhi.api.eligibility.AcquisitionReason;
import jp.openkokuho.nhi.api.eligibility.AcquisitionRequest;
import jp.openkokuho.nhi.api.eligibility.EligibilityService;
import jp.openkokuho.nhi.api.person.PersonService;
import jp.openkokuho.nhi.api.eligibility.RelationshipType;
import jp.openkokuho.nhi.api.tenant.TenantService;
import jp.openkokuho.nhi.api.transfer.DestinationInfo;
import jp.openkokuho.nhi.api.transfer.DestinationStatus;
import jp.openkokuho.nhi.api.transfer.TransferRecord;
import jp.openkokuho.nhi.api.transfer.TransferStatusService;

/**
 * All nine destination bundles installed together: each is permitted by the transfer policy the distribution ships,
 * exports nothing, and receives the data of exactly the municipalities that list it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AllDestinationsIT {
    /** The platform authorises every service call from the caller's JAAS subject. */
    @Rule
    public final AsStaff staff = AsStaff.supervisorOf("112291", "112275");

    static final Map<String, String> BASES = new TreeMap<>(Map.of(
        "residentregistry", "住民基本台帳法第7条第10号",
        "jiritsushien", "障害者の日常生活及び社会生活を総合的に支援するための法律第7条・第58条",
        "shogaifukushi", "障害者の日常生活及び社会生活を総合的に支援するための法律第76条の2",
        "kokuminnenkin", "国民年金法第7条",
        "nhitax", "地方税法第703条の4",
        "kokuhokyufu", "国民健康保険法第36条",
        "kodomoiryo", "番号法第19条第8号",
        "hitorioyairyo", "番号法第19条第8号",
        "shogaifukushi19", "番号法第19条第8号"));
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
    public Option[] config() {
        return KarafOptions.distribution("alldestinations", 8161);
    }

    @Test
    public void everyDestinationIsPermittedAndReceivesOnlyItsMunicipalitiesData() throws Exception {
        features.installFeature("nhi-transfer-all", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        await().atMost(TIMEOUT).until(() -> transfers.destinations().size() == BASES.size());
        for (DestinationInfo d : transfers.destinations()) {
            assertEquals(d.id(), BASES.get(d.id()), d.legalBasis());
            assertNull(d.id() + " must be permitted by its shipped policy", d.refusal());
            Bundle b = Arrays.stream(context.getBundles()).filter(x -> d.bundle().equals(x.getSymbolicName()))
                .findFirst().orElseThrow();
            assertNull(d.bundle() + " exports nothing", b.getHeaders().get("Export-Package"));
        }

        // 和光市 uses the resident registry and the NHI tax system; 朝霞市 the medical-subsidy systems only
        provision("112291", "和光市", "110270", "residentregistry, nhitax");
        provision("112275", "朝霞市", "110254", "kodomoiryo, hitorioyairyo");
        ItPersons.register(persons, "112291", "000801", ItPersons.ADULT);
        eligibility.recordAcquisition("112291", new AcquisitionRequest("000801", "800801", RelationshipType.HEAD,
            AcquisitionReason.LEFT_EMPLOYEE_INSURANCE, LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 4)));
        ItPersons.register(persons, "112275", "000901", LocalDate.of(2026, 2, 3));
        eligibility.recordAcquisition("112275", new AcquisitionRequest("000901", "800901", RelationshipType.HEAD,
            AcquisitionReason.BIRTH, LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 9)));

        await().atMost(TIMEOUT).until(() -> delivered("112291") == 2 && delivered("112275") == 2);
        assertEquals(Map.of("nhitax", 1, "residentregistry", 1), filesPerDestination("112291"));
        assertEquals(Map.of("hitorioyairyo", 1, "kodomoiryo", 1), filesPerDestination("112275"));
        // every transfer record names the destination's legal basis
        for (String tenant : List.of("112291", "112275")) {
            for (TransferRecord r : transfers.records(tenant, null, 100)) {
                assertEquals(BASES.get(r.destinationId()), r.legalBasis());
                assertTrue(r.items().contains("atena_no"));
            }
        }
    }

    private long delivered(String tenant) {
        return transfers.status(tenant).stream().mapToLong(DestinationStatus::delivered).sum();
    }

    private void provision(String code, String name, String insurer, String destinations) throws IOException {
        Tenants.provision(configAdmin, tenants, code, name, insurer, destinations);
    }

    /** Files each destination wrote for a tenant, across all nine destination folders. */
    private static Map<String, Integer> filesPerDestination(String tenant) throws IOException {
        Map<String, Integer> out = new TreeMap<>();
        for (String id : BASES.keySet()) {
            Path dir = Path.of(System.getProperty("karaf.data"), "nhi", "transfer", id, tenant, "outbound");
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    List<Path> files = s.collect(Collectors.toList());
                    if (!files.isEmpty()) {
                        out.put(id, files.size());
                    }
                }
            }
        }
        return out;
    }
}
