package jp.openkokuho.nhi.api.disclosure;

/** One step taken under a request. */
public enum PrivacyRequestActionKind {
    /** 受付. */
    REGISTERED("受付"),
    /** 開示書類の作成 (one per production; the detail names the file and its SHA-256). */
    DISCLOSURE_PRODUCED("開示書類作成"),
    /** 訂正の実施 (the detail names what was corrected). */
    CORRECTION_APPLIED("訂正実施"),
    /** 利用停止の実施. */
    SUSPENSION_APPLIED("利用停止実施"),
    /** 利用停止の解除 (closing a request whose outcome ends the suspension). */
    SUSPENSION_ENDED("利用停止解除"),
    /** 完了 (the detail is the outcome and the staff's note). */
    CLOSED("完了");

    private final String label;

    PrivacyRequestActionKind(String label) {
        this.label = label;
    }

    /** @return the Japanese name */
    public String label() {
        return label;
    }
}
