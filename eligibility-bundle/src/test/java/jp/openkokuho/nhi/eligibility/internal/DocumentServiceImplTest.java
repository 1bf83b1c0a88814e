package jp.openkokuho.nhi.eligibility.internal;

import jp.openkokuho.nhi.eligibility.internal.security.RunAs;
import jp.openkokuho.nhi.eligibility.internal.security.Staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.mock;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.openkokuho.nhi.api.NhiException;
import jp.openkokuho.nhi.api.document.DocumentFontException;
import jp.openkokuho.nhi.api.document.DocumentStatus;
import jp.openkokuho.nhi.api.document.DocumentType;
import jp.openkokuho.nhi.api.document.IssuedDocument;
import jp.openkokuho.nhi.api.document.RenewalResult;
import jp.openkokuho.nhi.api.document.UnknownDocumentException;
import jp.openkokuho.nhi.api.eligibility.AcquisitionReason;
import jp.openkokuho.nhi.api.eligibility.AcquisitionRequest;
import jp.openkokuho.nhi.api.eligibility.LossReason;
import jp.openkokuho.nhi.api.eligibility.LossRequest;
import jp.openkokuho.nhi.api.eligibility.RelationshipType;
import jp.openkokuho.nhi.api.eligibility.RuleViolationException;
import jp.openkokuho.nhi.api.person.Person;
import jp.openkokuho.nhi.api.person.Sex;
import jp.openkokuho.nhi.api.tenant.Tenant;
import jp.openkokuho.nhi.eligibility.internal.delivery.OutboxSignal;
import jp.openkokuho.nhi.eligibility.internal.document.DocumentTestSupport;
import jp.openkokuho.nhi.eligibility.internal.document.JapaneseFont;
import jp.openkokuho.nhi.eligibility.internal.document.RuleBasedBurdenRateSource;
import jp.openkokuho.nhi.eligibility.internal.rules.RuleParameters;
import jp.openkokuho.nhi.eligibility.internal.store.ResidenceStatusEntity;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantRegistry;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/** The document service on a real in-memory Derby tenant store, with the dates of the rules' worked examples. */
@RunAs(user = "test-supervisor", roles = "nhi-supervisor@112291")
class DocumentServiceImplTest {
    private static final String WAKO = "112291";
    private static final ZoneId JST = ZoneId.of("Asia/Tokyo");
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @TempDir
    Path dir;

    private TenantRegistry registry;
    private TenantStore store;
    private TestStores.MutableClock clock;
    private EligibilityServiceImpl eligibility;
    private PersonServiceImpl persons;
    private JapaneseFont font;
    private DocumentServiceImpl documents;

    @BeforeEach
    void setUp() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:nhi-doc-test-" + DATABASES.incrementAndGet());
        ds.setCreateDatabase("create");
        store = TestStores.open(new Tenant(WAKO, "和光市", "110270", List.of()), ds);
        registry = new TenantRegistry();
        registry.register(store);
        clock = new TestStores.MutableClock(at(2026, 11, 27), JST);
        eligibility = EligibilityServiceImpl.withDefaultRules(registry, mock(OutboxSignal.class), Staff.guard(registry), clock);
        // the real register: recording eligibility refuses a person it does not know (R1)
        persons = new PersonServiceImpl(registry, Staff.guard(registry));
        font = DocumentTestSupport.requireFont();
        documents = service(RuleParameters.defaults());
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private DocumentServiceImpl service(RuleParameters parameters) {
        return new DocumentServiceImpl(registry, Staff.guard(registry), font, new RuleBasedBurdenRateSource(), parameters, clock);
    }

    private static java.time.Instant at(int y, int m, int d) {
        return ZonedDateTime.of(y, m, d, 10, 0, 0, 0, JST).toInstant();
    }

    private void setToday(int y, int m, int d) {
        clock.advance(Duration.between(clock.instant(), at(y, m, d)));
    }

    private void person(String atenaNo, String name, LocalDate birth, Sex sex) {
        persons.register(WAKO, new Person(atenaNo, name, "", birth, sex));
    }

    private void insured(String atenaNo, String householdNo, boolean head, LocalDate from) {
        eligibility.recordAcquisition(WAKO, new AcquisitionRequest(atenaNo, householdNo,
            head ? RelationshipType.HEAD : RelationshipType.MEMBER, AcquisitionReason.MOVE_IN, from, from));
    }

