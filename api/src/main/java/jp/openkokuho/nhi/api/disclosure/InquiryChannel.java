package jp.openkokuho.nhi.api.disclosure;

/** How an inquiry reached the municipality (受付方法). */
public enum InquiryChannel {
    /** 窓口. */
    COUNTER("窓口"),
    /** 電話. */
    PHONE("電話"),
    /** 文書. */
    LETTER("文書"),
    /** メール. */
    EMAIL("メール");

    private final String label;

    InquiryChannel(String label) {
        this.label = label;
    }

    /** @return the Japanese name */
    public String label() {
        return label;
    }
}
