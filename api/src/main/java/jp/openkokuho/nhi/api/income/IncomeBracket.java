package jp.openkokuho.nhi.api.income;

/**
 * 所得区分 of a household for the 高額療養費 of members under 70 (R9), by the total 旧ただし書所得 of the household's
 * insured members. 区分オ (住民税非課税) needs the 非課税 status, which the income file does not carry; it is not
 * derived here.
 */
public enum IncomeBracket {
    /** 区分ア: over 9,010,000 yen. */
    BRACKET_A("ア"),
    /** 区分イ: over 6,000,000 up to 9,010,000 yen. */
    BRACKET_I("イ"),
    /** 区分ウ: over 2,100,000 up to 6,000,000 yen. */
    BRACKET_U("ウ"),
    /** 区分エ: 2,100,000 yen or less. */
    BRACKET_E("エ");

    private final String label;

    IncomeBracket(String label) {
        this.label = label;
    }

    /** @return the Japanese label (ア, イ, ウ, エ) */
    public String label() {
        return label;
    }
}
