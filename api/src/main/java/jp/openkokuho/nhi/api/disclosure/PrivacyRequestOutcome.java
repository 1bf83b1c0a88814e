package jp.openkokuho.nhi.api.disclosure;

/** The decision that closes a request (決定). */
public enum PrivacyRequestOutcome {
    /** 全部認容 (全部開示・訂正・利用停止). */
    GRANTED("全部認容", false),
    /** 一部認容. */
    PARTIALLY_GRANTED("一部認容", false),
    /** 不認容 (不開示・訂正しない・利用停止しない): a suspension set under the request ends. */
    REFUSED("不認容", true),
    /** 取下げ: the requester withdrew; a suspension set under the request ends. */
    WITHDRAWN("取下げ", true);

    private final String label;
    private final boolean endsSuspension;

    PrivacyRequestOutcome(String label, boolean endsSuspension) {
        this.label = label;
        this.endsSuspension = endsSuspension;
    }

    /** @return the Japanese name */
    public String label() {
        return label;
    }

    /**
     * @return whether closing a 利用停止請求 with this outcome resumes the use that the request suspended (a granted
     *         request keeps the suspension in force)
     */
    public boolean endsSuspension() {
        return endsSuspension;
    }
}
