package jp.openkokuho.nhi.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.karaf.shell.support.CommandException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.openkokuho.nhi.api.document.DocumentService;
import jp.openkokuho.nhi.api.document.DocumentStatus;
import jp.openkokuho.nhi.api.document.DocumentType;
import jp.openkokuho.nhi.api.document.IssuedDocument;
import jp.openkokuho.nhi.api.document.RenewalResult;
import jp.openkokuho.nhi.api.eligibility.RuleViolationException;

class DocumentCommandsTest {
    private static final IssuedDocument DOC = new IssuedDocument("0000000007", 1,
        DocumentType.ELIGIBILITY_CONFIRMATION_DOC, "000124", LocalDate.of(2026, 7, 10), LocalDate.of(2026, 8, 1),
        LocalDate.of(2027, 7, 31), "負担割合の年次判定", "900001", "000124", "02", 20, DocumentStatus.ISSUED,
        LocalDate.of(2026, 7, 10), "転入");

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private DocumentService documents;

    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        documents = mock(DocumentService.class);
    }

    private <T extends NhiAction> T wire(T action) {
        action.out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        return action;
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void issueCallsTheServiceAndWritesThePdf() throws Exception {
        when(documents.issue("112291", "000124", DocumentType.ELIGIBILITY_CONFIRMATION_DOC, LocalDate.of(2026, 8, 1),
            "転入")).thenReturn(DOC);
        when(documents.render("112291", "0000000007")).thenReturn(new byte[] {'%', 'P', 'D', 'F'});
        DocumentIssueCommand c = wire(new DocumentIssueCommand());
        c.documents = documents;
        c.tenant = "112291";
        c.atenaNo = "000124";
        c.type = "eligibility_confirmation_doc";
        c.date = "2026-08-01";
        c.reason = "転入";
        c.outFile = dir.resolve("out/doc.pdf").toString();
        c.execute();
        assertThat(out()).isEqualTo("交付: 証番号 0000000007 資格確認書 [交付 2026-07-10] 宛名番号 000124, 記号・番号・枝番 "
            + "900001・000124・02, 交付 2026-07-10, 発効 2026-08-01, 有効期限 2027-07-31 (負担割合の年次判定), "
            + "一部負担金の割合 2割, 理由 転入\nPDF written to " + c.outFile + "\n");
        assertThat(Files.readAllBytes(Path.of(c.outFile))).containsExactly('%', 'P', 'D', 'F');
    }

    @Test
    void anUnknownTypeIsAOneLineErrorAndCallsNothing() {
        DocumentIssueCommand c = wire(new DocumentIssueCommand());
        c.documents = documents;
        c.tenant = "112291";
        c.atenaNo = "000124";
        c.type = "HOKENSHO";
        String message = assertThrows(CommandException.class, c::execute).getMessage();
        assertThat(message).startsWith("[INPUT] --type 'HOKENSHO' is not one of INSURANCE_CARD, SHORT_TERM_CARD");
        verifyNoInteractions(documents);
    }

    @Test
    void ruleErrorsArePrintedWithTheirRule() {
        when(documents.recordReturn("112291", "7", LocalDate.of(2026, 9, 1)))
            .thenThrow(new RuleViolationException("R16", "document 0000000007 was 返還 on 2026-08-20 and cannot be returned"));
        DocumentReturnCommand c = wire(new DocumentReturnCommand());
        c.documents = documents;
        c.tenant = "112291";
        c.documentId = "7";
        c.date = "2026-09-01";
        assertThat(assertThrows(CommandException.class, c::execute).getMessage())
            .isEqualTo("[R16] document 0000000007 was 返還 on 2026-08-20 and cannot be returned");
    }

    @Test
    void listAndRenewalPrintOneLineEach() throws Exception {
        when(documents.list("112291", "000124")).thenReturn(List.of(DOC));
        DocumentListCommand list = wire(new DocumentListCommand());
        list.documents = documents;
        list.tenant = "112291";
        list.atenaNo = "000124";
        list.execute();
        assertThat(out()).startsWith("証番号 0000000007 資格確認書 [交付 2026-07-10]");

        when(documents.annualRenewal(any(), any())).thenReturn(new RenewalResult(LocalDate.of(2026, 7, 10),
            LocalDate.of(2026, 8, 1), 3, 1, 1, 1, List.of("宛名番号 000500, document 0000000003: [R16] x")));
        DocumentRenewalCommand renewal = wire(new DocumentRenewalCommand());
        renewal.documents = documents;
        renewal.tenant = "112291";
        renewal.date = "2026-07-10";
        renewal.execute();
        verify(documents).annualRenewal("112291", LocalDate.of(2026, 7, 10));
        assertThat(out()).endsWith("宛名番号 000500, document 0000000003: [R16] x\n"
            + "一斉更新 112291 for the cycle from 2026-08-01: 3 expiring, 1 issued, 1 not insured, 1 failed\n");
    }
}
