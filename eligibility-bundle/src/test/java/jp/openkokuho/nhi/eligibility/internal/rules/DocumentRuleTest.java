package jp.openkokuho.nhi.eligibility.internal.rules;

import static jp.openkokuho.nhi.eligibility.internal.rules.RuleAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.openkokuho.nhi.eligibility.internal.rules.DocumentRule.DocumentFacts;
import jp.openkokuho.nhi.eligibility.internal.rules.DocumentRule.DocumentPeriod;
import jp.openkokuho.nhi.eligibility.internal.rules.DocumentRule.Expiry;
import jp.openkokuho.nhi.eligibility.internal.rules.DocumentRule.ExpiryCap;
import jp.openkokuho.nhi.eligibility.internal.rules.RuleParameters.ResidenceExpiryCap;

/** R16 証類: the effective-dated table, the legacy-card end and the expiry caps. */
class DocumentRuleTest {

    private static final RuleParameters DEFAULTS = RuleParameters.defaults();
    private static final LocalDate BORN_1985 = LocalDate.of(1985, 5, 5);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void beforeDecemberSecond2024TheOldCardsAreIssued() {
        assertThat(DocumentRule.issuableOn(d("2024-12-01"))).containsExactlyInAnyOrder(DocumentType.INSURANCE_CARD,
            DocumentType.SHORT_TERM_CARD, DocumentType.QUALIFICATION_CERTIFICATE,
            DocumentType.ELDERLY_RECIPIENT_CARD);
    }

    @Test
    void fromDecemberSecond2024TheNewDocumentsAreIssued() {
        assertThat(DocumentRule.issuableOn(d("2024-12-02"))).containsExactlyInAnyOrder(
            DocumentType.ELIGIBILITY_CONFIRMATION_DOC, DocumentType.ELIGIBILITY_INFO_NOTICE,
            DocumentType.ELIGIBILITY_CONFIRMATION_DOC_SPECIAL_CARE_COST, DocumentType.ELDERLY_RECIPIENT_CARD);
        assertThat(DocumentRule.issuableOn(d("2026-08-01"))).isEqualTo(DocumentRule.issuableOn(d("2024-12-02")));
    }

    @Test
    void everyDocumentTypeHasARowInTheTable() {
        EnumSet<DocumentType> inTable = EnumSet.noneOf(DocumentType.class);
        DocumentRule.PERIODS.stream().map(DocumentPeriod::type).forEach(inTable::add);
        assertThat(inTable).isEqualTo(EnumSet.allOf(DocumentType.class));
        assertThat(DocumentType.ELIGIBILITY_CONFIRMATION_DOC_SPECIAL_CARE_COST.label())
            .isEqualTo("資格確認書(特別療養費)");
    }

    @Test
    void issuingOutsideTheTableIsRejected() {
        assertViolation(() -> DocumentRule.requireIssuable(DocumentType.INSURANCE_CARD, d("2024-12-02")),
            "R16", "document_type");
        assertViolation(() -> DocumentRule.requireIssuable(DocumentType.ELIGIBILITY_CONFIRMATION_DOC,
            d("2024-12-01")), "R16", "document_type");
    }

    @Test
    void cardIssuedNovember2024PrintedTo2026IsValidUntilDecemberFirst2025() {
        LocalDate issued = d("2024-11-15");
        LocalDate printed = d("2026-07-31");
        assertThat(DocumentRule.lastValidDay(DocumentType.INSURANCE_CARD, issued, printed)).isEqualTo(d("2025-12-01"));
        assertThat(DocumentRule.isValidOn(DocumentType.INSURANCE_CARD, issued, printed, d("2025-12-01"))).isTrue();
        assertThat(DocumentRule.isValidOn(DocumentType.INSURANCE_CARD, issued, printed, d("2025-12-02"))).isFalse();
        assertThat(DocumentRule.isValidOn(DocumentType.INSURANCE_CARD, issued, printed, d("2024-11-14"))).isFalse();
    }