    /** An insured adult under 70 in household 900001. */
    private void adult(String atenaNo) {
        person(atenaNo, "和光　太郎", LocalDate.of(1980, 5, 5), Sex.MALE);
        insured(atenaNo, "900001", true, LocalDate.of(2019, 4, 1));
    }

    @Test
    void withoutATypeTheEffectiveDateChoosesTheLegacyCardOrTheEligibilityConfirmation() {
        adult("000123");

        IssuedDocument card = documents.issue(WAKO, "000123", null, LocalDate.of(2024, 11, 15), "一斉更新");
        assertThat(card.type()).isEqualTo(DocumentType.INSURANCE_CARD);
        assertThat(card.expiryDate()).isEqualTo(LocalDate.of(2025, 7, 31));
        assertThat(card.expiryReason()).isEqualTo("有効期限");

        IssuedDocument doc = documents.issue(WAKO, "000123", null, LocalDate.of(2024, 12, 2), "切替");
        assertThat(doc.type()).isEqualTo(DocumentType.ELIGIBILITY_CONFIRMATION_DOC);
        assertThat(doc.expiryDate()).isEqualTo(LocalDate.of(2025, 7, 31));
        assertThat(doc.issueDate()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(doc.cardSymbol()).isEqualTo("900001");
        assertThat(doc.cardNumber()).isEqualTo("000123");
        assertThat(doc.branchNo()).isEqualTo("01");
        assertThat(doc.copayRatePercent()).isNull();

        assertThat(documents.list(WAKO, "000123"))
            .extracting(IssuedDocument::documentId, IssuedDocument::version, IssuedDocument::status,
                IssuedDocument::reason)
            .containsExactly(tuple(card.documentId(), 2, DocumentStatus.SUPERSEDED, "差替: " + doc.documentId()),
                tuple(doc.documentId(), 1, DocumentStatus.ISSUED, "切替"));
    }

    @Test
    void aLegacyCardPrintedToJuly2026IsValidOnlyTo2025December1() {
        // R16: card issued 2024-11-15 with printed expiry 2026-07-31 -> invalid from 2025-12-02
        adult("000123");
        IssuedDocument card = service(RuleParameters.defaults().withDocumentPolicy(MonthDay.of(7, 31), 2))
            .issue(WAKO, "000123", DocumentType.INSURANCE_CARD, LocalDate.of(2024, 11, 15), null);
        assertThat(card.expiryDate()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(card.expiryReason()).isEqualTo("経過措置終了");
    }

    @Test
    void aLegacyCardCannotBeIssuedFrom2024December2() {
        adult("000123");
        assertThatThrownBy(() -> documents.issue(WAKO, "000123", DocumentType.SHORT_TERM_CARD,
            LocalDate.of(2025, 1, 10), null))
            .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("R16"))
            .hasMessage("document_type: 短期被保険者証 may not be issued on 2025-01-10");
        assertThat(documents.list(WAKO, "000123")).isEmpty();
    }

    @Test
    void aJoinerOfMarch2025GetsADocumentToJuly2025ThenTheYearlyRenewalToJuly2026() {
        // R16 test: joiner on 2025-03-10 without マイナ保険証 -> 資格確認書 expiry 2025-07-31, renewed to 2026-07-31
        setToday(2025, 3, 12);
        person("000200", "新井　一郎", LocalDate.of(1985, 6, 1), Sex.MALE);
        insured("000200", "900200", true, LocalDate.of(2025, 3, 10));
        IssuedDocument joined = documents.issue(WAKO, "000200", null, LocalDate.of(2025, 3, 10), "転入");
        assertThat(joined.type()).isEqualTo(DocumentType.ELIGIBILITY_CONFIRMATION_DOC);
        assertThat(joined.expiryDate()).isEqualTo(LocalDate.of(2025, 7, 31));

        // a legacy card of 2024 expiring on the same day is renewed as a 資格確認書
        person("000300", "大和　次郎", LocalDate.of(1975, 2, 2), Sex.MALE);
        insured("000300", "900300", true, LocalDate.of(2019, 4, 1));
        IssuedDocument legacy = documents.issue(WAKO, "000300", null, LocalDate.of(2024, 10, 1), null);
        assertThat(legacy.expiryDate()).isEqualTo(LocalDate.of(2025, 7, 31));

        // a person who joined employee insurance in June keeps an expiring document but is not renewed
        person("000400", "白子　三郎", LocalDate.of(1970, 3, 3), Sex.MALE);
        insured("000400", "900400", true, LocalDate.of(2019, 4, 1));
        documents.issue(WAKO, "000400", null, LocalDate.of(2025, 3, 10), null);
        setToday(2025, 7, 10);
        eligibility.recordLoss(WAKO, new LossRequest("000400", LossReason.JOINED_EMPLOYEE_INSURANCE,
            LocalDate.of(2025, 6, 29), LocalDate.of(2025, 7, 1)));

        RenewalResult run = documents.annualRenewal(WAKO, LocalDate.of(2025, 7, 10));
        assertThat(run).isEqualTo(new RenewalResult(LocalDate.of(2025, 7, 10), LocalDate.of(2025, 8, 1), 3, 2, 1, 0,
            List.of()));

        List<IssuedDocument> joiner = documents.list(WAKO, "000200");
        assertThat(joiner).extracting(IssuedDocument::status)
            .containsExactly(DocumentStatus.SUPERSEDED, DocumentStatus.ISSUED);
        IssuedDocument renewed = joiner.get(1);
        assertThat(renewed.type()).isEqualTo(DocumentType.ELIGIBILITY_CONFIRMATION_DOC);
        assertThat(renewed.effectiveDate()).isEqualTo(LocalDate.of(2025, 8, 1));
        assertThat(renewed.expiryDate()).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(renewed.issueDate()).isEqualTo(LocalDate.of(2025, 7, 10));
        assertThat(renewed.reason()).isEqualTo("一斉更新");
        assertThat(documents.list(WAKO, "000300").get(1).type()).isEqualTo(DocumentType.ELIGIBILITY_CONFIRMATION_DOC);
        assertThat(documents.list(WAKO, "000400")).hasSize(1);

        RenewalResult again = documents.annualRenewal(WAKO, LocalDate.of(2025, 7, 10));
        assertThat(again.issued()).isZero();
        assertThat(again.expiring()).isEqualTo(1); // only the uninsured person's document, until it is returned
        assertThat(again.notCovered()).isEqualTo(1);
    }

    @Test
    void aRenewalThatBreaksARuleIsReportedAndStoresNothingForThatPerson() {
        setToday(2025, 3, 12);
        // turns 75 on 2025-08-01: the renewal from 2025-08-01 would start on the 75th birthday
        person("000500", "高齢　四郎", LocalDate.of(1950, 8, 1), Sex.MALE);
        insured("000500", "900500", true, LocalDate.of(2019, 4, 1));
        IssuedDocument doc = documents.issue(WAKO, "000500", null, LocalDate.of(2025, 3, 10), null);
        assertThat(doc.expiryDate()).isEqualTo(LocalDate.of(2025, 7, 31));

        RenewalResult run = documents.annualRenewal(WAKO, LocalDate.of(2025, 7, 10));
        assertThat(run.issued()).isZero();
        assertThat(run.failed()).isEqualTo(1);
        assertThat(run.failures()).containsExactly("宛名番号 000500, document " + doc.documentId()
            + ": [R16] effective_date: is on or after the 75th birthday (後期高齢者医療)");
        assertThat(documents.list(WAKO, "000500")).extracting(IssuedDocument::status)
            .containsExactly(DocumentStatus.ISSUED);
    }

    @Test
    void the70thAnd75thBirthdaysCapTheExpiryAnd70To74ShowTheRate() {
        // R15: born 1956-11-15 -> 高齢受給者 from 2026-12-01
        person("000600", "和光　花子", LocalDate.of(1956, 11, 15), Sex.FEMALE);
        insured("000600", "900600", true, LocalDate.of(2019, 4, 1));
        IssuedDocument before70 = documents.issue(WAKO, "000600", null, LocalDate.of(2026, 8, 1), null);
        assertThat(before70.expiryDate()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(before70.expiryReason()).isEqualTo("70歳到達");
        assertThat(before70.copayRatePercent()).isNull();

        IssuedDocument elderly = documents.issue(WAKO, "000600", DocumentType.ELDERLY_RECIPIENT_CARD,
            LocalDate.of(2026, 12, 1), null);
        assertThat(elderly.expiryDate()).isEqualTo(LocalDate.of(2027, 7, 31));
        assertThat(elderly.expiryReason()).isEqualTo("負担割合の年次判定");
        assertThat(elderly.copayRatePercent()).isEqualTo(20);
        IssuedDocument after70 = documents.issue(WAKO, "000600", null, LocalDate.of(2026, 12, 1), null);
        assertThat(after70.copayRatePercent()).isEqualTo(20);
        assertThat(after70.expiryDate()).isEqualTo(LocalDate.of(2027, 7, 31));
        // the new 資格確認書 replaces the old one, not the 高齢受給者証
        assertThat(documents.list(WAKO, "000600")).extracting(IssuedDocument::type, IssuedDocument::status)
            .containsExactly(tuple(DocumentType.ELIGIBILITY_CONFIRMATION_DOC, DocumentStatus.SUPERSEDED),
                tuple(DocumentType.ELDERLY_RECIPIENT_CARD, DocumentStatus.ISSUED),
                tuple(DocumentType.ELIGIBILITY_CONFIRMATION_DOC, DocumentStatus.ISSUED));

        // R3/R15: born 1951-12-20 -> 後期 from 2026-12-20, documents valid to 2026-12-19
        person("000700", "和光　梅", LocalDate.of(1951, 12, 20), Sex.FEMALE);
        insured("000700", "900700", true, LocalDate.of(2019, 4, 1));
        IssuedDocument before75 = documents.issue(WAKO, "000700", null, LocalDate.of(2026, 8, 1), null);
        assertThat(before75.expiryDate()).isEqualTo(LocalDate.of(2026, 12, 19));
        assertThat(before75.expiryReason()).isEqualTo("75歳到達");
        assertThat(before75.copayRatePercent()).isEqualTo(20);
        assertThatThrownBy(() -> documents.issue(WAKO, "000600", DocumentType.ELDERLY_RECIPIENT_CARD,
            LocalDate.of(2026, 11, 1), null)).isInstanceOf(RuleViolationException.class)
            .hasMessage("effective_date: is before the person becomes 高齢受給者");
    }

    @Test
    void theStoredResidenceExpiryCapsTheDocument() {
        person("000800", "ニャン　ヴァン", LocalDate.of(1995, 1, 1), Sex.MALE);
        insured("000800", "900800", true, LocalDate.of(2025, 10, 1));
        store.inTransactionDo(em -> {
            ResidenceStatusEntity r = new ResidenceStatusEntity();
            r.setAtenaNo("000800");
            r.setSeq(1);
            r.setResidenceStatusCode("01");
            r.setResidenceExpiryDate(LocalDate.of(2026, 9, 30));
            r.setImportSha256("0".repeat(64));
            r.setLineNo(2);
            r.setImportedAt(LocalDateTime.of(2026, 1, 5, 9, 0));
            em.persist(r);
        });
        IssuedDocument doc = documents.issue(WAKO, "000800", null, LocalDate.of(2026, 8, 1), null);
        assertThat(doc.expiryDate()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(doc.expiryReason()).isEqualTo("在留期間満了");
    }

    @Test
    void onlyAnInsuredRegisteredPersonGetsADocument() {
        adult("000123");
        assertThatThrownBy(() -> documents.issue(WAKO, "000123", null, LocalDate.of(2019, 3, 31), null))
            .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("R16"))
            .hasMessage("宛名番号 000123 is not insured on the 発効期日 2019-03-31; a document is only issued to an "
                + "insured person");
        // recording refuses an unregistered person (R1), so an unknown 宛名番号 is simply not insured here
        assertThatThrownBy(() -> documents.issue(WAKO, "000999", null, LocalDate.of(2026, 8, 1), null))
            .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("R16"))
            .hasMessageContaining("宛名番号 000999 is not");
        assertThatThrownBy(() -> documents.issue(WAKO, "12-3", null, LocalDate.of(2026, 8, 1), null))
            .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("INPUT"));
        assertThat(documents.list(WAKO, "000123")).isEmpty();
        assertThat(documents.list(WAKO, "000999")).isEmpty();
    }

