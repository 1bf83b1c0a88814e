package jp.openkokuho.nhi.api.disclosure;

/** Where a request stands. */
public enum PrivacyRequestStatus {
    /** 受付: registered, nothing done yet. */
    RECEIVED("受付"),
    /** 対応中: a disclosure was produced, a correction or a suspension applied; not yet decided. */
    IN_PROGRESS("対応中"),
    /** 完了: decided and closed with a {@link PrivacyRequestOutcome}; nothing more can be done under it. */
    CLOSED("完了");

    private final String label;

    PrivacyRequestStatus(String label) {
        this.label = label;
    }

    /** @return the Japanese name */
    public String label() {
        return label;
    }
}
