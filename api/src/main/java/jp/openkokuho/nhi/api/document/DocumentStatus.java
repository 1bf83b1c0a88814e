package jp.openkokuho.nhi.api.document;

/** The state of an issued document as its latest recorded version states it. */
public enum DocumentStatus {
    /** 交付: issued and in the resident's hands. */
    ISSUED("交付"),
    /** 再交付: issued again (lost, damaged) with a new 交付年月日; still the same document. */
    REISSUED("再交付"),
    /** 返還: handed back to the insurer; no longer usable. */
    RETURNED("返還"),
    /** 差替: replaced by a later document of the person (a new issuance or the yearly 一斉更新). */
    SUPERSEDED("差替");

    private final String label;

    DocumentStatus(String label) {
        this.label = label;
    }

    /** @return the Japanese term */
    public String label() {
        return label;
    }

    /** @return {@code true} while the document is usable (issued or reissued) */
    public boolean isCurrent() {
        return this == ISSUED || this == REISSUED;
    }
}
