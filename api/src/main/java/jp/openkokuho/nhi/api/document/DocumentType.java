package jp.openkokuho.nhi.api.document;

/**
 * The documents an NHI insurer issues (domain rule R16). Until 2024-12-01 the 被保険者証 family; from 2024-12-02 no
 * new 被保険者証, 短期被保険者証 or 被保険者資格証明書 may be issued and the 資格確認書 family replaces them; the
 * 高齢受給者証 exists in both periods.
 */
public enum DocumentType {
    /** 被保険者証 (通常証); issued until 2024-12-01, valid at most to 2025-12-01. */
    INSURANCE_CARD("被保険者証", "国民健康保険被保険者証"),
    /** 短期被保険者証 (短期証); issued until 2024-12-01, valid at most to 2025-12-01. */
    SHORT_TERM_CARD("短期被保険者証", "国民健康保険被保険者証(短期)"),
    /** 被保険者資格証明書 (資格証); issued until 2024-12-01, valid at most to 2025-12-01. */
    QUALIFICATION_CERTIFICATE("被保険者資格証明書", "国民健康保険被保険者資格証明書"),
    /** 高齢受給者証 for insured persons aged 70 to 74; shows the 一部負担金の割合. */
    ELDERLY_RECIPIENT_CARD("高齢受給者証", "国民健康保険高齢受給者証"),
    /** 資格確認書, issued from 2024-12-02 to insured persons without a usable マイナ保険証. */
    ELIGIBILITY_CONFIRMATION_DOC("資格確認書", "国民健康保険資格確認書"),
    /** 資格確認書 marked 特別療養費 (long-term arrears: the window charges 10割), from 2024-12-02. */
    ELIGIBILITY_CONFIRMATION_DOC_SPECIAL_CARE_COST("資格確認書(特別療養費)", "国民健康保険資格確認書(特別療養費)"),
    /** 資格情報のお知らせ for マイナ保険証 holders, from 2024-12-02; cannot be used alone to receive care. */
    ELIGIBILITY_INFO_NOTICE("資格情報のお知らせ", "国民健康保険資格情報のお知らせ");

    private final String label;
    private final String title;

    DocumentType(String label, String title) {
        this.label = label;
        this.title = title;
    }

    /** @return the Japanese term, as staff name the document */
    public String label() {
        return label;
    }

    /** @return the title printed on the document */
    public String title() {
        return title;
    }

    /**
     * @return {@code true} for the 高齢受給者証, which is held beside the person's main document; every other type is
     *         a main document and a new one replaces the previous main document of the person
     */
    public boolean isElderlyRecipientCard() {
        return this == ELDERLY_RECIPIENT_CARD;
    }
}
