package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.openkokuho.nhi.api.transfer.ChangeItems;
import jp.openkokuho.nhi.api.transfer.ChangeTypes;
import jp.openkokuho.nhi.api.transfer.DeliveryResult;
import jp.openkokuho.nhi.api.transfer.EligibilityChange;

class ${destinationClass}Test {
    private static final String TENANT = "112291";
    private static final String EVENT = "0f9e7c1a-0000-4000-8000-000000000001";
    private static final String FILE = ${destinationClass}.ID + "_112291_000000000042_" + EVENT + ".csv";

    /** A loss as the platform delivers it; the household number is an item this destination did not ask for. */
    private static EligibilityChange lost(int schemaVersion, String changeType) {
        return new EligibilityChange(EVENT, TENANT, 42, "000123", 2, changeType, schemaVersion,
            Instant.parse("2026-11-27T01:00:00Z"), Map.of(ChangeItems.ATENA_NO, "000123",
                ChangeItems.COVERAGE_START_DATE, "2026-04-10", ChangeItems.COVERAGE_END_DATE, "2026-09-02",
                ChangeItems.PROCESSED_ON, "2026-11-27", ChangeItems.NHI_HOUSEHOLD_NO, "900001"));
    }

    private static EligibilityChange lost() {
        return lost(EligibilityChange.SCHEMA_VERSION, ChangeTypes.LOST);
    }

    private static List<String> outbound(Path root) throws Exception {
        Path dir = root.resolve(TENANT).resolve("outbound");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesOneFileWithExactlyTheDeclaredItems(@TempDir Path root) throws Exception {
        assertEquals(DeliveryResult.OK, new ${destinationClass}(root, StandardCharsets.UTF_8).deliver(lost()));

        assertEquals(List.of(FILE), outbound(root));
        assertEquals("全国地方公共団体コード,異動区分,宛名番号,適用開始年月日,適用終了年月日,処理日,連携番号,イベントID\r\n"
            + "112291,喪失,000123,2026-04-10,2026-09-02,2026-11-27,42," + EVENT + "\r\n",
            Files.readString(root.resolve(TENANT).resolve("outbound").resolve(FILE), StandardCharsets.UTF_8));
    }

    @Test
    void aRedeliveryWritesNothingTwiceEvenAfterTheFileWasTakenOrTheBundleRestarted(@TempDir Path root)
            throws Exception {
        ${destinationClass} destination = new ${destinationClass}(root, StandardCharsets.UTF_8);
        assertEquals(DeliveryResult.OK, destination.deliver(lost()));
        assertEquals(DeliveryResult.OK, destination.deliver(lost()));
        assertEquals(List.of(FILE), outbound(root));

        Files.delete(root.resolve(TENANT).resolve("outbound").resolve(FILE)); // the destination system took it
        assertEquals(DeliveryResult.OK, destination.deliver(lost()));
        assertEquals(DeliveryResult.OK, new ${destinationClass}(root, StandardCharsets.UTF_8).deliver(lost()));
        assertEquals(List.of(), outbound(root));
        assertEquals(List.of("S " + EVENT, "A " + EVENT),
            Files.readAllLines(root.resolve(TENANT).resolve("applied.journal")));
    }

    @Test
    void aCrashBetweenStagingAndRenameIsFinishedByTheRedelivery(@TempDir Path root) throws Exception {
        // what a crash after "S" and before the rename leaves behind
        Path staging = Files.createDirectories(root.resolve(TENANT).resolve(".staging"));
        Files.writeString(staging.resolve(EVENT + ".tmp"), "staged");
        Files.writeString(root.resolve(TENANT).resolve("applied.journal"), "S " + EVENT + "\n");

        assertEquals(DeliveryResult.OK, new ${destinationClass}(root, StandardCharsets.UTF_8).deliver(lost()));
        assertEquals(List.of(FILE), outbound(root));
        assertEquals("staged", Files.readString(root.resolve(TENANT).resolve("outbound").resolve(FILE)));
        assertFalse(Files.exists(staging.resolve(EVENT + ".tmp")));
        assertEquals(Set.of(EVENT), new FileDrop(root).appliedEvents(TENANT));
    }

    @Test
    void anUnknownSchemaVersionOrChangeTypeIsCancelledAndWritesNothing(@TempDir Path root) throws Exception {
        ${destinationClass} destination = new ${destinationClass}(root, StandardCharsets.UTF_8);
        assertEquals(DeliveryResult.CANCEL,
            destination.deliver(lost(EligibilityChange.SCHEMA_VERSION + 1, ChangeTypes.LOST)));
        assertEquals(DeliveryResult.CANCEL,
            destination.deliver(lost(EligibilityChange.SCHEMA_VERSION, "nhi/eligibility/corrected")));
        assertFalse(Files.exists(root.resolve(TENANT)));
    }

    @Test
    void windows31jFilesCanBeWritten(@TempDir Path root) throws Exception {
        Charset sjis = Charset.forName("Windows-31J");
        new ${destinationClass}(root, sjis).deliver(lost());
        byte[] bytes = Files.readAllBytes(root.resolve(TENANT).resolve("outbound").resolve(FILE));
        assertTrue(new String(bytes, sjis).startsWith("全国地方公共団体コード,異動区分,宛名番号"));
    }

    @Test
    void theIdCanNameAFeatureAFolderAndATenantSetting() {
        assertTrue(${destinationClass}.ID.matches("[a-z][a-z0-9]{1,39}"), ${destinationClass}.ID);
        assertEquals("jp.openkokuho.nhi.transfer." + ${destinationClass}.ID, ${destinationClass}.PID);
    }
}
