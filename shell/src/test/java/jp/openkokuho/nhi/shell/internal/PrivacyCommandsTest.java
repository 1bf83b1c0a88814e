package jp.openkokuho.nhi.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.karaf.shell.support.CommandException;
import org.junit.jupiter.api.Test;

import jp.openkokuho.nhi.api.privacy.KeyRotationProgress;
import jp.openkokuho.nhi.api.privacy.KeyRotationResult;
import jp.openkokuho.nhi.api.privacy.MyNumber;
import jp.openkokuho.nhi.api.privacy.MyNumberService;
import jp.openkokuho.nhi.api.privacy.PurgeResult;
import jp.openkokuho.nhi.api.privacy.PurgedRecords;
import jp.openkokuho.nhi.api.privacy.RetainedRecordKind;
import jp.openkokuho.nhi.api.privacy.RetentionService;
import jp.openkokuho.nhi.api.privacy.UseSuspension;
import jp.openkokuho.nhi.api.privacy.UseSuspensionService;

/** The privacy commands: they parse, call one service method and print masked results. */
class PrivacyCommandsTest {
    private static final String NUMBER = "123456789018";
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final MyNumberService myNumbers = mock(MyNumberService.class);

    private <T extends NhiAction> T wire(T action) {
        action.out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        return action;
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private MyNumberLinkCommand link(String number) {
        MyNumberLinkCommand c = wire(new MyNumberLinkCommand());
        c.myNumbers = myNumbers;
        c.tenant = "112291";
        c.atenaNo = "000123456";
        c.myNumber = number;
        return c;
    }

    @Test
    void linkNormalisesTheNumberAndPrintsOnlyTheMask() throws Exception {
        when(myNumbers.link("112291", "000123456", MyNumber.of(NUMBER))).thenReturn(true);
        link("1234 5678 9018").execute();
        verify(myNumbers).link("112291", "000123456", MyNumber.of(NUMBER));
        assertThat(out()).isEqualTo("LINKED: " + MyNumber.MASK + " for 宛名番号 ＊＊＊＊＊3456 in tenant 112291\n")
            .doesNotContain("9018");
    }

    @Test
    void aBadCheckDigitIsOneLineWithoutTheNumberAndCallsNothing() {
        String message = assertThrows(CommandException.class, () -> link("123456789010").execute()).getMessage();
        assertThat(message).startsWith("[MY_NUMBER_INVALID]").contains("check digit").doesNotContain("123456789010")
            .doesNotContain("56789010");
        verifyNoInteractions(myNumbers);
    }

    @Test
    void keyRotatePrintsProgressAndTheOutcome() throws Exception {
        when(myNumbers.rotateKey(eq("112291"), any())).thenAnswer(inv -> {
            KeyRotationProgress p = inv.getArgument(1);
            p.batchDone(500, 700);
            p.batchDone(700, 700);
            return new KeyRotationResult("112291", "dek2", false, 700, 700, 0, 0, List.of("dek1"));
        });
        KeyRotateCommand c = wire(new KeyRotateCommand());
        c.myNumbers = myNumbers;
        c.tenant = "112291";
        c.execute();
        assertThat(out()).isEqualTo("  500 / 700 rows\n  700 / 700 rows\n"
            + "ROTATED: tenant 112291 key dek2, 700 rows examined, 700 re-encrypted, 0 changed meanwhile, 0 failed\n"
            + "DONE: older keys retired: dek1 (back up the key directory now)\n");
    }

    @Test
    void useSuspendAndResumeMaskThePerson() throws Exception {
        UseSuspensionService s = mock(UseSuspensionService.class);
        Instant t = Instant.parse("2026-11-27T00:00:00Z");
        UseSuspension active = new UseSuspension("112291", "000123456", "REQ-1", t, null, null);
        when(s.suspend("112291", "000123456", "REQ-1")).thenReturn(active);
        when(s.resume("112291", "000123456", "END-1")).thenReturn(Optional.of(
            new UseSuspension("112291", "000123456", "REQ-1", t, "END-1", t.plusSeconds(60))));
        UseSuspendCommand suspend = wire(new UseSuspendCommand());
        suspend.suspensions = s;
        suspend.tenant = "112291";
        suspend.atenaNo = "000123456";
        suspend.requestRef = "REQ-1";
        suspend.execute();
        UseResumeCommand resume = wire(new UseResumeCommand());
        resume.suspensions = s;
        resume.tenant = "112291";
        resume.atenaNo = "000123456";
        resume.reference = "END-1";
        resume.execute();
        assertThat(out()).isEqualTo("SUSPENDED: 宛名番号 ＊＊＊＊＊3456 since 2026-11-27T00:00:00Z (request REQ-1);"
            + " transfers are held\nRESUMED: 宛名番号 ＊＊＊＊＊3456 (suspended since 2026-11-27T00:00:00Z by request"
            + " REQ-1); held transfers are released\n");
    }

    @Test
    void purgeDryRunPrintsEachKind() throws Exception {
        RetentionService r = mock(RetentionService.class);
        Instant cutoff = Instant.parse("2019-11-27T00:00:00Z");
        when(r.purge("112291", true)).thenReturn(new PurgeResult("112291", true, Instant.parse("2026-11-27T00:00:00Z"),
            List.of(new PurgedRecords(RetainedRecordKind.TRANSFER_RECORD, 7, cutoff, 2,
                Instant.parse("2018-01-01T00:00:00Z"), Instant.parse("2019-01-01T00:00:00Z")),
                new PurgedRecords(RetainedRecordKind.IMPORT_LOG, 7, cutoff, 0, null, null))));
        PurgeCommand c = wire(new PurgeCommand());
        c.retention = r;
        c.tenant = "112291";
        c.dryRun = true;
        c.execute();
        assertThat(out()).isEqualTo("移転記録（情報提供等記録） (TRANSFER_RECORD, 7 years, before 2019-11-27T00:00:00Z): 2"
            + " recorded 2018-01-01T00:00:00Z to 2019-01-01T00:00:00Z\n"
            + "取込記録 (IMPORT_LOG, 7 years, before 2019-11-27T00:00:00Z): 0\n"
            + "DRY RUN: would delete 2 records of tenant 112291; nothing deleted\n");
    }

    @Test
    void importOfAFileNameWithANulCharacterIsOneLineAndCallsNothing() {
        jp.openkokuho.nhi.api.interchange.ImportService imports = mock(
            jp.openkokuho.nhi.api.interchange.ImportService.class);
        ImportCommand c = wire(new ImportCommand());
        c.imports = imports;
        c.tenant = "112291";
        c.kind = "residence-status";
        c.file = "zairyu\u0000.csv";
        String message = assertThrows(CommandException.class, c::execute).getMessage();
        assertThat(message).startsWith("[INPUT] not a valid file name: ");
        verifyNoInteractions(imports);
    }
}