    @Test
    void legacyCardsWithAnEarlierPrintedExpiryKeepIt() {
        assertThat(DocumentRule.lastValidDay(DocumentType.INSURANCE_CARD, d("2024-08-01"), d("2025-07-31")))
            .isEqualTo(d("2025-07-31"));
        assertThat(DocumentRule.lastValidDay(DocumentType.SHORT_TERM_CARD, d("2024-10-01"), d("2026-03-31")))
            .isEqualTo(d("2025-12-01"));
        assertThat(DocumentRule.lastValidDay(DocumentType.QUALIFICATION_CERTIFICATE, d("2024-10-01"),
            d("2026-09-30"))).isEqualTo(d("2025-12-01"));
        // the 高齢受給者証 is not abolished
        assertThat(DocumentRule.lastValidDay(DocumentType.ELDERLY_RECIPIENT_CARD, d("2025-08-01"), d("2026-07-31")))
            .isEqualTo(d("2026-07-31"));
    }

    @ParameterizedTest(name = "effective {0}, {1} year(s) → {2}")
    @CsvSource({
        "2025-03-10, 1, 2025-07-31",
        "2025-07-31, 1, 2025-07-31",
        "2025-08-01, 1, 2026-07-31",
        "2025-03-10, 2, 2026-07-31",
        "2025-08-01, 2, 2027-07-31",
        "2025-08-01, 5, 2030-07-31"})
    void policyExpiryIsTheNthCycleEnd(LocalDate effective, int years, LocalDate expected) {
        assertThat(DocumentRule.policyExpiry(effective, DEFAULTS.withDocumentPolicy(MonthDay.of(7, 31), years)))
            .isEqualTo(expected);
    }

    @Test
    void joinerOnMarchTenth2025GetsAConfirmationDocumentToJulyThirtyFirstThenRenewal() {
        LocalDate joined = d("2025-03-10");
        Expiry first = DocumentRule.expiry(DocumentFacts.of(DocumentType.ELIGIBILITY_CONFIRMATION_DOC, joined,
            BORN_1985).withPolicyExpiry(DocumentRule.policyExpiry(joined, DEFAULTS)), DEFAULTS);
        assertThat(first).isEqualTo(new Expiry(d("2025-07-31"), ExpiryCap.POLICY));

        LocalDate renewal = d("2025-08-01");
        Expiry second = DocumentRule.expiry(DocumentFacts.of(DocumentType.ELIGIBILITY_CONFIRMATION_DOC, renewal,
            BORN_1985).withPolicyExpiry(DocumentRule.policyExpiry(renewal, DEFAULTS)), DEFAULTS);
        assertThat(second).isEqualTo(new Expiry(d("2026-07-31"), ExpiryCap.POLICY));
    }

    @Test
    void documentOfSomeoneTurning70EndsTheDayBeforeTheElderlyRecipientStart() {
        Expiry e = DocumentRule.expiry(DocumentFacts.of(DocumentType.ELIGIBILITY_CONFIRMATION_DOC, d("2026-08-01"),
            d("1956-11-15")).withPolicyExpiry(d("2027-07-31")), DEFAULTS);
        assertThat(e).isEqualTo(new Expiry(d("2026-11-30"), ExpiryCap.ELDERLY_RECIPIENT_START));
    }

    @Test
    void documentOfSomeoneTurning75EndsTheDayBeforeThe75thBirthday() {
        Expiry e = DocumentRule.expiry(DocumentFacts.of(DocumentType.ELIGIBILITY_CONFIRMATION_DOC, d("2026-08-01"),
            d("1951-10-10")).withPolicyExpiry(d("2027-07-31")), DEFAULTS);
        assertThat(e).isEqualTo(new Expiry(d("2026-10-09"), ExpiryCap.LATE_ELDERLY));
    }