    @Test
    void reissueAndReturnAppendVersionsAndEndTheDocument() {
        adult("000123");
        IssuedDocument doc = documents.issue(WAKO, "000123", null, LocalDate.of(2026, 8, 1), "転入");
        setToday(2026, 12, 3);
        IssuedDocument again = documents.reissue(WAKO, doc.documentId(), "紛失");
        assertThat(again.documentId()).isEqualTo(doc.documentId());
        assertThat(again.version()).isEqualTo(2);
        assertThat(again.status()).isEqualTo(DocumentStatus.REISSUED);
        assertThat(again.issueDate()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(again.expiryDate()).isEqualTo(doc.expiryDate());
        assertThat(again.reason()).isEqualTo("紛失");
        assertThat(DocumentTestSupport.text(documents.render(WAKO, doc.documentId())))
            .startsWith("国民健康保険資格確認書 再交付\n").contains("\n交付年月日 令和8年12月3日\n");

        assertThatThrownBy(() -> documents.recordReturn(WAKO, doc.documentId(), LocalDate.of(2026, 12, 4)))
            .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("INPUT"))
            .hasMessage("返還日 2026-12-04 is in the future");
        IssuedDocument returned = documents.recordReturn(WAKO, doc.documentId(), LocalDate.of(2026, 12, 3));
        assertThat(returned.status()).isEqualTo(DocumentStatus.RETURNED);
        assertThat(returned.statusDate()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(returned.version()).isEqualTo(3);

        String id = doc.documentId();
        assertThatThrownBy(() -> documents.reissue(WAKO, id, null)).isInstanceOf(RuleViolationException.class)
            .hasMessage("document " + id + " was 返還 on 2026-12-03 and cannot be reissued");
        assertThatThrownBy(() -> documents.recordReturn(WAKO, id, LocalDate.of(2026, 12, 3)))
            .hasMessage("document " + id + " was 返還 on 2026-12-03 and cannot be returned");
        assertThatThrownBy(() -> documents.render(WAKO, id))
            .hasMessage("document " + id + " was 返還 on 2026-12-03 and cannot be printed");
        assertThatThrownBy(() -> documents.reissue(WAKO, "424242", null))
            .isInstanceOfSatisfying(UnknownDocumentException.class,
                e -> assertThat(e.code()).isEqualTo("DOCUMENT_UNKNOWN"));
        assertThat(documents.list(WAKO, "000123")).singleElement()
            .extracting(IssuedDocument::status).isEqualTo(DocumentStatus.RETURNED);
    }

    @Test
    void householdMembersGetBranchNumbersAndThePrintShowsEveryItem() {
        person("000123", "和光　太郎", LocalDate.of(1980, 5, 5), Sex.MALE);
        person("000124", "和光　花子", LocalDate.of(1955, 4, 1), Sex.FEMALE);
        insured("000123", "900001", true, LocalDate.of(2019, 4, 1));
        insured("000124", "900001", false, LocalDate.of(2020, 6, 15));

        IssuedDocument head = documents.issue(WAKO, "000123", null, LocalDate.of(2026, 8, 1), null);
        IssuedDocument member = documents.issue(WAKO, "000124", null, LocalDate.of(2026, 8, 1), null);
        IssuedDocument headAgain = documents.issue(WAKO, "000123", null, LocalDate.of(2026, 9, 1), null);
        assertThat(List.of(head.branchNo(), member.branchNo(), headAgain.branchNo()))
            .containsExactly("01", "02", "01");

        String text = DocumentTestSupport.text(documents.render(WAKO, member.documentId()));
        assertThat(text).isEqualTo(String.join("\n",
            "国民健康保険資格確認書",
            "有効期限 令和9年7月31日",
            "記号・番号・枝番 900001・000124・02",
            "氏名 和光 花子",
            "生年月日 昭和30年4月1日",
            "性別 女",
            "資格取得年月日 令和2年6月15日",
            "発効期日 令和8年8月1日",
            "一部負担金の割合 2割",
            "世帯主氏名 和光 太郎",
            "交付年月日 令和8年11月27日",
            "保険者番号 110270",
            "保険者名 和光市",
            "保険医療機関等で診療を受けるときは、この資格確認書を窓口に提示してください。", ""));
    }

    @Test
    void aMissingFontStopsIssuanceBeforeAnythingIsStored() {
        adult("000123");
        DocumentServiceImpl noFont = new DocumentServiceImpl(registry, Staff.guard(registry),
            JapaneseFont.at(dir.resolve("ipaexg.ttf")), new RuleBasedBurdenRateSource(), RuleParameters.defaults(),
            clock);
        assertThatThrownBy(() -> noFont.issue(WAKO, "000123", null, LocalDate.of(2026, 8, 1), null))
            .isInstanceOfSatisfying(DocumentFontException.class, e -> assertThat(e.code()).isEqualTo("DOCUMENT_FONT"))
            .hasMessageContaining("ipaexg.ttf is missing");
        assertThatThrownBy(() -> noFont.annualRenewal(WAKO, LocalDate.of(2026, 7, 10)))
            .isInstanceOf(DocumentFontException.class);
        assertThat(documents.list(WAKO, "000123")).isEmpty();
    }
}
