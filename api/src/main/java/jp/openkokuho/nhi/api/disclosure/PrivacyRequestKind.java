package jp.openkokuho.nhi.api.disclosure;

/** What a person asks for (個人情報保護法 第76条・第90条・第98条, 番号法 第30条による読替え). */
public enum PrivacyRequestKind {
    /** 開示請求: a copy of everything the municipality holds about the person. */
    DISCLOSURE("開示請求"),
    /** 訂正請求: a held record is wrong and is to be corrected. */
    CORRECTION("訂正請求"),
    /** 利用停止請求: use and provision of the person's data is to stop. */
    SUSPENSION("利用停止請求");

    private final String label;

    PrivacyRequestKind(String label) {
        this.label = label;
    }

    /** @return the Japanese name printed for staff and residents */
    public String label() {
        return label;
    }
}
