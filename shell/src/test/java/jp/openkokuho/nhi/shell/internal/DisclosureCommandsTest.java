package jp.openkokuho.nhi.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.karaf.shell.support.CommandException;
import org.junit.jupiter.api.Test;

import jp.openkokuho.nhi.api.disclosure.DisclosureResult;
import jp.openkokuho.nhi.api.disclosure.DisclosureSection;
import jp.openkokuho.nhi.api.disclosure.DisclosureService;
import jp.openkokuho.nhi.api.disclosure.Inquiry;
import jp.openkokuho.nhi.api.disclosure.InquiryChannel;
import jp.openkokuho.nhi.api.disclosure.InquiryRegistration;
import jp.openkokuho.nhi.api.disclosure.InquiryService;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequest;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestKind;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestOutcome;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestRegistration;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestService;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestStatus;
import jp.openkokuho.nhi.api.disclosure.RequesterRelation;
import jp.openkokuho.nhi.api.eligibility.ChangeKind;
import jp.openkokuho.nhi.api.eligibility.RecordedChange;

/** The request, disclosure and inquiry commands: they parse, call one service method and print masked results. */
class DisclosureCommandsTest {
    private static final String T = "112291";
    private static final Instant AT = Instant.parse("2026-11-27T01:00:00Z");
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final PrivacyRequestService requests = mock(PrivacyRequestService.class);

    private <A extends NhiAction> A wire(A action) {
        action.out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        return action;
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private static PrivacyRequest request(PrivacyRequestStatus status, PrivacyRequestOutcome outcome) {
        return new PrivacyRequest(T, "K-1", PrivacyRequestKind.DISCLOSURE, "000123456", LocalDate.of(2026, 11, 20),
            RequesterRelation.AUTHORISED_AGENT, status, "sato", AT, outcome, null, null, null);
    }

    @Test
    void privacyRequestRegistersWithTheGivenKindRelationAndDateAndMasksThePerson() throws Exception {
        PrivacyRequestRegistration reg = new PrivacyRequestRegistration("K-1", PrivacyRequestKind.DISCLOSURE,
            "000123456", LocalDate.of(2026, 11, 20), RequesterRelation.AUTHORISED_AGENT);
        when(requests.register(T, reg)).thenReturn(request(PrivacyRequestStatus.RECEIVED, null));
        PrivacyRequestCommand c = wire(new PrivacyRequestCommand());
        c.requests = requests;
        c.tenant = T;
        c.requestRef = "K-1";
        c.kind = "disclosure";
        c.atenaNo = "000123456";
        c.received = "2026-11-20";
        c.relation = "AUTHORISED_AGENT";
        c.execute();
        verify(requests).register(T, reg);
        assertThat(out()).isEqualTo("REGISTERED: 開示請求 K-1 for 宛名番号 ＊＊＊＊＊3456 (任意代理人, 受付日 2026-11-20)\n");
    }

    @Test
    void aBadKindIsOneLineAndCallsNothing() {
        PrivacyRequestCommand c = wire(new PrivacyRequestCommand());
        c.requests = requests;
        c.tenant = T;
        c.requestRef = "K-1";
        c.kind = "DELETE";
        c.atenaNo = "1";
        assertThat(assertThrows(CommandException.class, c::execute).getMessage())
            .isEqualTo("[INPUT] kind 'DELETE' is not one of DISCLOSURE, CORRECTION, SUSPENSION");
        verifyNoInteractions(requests);
    }

    @Test
    void privacyRequestsListsByStatusWithThePersonMasked() throws Exception {
        when(requests.list(T, null, null, PrivacyRequestStatus.CLOSED)).thenReturn(List.of(request(
            PrivacyRequestStatus.CLOSED, PrivacyRequestOutcome.PARTIALLY_GRANTED)));
        PrivacyRequestsCommand c = wire(new PrivacyRequestsCommand());
        c.requests = requests;
        c.tenant = T;
        c.status = "closed";
        c.execute();
        assertThat(out()).contains("K-1", "開示請求", "＊＊＊＊＊3456", "完了", "一部認容", "1 requests")
            .doesNotContain("000123456");
    }

    @Test
    void disclosureWritesIntoTheDirectoryAndSaysWhenProvisionRecordsAreMissing() throws Exception {
        DisclosureService disclosures = mock(DisclosureService.class);
        Path dir = Path.of("/tmp/out");
        when(disclosures.produce(T, "K-1", dir)).thenReturn(new DisclosureResult("K-1", "disclosure-K-1.zip",
            dir.resolve("disclosure-K-1.zip"), "ab12", 2048, AT, List.of(new DisclosureSection("01_person.csv",
                "宛名情報", 1)), false));
        DisclosureCommand c = wire(new DisclosureCommand());
        c.disclosures = disclosures;
        c.tenant = T;
        c.requestRef = "K-1";
        c.outDir = "/tmp/out";
        c.execute();
        assertThat(out()).isEqualTo("  01_person.csv  宛名情報: 1 rows\n"
            + "  NOTE: 情報提供等記録 not included (the linkage service is not running); the bundle says so\n"
            + "PRODUCED: /tmp/out/disclosure-K-1.zip, 2048 bytes, sha256 ab12 (request K-1)\n");
    }

    @Test
    void correctionApplyPassesTheDatesAndNeedsAtLeastOne() throws Exception {
        when(requests.applyCorrection(T, "C-1", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 3, 25), null))
            .thenReturn(new RecordedChange("ev-1", "000123456", 3, ChangeKind.ACQUIRED, LocalDate.of(2026, 3, 25),
                false));
        CorrectionApplyCommand c = wire(new CorrectionApplyCommand());
        c.requests = requests;
        c.tenant = T;
        c.requestRef = "C-1";
        c.periodStart = "2026-04-01";
        assertThat(assertThrows(CommandException.class, c::execute).getMessage())
            .isEqualTo("[INPUT] give --start, --end or both");
        c.start = "2026-03-25";
        c.execute();
        assertThat(out()).isEqualTo("CORRECTED: 履歴番号 3 under request C-1 (event ev-1)\n");
    }

    @Test
    void inquiryRecordAndInquiriesMaskThePerson() throws Exception {
        InquiryService inquiries = mock(InquiryService.class);
        Instant received = Instant.parse("2026-11-27T00:30:00Z");
        InquiryRegistration reg = new InquiryRegistration("000123456", InquiryChannel.PHONE, received, "資格について",
            "説明した", 4L);
        Inquiry stored = new Inquiry(5, "000123456", InquiryChannel.PHONE, received, "資格について", "説明した", "sato",
            AT, 4L);
        when(inquiries.record(T, reg)).thenReturn(stored);
        when(inquiries.inPeriod(T, LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 27))).thenReturn(List.of(stored));
        InquiryRecordCommand r = wire(new InquiryRecordCommand());
        r.inquiries = inquiries;
        r.tenant = T;
        r.channel = "phone";
        r.summary = "資格について";
        r.response = "説明した";
        r.atenaNo = "000123456";
        r.received = "2026-11-27T09:30:00+09:00";
        r.followsUp = 4L;
        r.execute();
        InquiriesCommand l = wire(new InquiriesCommand());
        l.inquiries = inquiries;
        l.tenant = T;
        l.from = "2026-11-27";
        l.execute();
        assertThat(out()).startsWith("RECORDED: 問合せ 5 (電話, 2026-11-27T00:30:00Z) following 4\n")
            .contains("＊＊＊＊＊3456", "資格について", "1 inquiries").doesNotContain("000123456");
    }
}
