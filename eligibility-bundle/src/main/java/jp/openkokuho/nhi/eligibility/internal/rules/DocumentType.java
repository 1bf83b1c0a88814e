package jp.openkokuho.nhi.eligibility.internal.rules;

/**
 * Documents an NHI insurer issues to insured persons, before and after the 2024-12-02 abolition of the
 * 被保険者証 (令和5年法律第48号). Which of them may be issued on a day, and how long they stay valid, is the
 * effective-dated table of {@link DocumentRule}.
 */
public enum DocumentType {
    /** 被保険者証 (通常証), glossary {@code InsuranceCard}. */
    INSURANCE_CARD("被保険者証"),
    /** 短期被保険者証 (短期証), glossary {@code ShortTermCard}. */
    SHORT_TERM_CARD("短期被保険者証"),
    /** 被保険者資格証明書 (資格証), glossary {@code QualificationCertificate}. */
    QUALIFICATION_CERTIFICATE("被保険者資格証明書"),
    /** 高齢受給者証 for insured persons aged 70 to 74, glossary {@code ElderlyRecipientCard}. */
    ELDERLY_RECIPIENT_CARD("高齢受給者証"),
    /** 資格確認書, glossary {@code EligibilityConfirmationDoc}. */
    ELIGIBILITY_CONFIRMATION_DOC("資格確認書"),
    /** 資格確認書 marked 特別療養費 for long-term arrears, glossary {@code EligibilityConfirmationDoc{special_care_cost}}. */
    ELIGIBILITY_CONFIRMATION_DOC_SPECIAL_CARE_COST("資格確認書(特別療養費)"),
    /** 資格情報のお知らせ (資格情報通知書) for マイナ保険証 holders, glossary {@code EligibilityInfoNotice}. */
    ELIGIBILITY_INFO_NOTICE("資格情報のお知らせ");

    private final String label;

    DocumentType(String label) {
        this.label = label;
    }

    /** @return the Japanese term */
    public String label() {
        return label;
    }
}
