package jp.openkokuho.nhi.api.disclosure;

/** Who filed the request, relative to the person it concerns (請求者の区分). */
public enum RequesterRelation {
    /** 本人. */
    SELF("本人"),
    /** 法定代理人 (親権者, 成年後見人). */
    LEGAL_REPRESENTATIVE("法定代理人"),
    /** 任意代理人 (本人の委任による代理人; 特定個人情報では番号法 第30条により認められる). */
    AUTHORISED_AGENT("任意代理人");

    private final String label;

    RequesterRelation(String label) {
        this.label = label;
    }

    /** @return the Japanese name */
    public String label() {
        return label;
    }
}