    @Test
    void documentOfA70To74PersonEndsBeforeTheNextRateRedetermination() {
        Expiry oneYear = DocumentRule.expiry(DocumentFacts.of(DocumentType.ELIGIBILITY_CONFIRMATION_DOC,
            d("2026-08-01"), d("1954-05-20")).withPolicyExpiry(d("2027-07-31")), DEFAULTS);
        assertThat(oneYear).isEqualTo(new Expiry(d("2027-07-31"), ExpiryCap.ANNUAL_REDETERMINATION));
        Expiry twoYears = DocumentRule.expiry(DocumentFacts.of(DocumentType.ELIGIBILITY_CONFIRMATION_DOC,
            d("2026-08-01"), d("1954-05-20")).withPolicyExpiry(d("2028-07-31")), DEFAULTS);
        assertThat(twoYears).isEqualTo(new Expiry(d("2027-07-31"), ExpiryCap.ANNUAL_REDETERMINATION));
    }

    @Test
    void documentOfAForeignResidentEndsWithTheResidenceExpiry() {
        DocumentFacts facts = DocumentFacts.of(DocumentType.ELIGIBILITY_CONFIRMATION_DOC, d("2026-08-01"),
            d("1990-01-01")).withPolicyExpiry(d("2027-07-31")).withResidenceExpiry(d("2026-09-30"));
        assertThat(DocumentRule.expiry(facts, DEFAULTS))
            .isEqualTo(new Expiry(d("2026-09-30"), ExpiryCap.RESIDENCE_EXPIRY));
        assertThat(DocumentRule.expiry(facts, DEFAULTS.withResidenceExpiryCap(ResidenceExpiryCap.DAY_AFTER_EXPIRY)))
            .isEqualTo(new Expiry(d("2026-10-01"), ExpiryCap.RESIDENCE_EXPIRY));
    }

    @Test
    void infoNoticeHasNoExpiryUnder70AndExpiresOnJulyThirtyFirstFrom70() {
        assertThat(DocumentRule.expiry(DocumentFacts.of(DocumentType.ELIGIBILITY_INFO_NOTICE, d("2026-08-01"),
            BORN_1985), DEFAULTS)).isEqualTo(new Expiry(null, ExpiryCap.NONE));
        assertThat(DocumentRule.expiry(DocumentFacts.of(DocumentType.ELIGIBILITY_INFO_NOTICE, d("2026-08-01"),
            d("1954-05-20")), DEFAULTS)).isEqualTo(new Expiry(d("2027-07-31"), ExpiryCap.ANNUAL_REDETERMINATION));
    }

    @Test
    void elderlyRecipientCardRunsFromTheStartToJulyThirtyFirst() {
        assertThat(DocumentRule.expiry(DocumentFacts.of(DocumentType.ELDERLY_RECIPIENT_CARD, d("2026-12-01"),
            d("1956-11-15")), DEFAULTS)).isEqualTo(new Expiry(d("2027-07-31"), ExpiryCap.ANNUAL_REDETERMINATION));
        assertViolation(() -> DocumentRule.expiry(DocumentFacts.of(DocumentType.ELDERLY_RECIPIENT_CARD,
            d("2026-11-01"), d("1956-11-15")), DEFAULTS), "R16", "effective_date");
    }

    @Test
    void legacyCardExpiryThroughTheFullCheck() {
        Expiry e = DocumentRule.expiry(DocumentFacts.of(DocumentType.INSURANCE_CARD, d("2024-11-15"), BORN_1985)
            .withPolicyExpiry(d("2026-07-31")), DEFAULTS);
        assertThat(e).isEqualTo(new Expiry(d("2025-12-01"), ExpiryCap.LEGACY_CARD_END));
    }

    @Test
    void documentsAfterThe75thBirthdayOrExpiringBeforeEffectAreRejected() {
        assertViolation(() -> DocumentRule.expiry(DocumentFacts.of(DocumentType.ELIGIBILITY_CONFIRMATION_DOC,
            d("2026-06-15"), d("1951-06-15")), DEFAULTS), "R16", "effective_date");
        assertViolation(() -> DocumentRule.expiry(DocumentFacts.of(DocumentType.ELIGIBILITY_CONFIRMATION_DOC,
            d("2026-08-01"), BORN_1985).withResidenceExpiry(d("2026-07-31")), DEFAULTS), "R16", "expiry");
        assertViolation(() -> DocumentRule.expiry(DocumentFacts.of(DocumentType.INSURANCE_CARD, d("2025-01-10"),
            BORN_1985), DEFAULTS), "R16", "document_type");
    }
}
