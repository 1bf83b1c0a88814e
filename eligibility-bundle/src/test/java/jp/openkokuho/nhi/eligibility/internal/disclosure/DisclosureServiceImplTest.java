package jp.openkokuho.nhi.eligibility.internal.disclosure;

import static jp.openkokuho.nhi.eligibility.internal.security.GuardedServices.A;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.security.auth.Subject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.openkokuho.nhi.api.NhiException;
import jp.openkokuho.nhi.api.audit.AccessDeniedException;
import jp.openkokuho.nhi.api.disclosure.DisclosureResult;
import jp.openkokuho.nhi.api.disclosure.DisclosureSection;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestAction;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestActionKind;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestKind;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestRegistration;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestStatus;
import jp.openkokuho.nhi.api.disclosure.RequesterRelation;
import jp.openkokuho.nhi.api.eligibility.AcquisitionReason;
import jp.openkokuho.nhi.api.eligibility.AcquisitionRequest;
import jp.openkokuho.nhi.api.eligibility.LossReason;
import jp.openkokuho.nhi.api.eligibility.LossRequest;
import jp.openkokuho.nhi.api.eligibility.RecordedChange;
import jp.openkokuho.nhi.api.eligibility.RelationshipType;
import jp.openkokuho.nhi.api.linkage.ExchangeDirection;
import jp.openkokuho.nhi.api.linkage.ProvisionRecord;
import jp.openkokuho.nhi.api.privacy.MyNumber;
import jp.openkokuho.nhi.api.transfer.DeliveryResult;
import jp.openkokuho.nhi.eligibility.internal.audit.LoggedOperation;
import jp.openkokuho.nhi.eligibility.internal.document.DocumentTestSupport;
import jp.openkokuho.nhi.eligibility.internal.document.JapaneseFont;
import jp.openkokuho.nhi.eligibility.internal.privacy.PrivacyTestSupport;
import jp.openkokuho.nhi.eligibility.internal.security.GuardedServices;
import jp.openkokuho.nhi.eligibility.internal.security.Staff;
import jp.openkokuho.nhi.eligibility.internal.store.DocumentEntity;
import jp.openkokuho.nhi.eligibility.internal.store.ResidenceStatusEntity;

/**
 * A disclosure of a synthetic person with two coverage periods (the first corrected under a 訂正請求), one document,
 * two transfer records and one 情報提供等記録: every CSV holds exactly those rows, the PDF says the key values, and
 * the production is recorded against the request and in the operation log.
 */
class DisclosureServiceImplTest {
    private static final Subject CLERK = Staff.subject("sato", "nhi-clerk@" + A);
    private static final Subject SUPERVISOR = Staff.subject("suzuki", "nhi-supervisor@" + A);
    private static final String NUMBER = PrivacyTestSupport.number(7);

    @TempDir
    Path dir;
    private GuardedServices s;

    @BeforeEach
    void setUp() {
        DocumentTestSupport.requireFont();
        s = new GuardedServices(dir);
    }

    @AfterEach
    void tearDown() {
        s.close();
    }

