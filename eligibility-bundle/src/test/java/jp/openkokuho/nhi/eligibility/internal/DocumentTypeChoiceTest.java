package jp.openkokuho.nhi.eligibility.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import jp.openkokuho.nhi.api.document.DocumentType;

/** The API's document types against the rule's, and the type chosen by date. */
class DocumentTypeChoiceTest {
    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void everyApiTypeIsATypeOfTheRule(DocumentType type) {
        assertThat(DocumentServiceImpl.rulesType(type).label()).isEqualTo(type.label());
    }

    @Test
    void bothEnumsHaveTheSameTypes() {
        assertThat(jp.openkokuho.nhi.eligibility.internal.rules.DocumentType.values())
            .hasSameSizeAs(DocumentType.values());
    }

    @Test
    void theEffectiveDateChoosesTheDefaultType() {
        assertThat(DocumentServiceImpl.automaticType(LocalDate.of(2024, 12, 1))).isEqualTo(DocumentType.INSURANCE_CARD);
        assertThat(DocumentServiceImpl.automaticType(LocalDate.of(2024, 12, 2)))
            .isEqualTo(DocumentType.ELIGIBILITY_CONFIRMATION_DOC);
    }

    @Test
    void legacyCardsAreRenewedAsTheNewDocumentsFrom2024December2() {
        LocalDate before = LocalDate.of(2024, 8, 1);
        LocalDate after = LocalDate.of(2025, 8, 1);
        assertThat(DocumentServiceImpl.renewalType(DocumentType.SHORT_TERM_CARD, before))
            .isEqualTo(DocumentType.SHORT_TERM_CARD);
        assertThat(DocumentServiceImpl.renewalType(DocumentType.INSURANCE_CARD, after))
            .isEqualTo(DocumentType.ELIGIBILITY_CONFIRMATION_DOC);
        assertThat(DocumentServiceImpl.renewalType(DocumentType.SHORT_TERM_CARD, after))
            .isEqualTo(DocumentType.ELIGIBILITY_CONFIRMATION_DOC);
        assertThat(DocumentServiceImpl.renewalType(DocumentType.QUALIFICATION_CERTIFICATE, after))
            .isEqualTo(DocumentType.ELIGIBILITY_CONFIRMATION_DOC_SPECIAL_CARE_COST);
        assertThat(DocumentServiceImpl.renewalType(DocumentType.ELIGIBILITY_INFO_NOTICE, after))
            .isEqualTo(DocumentType.ELIGIBILITY_INFO_NOTICE);
        assertThat(DocumentServiceImpl.renewalType(DocumentType.ELDERLY_RECIPIENT_CARD, after))
            .isEqualTo(DocumentType.ELDERLY_RECIPIENT_CARD);
    }
}
