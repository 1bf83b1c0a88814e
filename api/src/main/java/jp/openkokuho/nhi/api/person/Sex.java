package jp.openkokuho.nhi.api.person;

/** 性別 as a card prints it. */
public enum Sex {
    /** 男 */
    MALE("男"),
    /** 女 */
    FEMALE("女");

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    /** @return the Japanese term printed on documents */
    public String label() {
        return label;
    }
}