    /**
     * The person 100: two periods, the first corrected under C-1, one document, one 在留資格 row, two transfers, one
     * provision.
     */
    private void person100() {
        Staff.as(CLERK, () -> {
            s.eligibility.recordAcquisition(A, GuardedServices.moveIn("100"));
            s.eligibility.recordLoss(A, new LossRequest("100", LossReason.JOINED_EMPLOYEE_INSURANCE,
                LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 2)));
            return s.myNumbers.link(A, "100", MyNumber.of(NUMBER));
        });
        s.dispatcher.bind(GuardedServices.RR, GuardedServices.BASIS, List.of("atena_no"), c -> DeliveryResult.OK);
        assertThat(s.dispatcher.runPass()).isEqualTo(2);
        Staff.as(CLERK, () -> {
            s.requests.register(A, new PrivacyRequestRegistration("C-1", PrivacyRequestKind.CORRECTION, "100",
                LocalDate.of(2026, 11, 20), RequesterRelation.SELF));
            RecordedChange c = s.requests.applyCorrection(A, "C-1", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 3, 25),
                null);
            assertThat(c.historySeq()).isEqualTo(3);
            return s.eligibility.recordAcquisition(A, new AcquisitionRequest("100", "900100", RelationshipType.HEAD,
                AcquisitionReason.LEFT_EMPLOYEE_INSURANCE, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 5)));
        });
        s.storeA.inTransactionDo(em -> {
            DocumentEntity d = new DocumentEntity();
            d.setDocumentId("D-0001");
            d.setVersion(1);
            d.setAtenaNo("100");
            d.setDocumentType("ELIGIBILITY_CONFIRMATION_DOC");
            d.setStatus("ISSUED");
            d.setIssueDate(LocalDate.of(2026, 10, 6));
            d.setEffectiveDate(LocalDate.of(2026, 10, 1));
            d.setExpiryDate(LocalDate.of(2027, 7, 31));
            d.setExpiryCap("NONE");
            d.setCardSymbol("=SUM(A1)");
            d.setCardNumber("100");
            d.setBranchNo("01");
            d.setCopayRate(3);
            d.setStatusDate(LocalDate.of(2026, 10, 6));
            d.setReason("資格取得");
            d.setProcessedOn(LocalDate.of(2026, 10, 6));
            d.setRecordedAt(LocalDateTime.of(2026, 10, 6, 1, 0));
            em.persist(d);
            ResidenceStatusEntity r = new ResidenceStatusEntity();
            r.setAtenaNo("100");
            r.setSeq(1);
            r.setResidenceStatusCode("27");
            r.setResidenceExpiryDate(LocalDate.of(2028, 3, 31));
            r.setImportSha256("0".repeat(64));
            r.setLineNo(2);
            r.setImportedAt(LocalDateTime.of(2026, 4, 2, 0, 30));
            em.persist(r);
        });
        when(s.exchange.provisionLog(A, "100")).thenReturn(List.of(new ProvisionRecord(41, "100",
            ExchangeDirection.PROVISION, List.of(42, 43), "テスト県国民健康保険団体連合会", "sato",
            Instant.parse("2026-08-03T02:15:00Z"), "番号法第19条第8号 別表第二 42", "SENT", LocalDate.of(2033, 8, 3))));
    }

    @Test
    void theBundleHoldsExactlyThePersonsRecordsAndTheProductionIsRecorded() throws IOException {
        person100();
        Staff.as(CLERK, () -> s.requests.register(A, new PrivacyRequestRegistration("K-7",
            PrivacyRequestKind.DISCLOSURE, "100", LocalDate.of(2026, 11, 26), RequesterRelation.LEGAL_REPRESENTATIVE)));
        long before = s.count(A);

        DisclosureResult r = Staff.as(SUPERVISOR, () -> s.disclosures.produce(A, "K-7", dir));

        assertThat(r.file()).isEqualTo(dir.resolve("disclosure-K-7.zip"));
        assertThat(r.fileName()).isEqualTo("disclosure-K-7.zip");
        assertThat(r.provisionRecordsIncluded()).isTrue();
        assertThat(r.producedAt()).isEqualTo(Instant.parse("2026-11-27T01:00:00Z"));
        assertThat(r.sections()).extracting(DisclosureSection::fileName, DisclosureSection::rows).containsExactly(
            tuple("01_person.csv", 1), tuple("02_coverage_history.csv", 4), tuple("03_retiree.csv", 0),
            tuple("04_household.csv", 6), tuple("05_income.csv", 0), tuple("06_unemployment.csv", 0),
            tuple("07_residence_status.csv", 1), tuple("08_documents.csv", 1), tuple("09_use_suspension.csv", 0),
            tuple("10_transfers.csv", 2), tuple("11_provision_records.csv", 1));
        byte[] bytes = Files.readAllBytes(r.file());
        assertThat(r.bytes()).isEqualTo(bytes.length);
        assertThat(r.sha256()).isEqualTo(HexFormat.of().formatHex(sha256(bytes)));
        Map<String, byte[]> zip = unzip(bytes);
        assertThat(zip.keySet()).containsExactly("00_disclosure.pdf", "00_contents.csv", "01_person.csv",
            "02_coverage_history.csv", "03_retiree.csv", "04_household.csv", "05_income.csv", "06_unemployment.csv",
            "07_residence_status.csv", "08_documents.csv", "09_use_suspension.csv", "10_transfers.csv",
            "11_provision_records.csv");
        for (Map.Entry<String, byte[]> e : zip.entrySet()) {
            if (e.getKey().endsWith(".csv")) {
                assertThat(e.getValue()).as("%s starts with a UTF-8 BOM", e.getKey()).startsWith(0xEF, 0xBB, 0xBF);
            }
        }
        assertThat(csv(zip, "01_person.csv")).containsExactly(
            "版,宛名番号,氏名,氏名カナ,生年月日,性別,個人番号,記録日時",
            "1,100,テスト100,テスト,1980-01-01,女,個人番号(12桁・非表示),2026-01-01 09:00:00");
        assertThat(csv(zip, "02_coverage_history.csv")).containsExactly(
            "履歴番号,資格期間番号,異動区分,国保世帯番号,続柄区分,資格取得年月日,取得事由,資格喪失年月日,喪失事由,処理日,記録日時,"
                + "削除区分,訂正の根拠",
            "1,1,取得,900100,世帯主,2026-04-01,転入,,,2026-11-27,2026-11-27 10:00:00,,",
            "2,1,喪失,900100,世帯主,2026-04-01,転入,2026-07-01,社保加入,2026-11-27,2026-11-27 10:00:00,,",
            "3,1,喪失,900100,世帯主,2026-03-25,転入,2026-07-01,社保加入,2026-11-27,2026-11-27 10:00:00,,C-1",
            "4,2,取得,900100,世帯主,2026-10-02,社保離脱,,,2026-11-27,2026-11-27 10:00:00,,");
        assertThat(csv(zip, "04_household.csv")).containsExactly(
            "区分,国保世帯番号,連番,在籍,記載順位,続柄区分,続柄,適用開始日,記録日時",
            "世帯員,900100,1,在籍,1,世帯主,,2026-04-01,2026-11-27 10:00:00",
            "世帯員,900100,2,除籍,1,世帯主,,2026-07-01,2026-11-27 10:00:00",
            "世帯員,900100,3,在籍,1,世帯主,,2026-10-02,2026-11-27 10:00:00",
            "世帯主,900100,1,,,,世帯主,2026-04-01,2026-11-27 10:00:00",
            "世帯主,900100,2,,,,擬制世帯主,2026-07-01,2026-11-27 10:00:00",
            "世帯主,900100,3,,,,世帯主,2026-10-02,2026-11-27 10:00:00");
        assertThat(csv(zip, "03_retiree.csv")).containsExactly("連番,該当年月日,非該当年月日,届出日,記録日時");
        assertThat(csv(zip, "05_income.csv")).containsExactly("年度,連番,課税所得,旧ただし書所得,収入,給与所得,取込日時");
        assertThat(csv(zip, "06_unemployment.csv")).containsExactly("離職年月日,離職理由コード,届出日,記録日時");
        assertThat(csv(zip, "07_residence_status.csv")).containsExactly("連番,在留資格コード,在留期間満了日,取込日時",
            "1,27,2028-03-31,2026-04-02 09:30:00");
        // the card symbol that looks like a formula is neutralised with an apostrophe
        assertThat(csv(zip, "08_documents.csv")).containsExactly(
            "証の番号,版,種別,状態,交付日,有効開始日,有効期限,記号,番号,枝番,一部負担金の割合,状態の日,理由,処理日",
            "D-0001,1,資格確認書,交付,2026-10-06,2026-10-01,2027-07-31,'=SUM(A1),100,01,3割,2026-10-06,資格取得,2026-10-06");
        assertThat(csv(zip, "09_use_suspension.csv")).containsExactly("請求番号,停止日時,解除の請求番号,解除日時,状態");
        assertThat(csv(zip, "10_transfers.csv")).containsExactly(
            "移転先,法令上の根拠,移転した項目,日時,結果,異動の通番",
            "residentregistry,住民基本台帳法第7条第10号,宛名番号,2026-11-27 10:00:00,移転済,1",
            "residentregistry,住民基本台帳法第7条第10号,宛名番号,2026-11-27 10:00:00,移転済,2");
        assertThat(csv(zip, "11_provision_records.csv")).containsExactly(
            "記録番号,区分,項目（別表第二）,相手方,日時,法令上の根拠,結果,保存期限",
            "41,情報提供,42・43,テスト県国民健康保険団体連合会,2026-08-03 11:15:00,番号法第19条第8号 別表第二 42,送信済,2033-08-03");
        assertThat(csv(zip, "00_contents.csv")).hasSize(13).contains(
            "02_coverage_history.csv,国民健康保険の資格の履歴,4,履歴はすべての版を記録した順に示します。後の版が同じ資格期間の前の版に"
                + "代わります。訂正の根拠は、訂正した版に訂正請求の受付番号などを示します。");

        String pdf = text(zip.get("00_disclosure.pdf"));
        assertThat(pdf).contains("保有個人情報の開示について（個人情報開示書）", "受付番号 K-7", "請求者 法定代理人",
            "宛名番号：100", "氏名：テスト100", "生年月日：1980-01-01", "作成日時：2026-11-27 10:00:00",
            "個人番号：個人番号(12桁・非表示)", "資格取得年月日：2026-03-25 取得事由：転入 資格喪失年月日：2026-07-01",
            "訂正の根拠：C-1", "記号：=SUM(A1)", "移転先：residentregistry", "相手方：テスト県国民健康保険団体連合会",
            "在留資格コード：27", "11. 情報提供等記録（11_provision_records.csv、1件）", "1 / 2", "2 / 2");
        // the individual number is held, and appears nowhere
        assertThat(pdf).doesNotContain(NUMBER);
        for (byte[] entry : zip.values()) {
            assertThat(new String(entry, StandardCharsets.UTF_8)).doesNotContain(NUMBER);
        }

        // one entry, the supervisor's, naming the person; the production recorded against the request
        List<LoggedOperation> log = s.entries(A);
        assertThat(log).hasSize((int) before + 1);
        LoggedOperation e = log.get(log.size() - 1);
        assertThat(e.action()).isEqualTo("disclosure.produce");
        assertThat(e.outcome()).isEqualTo("OK");
        assertThat(e.staffId()).isEqualTo("suzuki");
        assertThat(e.purpose()).contains("開示");
        assertThat(e.subjectIndex()).isNotEmpty().isEqualTo(log.get(0).subjectIndex());
        assertThat(String.join("\n", log.stream().map(Object::toString).toList())).doesNotContain(NUMBER);
        List<PrivacyRequestAction> actions = Staff.as(CLERK, () -> s.requests.actions(A, "K-7"));
        assertThat(actions).extracting(PrivacyRequestAction::kind).containsExactly(PrivacyRequestActionKind.REGISTERED,
            PrivacyRequestActionKind.DISCLOSURE_PRODUCED);
        assertThat(actions.get(1).detail()).isEqualTo("disclosure-K-7.zip SHA-256 " + r.sha256());
        assertThat(actions.get(1).staffId()).isEqualTo("suzuki");
        assertThat(Staff.as(CLERK, () -> s.requests.find(A, "K-7")).orElseThrow().status())
            .isEqualTo(PrivacyRequestStatus.IN_PROGRESS);

        // a second production never overwrites the first
        DisclosureResult again = Staff.as(SUPERVISOR, () -> s.disclosures.produce(A, "K-7", dir));
        assertThat(again.file()).isEqualTo(dir.resolve("disclosure-K-7-2.zip"));
        assertThat(Files.readAllBytes(r.file())).isEqualTo(bytes);
        assertThat(Staff.as(CLERK, () -> s.requests.actions(A, "K-7"))).hasSize(3);
    }

    @Test
    void withoutTheLinkageServiceTheBundleSaysThatTheProvisionRecordsAreMissing() throws IOException {
        DisclosureServiceImpl withoutLinkage = new DisclosureServiceImpl(s.registry, s.guard, s.dispatcher,
            JapaneseFont.at(Path.of(JapaneseFont.DEFAULT_PATH)), null, Clock.fixed(Instant.parse(
                "2026-11-27T01:00:00Z"), GuardedServices.JST));
        Staff.as(CLERK, () -> s.requests.register(A, new PrivacyRequestRegistration("K-8",
            PrivacyRequestKind.DISCLOSURE, "501", LocalDate.of(2026, 11, 27), RequesterRelation.SELF)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        DisclosureResult r = Staff.as(SUPERVISOR, () -> withoutLinkage.produce(A, "K-8", out));

        assertThat(r.file()).isNull();
        assertThat(r.provisionRecordsIncluded()).isFalse();
        Map<String, byte[]> zip = unzip(out.toByteArray());
        assertThat(csv(zip, "11_provision_records.csv")).containsExactly(
            "記録番号,区分,項目（別表第二）,相手方,日時,法令上の根拠,結果,保存期限");
        assertThat(csv(zip, "00_contents.csv")).contains("11_provision_records.csv,情報提供等記録,0,"
            + DisclosureReader.PROVISIONS_UNAVAILABLE);
        assertThat(csv(zip, "01_person.csv")).containsExactly(
            "版,宛名番号,氏名,氏名カナ,生年月日,性別,個人番号,記録日時",
            "1,501,テスト501,テスト,1980-01-01,女,個人番号(なし),2026-01-01 09:00:00");
        assertThat(csv(zip, "02_coverage_history.csv")).hasSize(1);
        assertThat(text(zip.get("00_disclosure.pdf"))).contains(DisclosureReader.PROVISIONS_UNAVAILABLE);
        assertThat(Staff.as(CLERK, () -> s.requests.actions(A, "K-8")).get(1).detail())
            .endsWith("（情報提供等記録なし：情報連携の機能が停止中）");
    }

    @Test
    void aClerkIsDeniedAndLoggedAndNothingIsWritten() throws IOException {
        Staff.as(CLERK, () -> s.requests.register(A, new PrivacyRequestRegistration("K-9",
            PrivacyRequestKind.DISCLOSURE, "100", LocalDate.of(2026, 11, 27), RequesterRelation.SELF)));
        long before = s.count(A);

        assertThatThrownBy(() -> Staff.as(CLERK, () -> s.disclosures.produce(A, "K-9", dir)))
            .isInstanceOf(AccessDeniedException.class);

        assertThat(s.count(A)).isEqualTo(before + 1);
        LoggedOperation denied = s.entries(A).get((int) before);
        assertThat(denied.action()).isEqualTo("disclosure.produce");
        assertThat(denied.outcome()).isEqualTo("DENIED");
        assertThat(denied.staffId()).isEqualTo("sato");
        assertThat(files()).isEmpty();
        assertThat(Staff.as(CLERK, () -> s.requests.actions(A, "K-9"))).hasSize(1);
    }

    @Test
    void anUnknownRequestOrARequestOfAnotherKindProducesNothing() throws IOException {
        Staff.as(CLERK, () -> s.requests.register(A, new PrivacyRequestRegistration("C-2",
            PrivacyRequestKind.CORRECTION, "100", LocalDate.of(2026, 11, 27), RequesterRelation.SELF)));

        assertThatThrownBy(() -> Staff.as(SUPERVISOR, () -> s.disclosures.produce(A, "NO-SUCH", dir)))
            .isInstanceOf(NhiException.class).hasMessageContaining("NO-SUCH is not registered")
            .extracting(t -> ((NhiException) t).code()).isEqualTo("UNKNOWN_REQUEST");
        assertThatThrownBy(() -> Staff.as(SUPERVISOR, () -> s.disclosures.produce(A, "C-2", dir)))
            .isInstanceOf(NhiException.class).hasMessageContaining("is a 訂正請求, not a 開示請求")
            .extracting(t -> ((NhiException) t).code()).isEqualTo("REQUEST_STATE");

        assertThat(files()).isEmpty();
        assertThat(Staff.as(CLERK, () -> s.requests.actions(A, "C-2"))).hasSize(1);
        assertThat(s.entries(A).stream().filter(e -> e.action().equals("disclosure.produce"))
            .map(LoggedOperation::outcome).toList()).containsExactly("REJECTED", "REJECTED");
    }

    private List<Path> files() throws IOException {
        try (var list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().contains("disclosure")).toList();
        }
    }

    private static List<String> csv(Map<String, byte[]> zip, String name) {
        String text = new String(zip.get(name), StandardCharsets.UTF_8);
        assertThat(text).as(name).endsWith("\r\n");
        return List.of(text.substring(1).split("\r\n"));
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                out.put(e.getName(), z.readAllBytes());
            }
        }
        return out;
    }

    /** @return the PDF's text, a paragraph wrapped onto indented continuation lines joined back into one line */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("[ \\t\\u3000]+", " ").replaceAll("\\R ", "");
        }
    }
}
