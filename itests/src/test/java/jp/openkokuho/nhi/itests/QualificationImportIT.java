package jp.openkokuho.nhi.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

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
import org.osgi.service.cm.ConfigurationAdmin;

import jp.openkokuho.nhi.api.eligibility.CoverageVersion;
import jp.openkokuho.nhi.api.eligibility.EligibilityService;
import jp.openkokuho.nhi.api.interchange.ImportResult;
import jp.openkokuho.nhi.api.interchange.ImportService;
import jp.openkokuho.nhi.api.interchange.InterchangeFileKind;
import jp.openkokuho.nhi.api.tenant.TenantConstants;
import jp.openkokuho.nhi.api.tenant.TenantService;
import jp.openkokuho.nhi.api.transfer.DestinationStatus;
import jp.openkokuho.nhi.api.transfer.TransferStatusService;

/**
 * Imports a small 資格異動ファイル through the ImportService OSGi service of the real distribution and checks that
 * the 住民記録 destination receives exactly its changes: one file and one journal entry per imported row, for the
 * right persons, in file order; a rejected file delivers nothing.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class QualificationImportIT {
    private static final String DESTINATION = "residentregistry";
    private static final String TENANT = "112291";

    /** The platform authorises every service call from the caller's JAAS subject. */
    @Rule
    public final AsStaff staff = AsStaff.supervisorOf(TENANT);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String HEADER = "国保世帯番号,旧自治体区分,宛名番号,履歴番号,記載順位,続柄区分,続柄コード1,続柄コード2,"
        + "続柄コード3,続柄コード4,続柄名称,表示用続柄,適用開始年月日,税用開始年月日,適用開始事由,開始届出日,適用終了年月日,"
        + "税用終了年月日,適用終了事由,終了届出日,異動日,事由,届出日,転居区分,転居国保世帯番号,退職区分,該当年月日,"
        + "税用該当年月日,該当届出日,非該当年月日,税用非該当年月日,非該当届出日,受給権発生日,受給年金名称,受給年金種別,"
        + "退職履歴番号,退職本人,退職続柄コード1,退職続柄コード2,退職続柄コード3,退職続柄コード4,退職続柄名称,資格側更新日,"
        + "税側更新日,作成区分,削除区分,異動日連番,処理日\r\n";

    @Inject
    @Filter(timeout = 60_000)
    private EligibilityService eligibility;

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
        return KarafOptions.distribution("qualification-import", 8245);
    }

    /** One 48-cell row: household, 宛名番号, 履歴番号, 続柄区分, start, start notified, end (or empty), end notified. */
    private static String row(String household, String atenaNo, int seq, String relationship, String start,
            String startNotified, String end, String endNotified) {
        String[] cells = new String[48];
        Arrays.fill(cells, "");
        cells[0] = household;
        cells[2] = atenaNo;
        cells[3] = Integer.toString(seq);
        cells[5] = relationship;
        cells[12] = start;
        cells[14] = "転入";
        cells[15] = startNotified;
        if (!end.isEmpty()) {
            cells[16] = end;
            cells[18] = "社保加入";
            cells[19] = endNotified;
        }
        cells[45] = "0";
        return String.join(",", cells) + "\r\n";
    }

    @Test
    public void anImportedFileReachesTheResidentRegistryRowForRow() throws Exception {
        provision();
        Path data = Path.of(System.getProperty("karaf.data"));
        Path bad = Files.writeString(data.resolve("idou-bad.csv"), HEADER
            + row("700001", "000901", 1, "1", "2026-04-01", "2026-04-03", "2026-03-01", "2026-04-03"),
            StandardCharsets.UTF_8);
        ImportResult rejected = imports.importFile(TENANT, InterchangeFileKind.QUALIFICATION_CHANGE, bad,
            StandardCharsets.UTF_8);
        assertFalse(rejected.accepted());
        assertEquals(1, rejected.report().size());
        assertTrue(rejected.report().get(0),
            rejected.report().get(0).startsWith("idou-bad.csv:2: 適用終了年月日: LOSS_NOT_AFTER_ACQUISITION: "));

        Path file = Files.writeString(data.resolve("idou-it.csv"), HEADER
            + row("700001", "000801", 1, "1", "2026-04-01", "2026-04-03", "", "")
            + row("700001", "000802", 1, "2", "2026-04-01", "2026-04-03", "", "")
            + row("700001", "000801", 2, "1", "2026-04-01", "2026-04-03", "2026-09-02", "2026-09-10"),
            StandardCharsets.UTF_8);
        ImportResult r = imports.importFile(TENANT, InterchangeFileKind.QUALIFICATION_CHANGE, file,
            StandardCharsets.UTF_8);
        assertTrue(r.report().toString(), r.accepted());
        assertEquals(3, r.stored());

        await().atMost(TIMEOUT).until(() -> status().delivered() == 3);
        DestinationStatus done = status();
        assertEquals(0, done.pending());
        assertEquals(0, done.deadLetters());

        List<String> events = new ArrayList<>();
        List<CoverageVersion> first = eligibility.history(TENANT, "000801");
        events.add(first.get(0).eventId());
        events.add(eligibility.history(TENANT, "000802").get(0).eventId());
        events.add(first.get(1).eventId());

        List<Path> files = ResidentRegistryOutbound.files(TENANT);
        assertEquals(3, files.size());
        List<String> delivered = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            assertTrue(files.get(i).getFileName().toString().endsWith("_" + events.get(i) + ".csv"));
            String[] cells = Files.readAllLines(files.get(i), StandardCharsets.UTF_8).get(1).split(",", -1);
            delivered.add(cells[1] + " " + cells[2] + " " + cells[3] + " " + cells[4]);
        }
        assertEquals(Arrays.asList("000801 取得 2026-04-01 ", "000802 取得 2026-04-01 ",
            "000801 喪失 2026-04-01 2026-09-02"), delivered);
        List<String> journal = Files.readAllLines(
            ResidentRegistryOutbound.root().resolve(TENANT).resolve("inbox.journal"));
        assertEquals(3, journal.stream().filter(l -> l.startsWith("A ")).count());
        for (String event : events) {
            assertEquals(1, journal.stream().filter(l -> l.equals("A " + event)).count());
        }

        // the same file again changes nothing and delivers nothing more
        ImportResult again = imports.importFile(TENANT, InterchangeFileKind.QUALIFICATION_CHANGE, file,
            StandardCharsets.UTF_8);
        assertTrue(again.alreadyImported());
        assertEquals(3, status().delivered() + status().pending());
        assertEquals(3, ResidentRegistryOutbound.files(TENANT).size());
    }

    private void provision() throws IOException {
        org.osgi.service.cm.Configuration cfg = configAdmin.getFactoryConfiguration(TenantConstants.FACTORY_PID, TENANT,
            "?");
        Dictionary<String, Object> p = new Hashtable<>();
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
}
