package jp.openkokuho.nhi.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

import org.apache.karaf.shell.support.CommandException;
import org.junit.jupiter.api.Test;

import jp.openkokuho.nhi.api.audit.AccessDeniedException;
import jp.openkokuho.nhi.api.audit.AuditCriteria;
import jp.openkokuho.nhi.api.audit.AuditEntry;
import jp.openkokuho.nhi.api.audit.AuditService;
import jp.openkokuho.nhi.api.audit.AuditVerification;

class AuditCommandsTest {
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final AuditService audit = mock(AuditService.class);

    private <T extends NhiAction> T wire(T action) {
        action.out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        return action;
    }

    private AuditVerifyCommand verifyCommand() {
        AuditVerifyCommand c = wire(new AuditVerifyCommand());
        c.audit = audit;
        c.tenant = "112291";
        return c;
    }

    @Test
    void anIntactLogPrintsItsSummary() throws Exception {
        when(audit.verify("112291")).thenReturn(new AuditVerification("112291", true, 42, 0, null,
            "OK: tenant 112291, 42 entries, head ab12, no checkpoint yet"));
        verifyCommand().execute();
        assertThat(outBytes.toString(StandardCharsets.UTF_8))
            .isEqualTo("OK: tenant 112291, 42 entries, head ab12, no checkpoint yet" + System.lineSeparator());
    }

    @Test
    void aBrokenLogFailsTheCommandWithTheFirstBrokenEntry() {
        when(audit.verify("112291")).thenReturn(new AuditVerification("112291", false, 4999, 5000, "HASH_MISMATCH",
            "BROKEN: tenant 112291, HASH_MISMATCH at entry 5000: entry 5000 does not match the chain"));
        CommandException e = assertThrows(CommandException.class, verifyCommand()::execute);
        assertThat(e.getMessage()).isEqualTo(
            "BROKEN: tenant 112291, HASH_MISMATCH at entry 5000: entry 5000 does not match the chain");
    }

    @Test
    void aDeniedCallerGetsOneLine() {
        when(audit.verify("112291")).thenThrow(new AccessDeniedException(
            "audit.verify on tenant 112291 is not allowed for sato (role clerk)"));
        CommandException e = assertThrows(CommandException.class, verifyCommand()::execute);
        assertThat(e.getMessage()).isEqualTo(
            "[ACCESS_DENIED] audit.verify on tenant 112291 is not allowed for sato (role clerk)");
    }

    @Test
    void searchPassesEveryCriterionAndListsTheEntriesInJapanTime() throws Exception {
        AuditSearchCommand c = wire(new AuditSearchCommand());
        c.audit = audit;
        c.tenant = "112291";
        c.staff = "sato";
        c.from = "2026-04-01";
        c.to = "2026-04-02T00:00:00Z";
        c.atena = "000123";
        c.action = "eligibility.read";
        c.limit = 50;
        AuditCriteria expected = new AuditCriteria(Instant.parse("2026-03-31T15:00:00Z"),
            Instant.parse("2026-04-02T00:00:00Z"), "sato", "eligibility.read", "000123", 50);
        when(audit.search("112291", expected)).thenReturn(List.of(new AuditEntry(7, "112291",
            Instant.parse("2026-04-01T00:30:15.123Z"), "sato", "clerk", "eligibility.read", "資格管理",
            "bik1:abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", List.of("atena_no", "coverage_period"), "OK",
            "req-1")));
        c.execute();
        verify(audit).search(eq("112291"), eq(expected));
        String out = outBytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("2026-04-01 09:30:15.123").contains("eligibility.read")
            .contains("atena_no,coverage_period").endsWith("1 entries" + System.lineSeparator());
        assertThat(out).doesNotContain("000123");
    }

    @Test
    void aMalformedTimeIsOneLineAndNothingIsSearched() {
        AuditSearchCommand c = wire(new AuditSearchCommand());
        c.audit = audit;
        c.tenant = "112291";
        c.from = "April 1st";
        CommandException e = assertThrows(CommandException.class, c::execute);
        assertThat(e.getMessage()).startsWith("[INPUT] --from 'April 1st' is neither a date");
        verifyNoInteractions(audit);
    }
}
