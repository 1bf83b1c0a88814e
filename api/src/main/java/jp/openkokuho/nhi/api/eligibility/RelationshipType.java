package jp.openkokuho.nhi.api.eligibility;

/** 続柄区分 within a 国保世帯. */
public enum RelationshipType {
    /** 世帯主: the head of the NHI household. */
    HEAD("世帯主"),
    /** 世帯員: any other member. */
    MEMBER("世帯員");

    private final String label;

    RelationshipType(String label) {
        this.label = label;
    }

    /** @return the Japanese term */
    public String label() {
        return label;
    }
}
