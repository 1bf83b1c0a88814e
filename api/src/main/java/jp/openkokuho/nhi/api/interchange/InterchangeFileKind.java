package jp.openkokuho.nhi.api.interchange;

/** The four files of 別添1, with the names staff use on the command line. */
public enum InterchangeFileKind {
    /** 資格異動ファイル. */
    QUALIFICATION_CHANGE("qualification-change", "資格異動ファイル"),
    /** 緩和措置異動情報ファイル. */
    MITIGATION_CHANGE("mitigation-change", "緩和措置異動情報ファイル"),
    /** 国保資格取得喪失年月日連携ファイル. */
    PREF_QUALIFICATION_DATES("pref-qualification-dates", "国保資格取得喪失年月日連携ファイル"),
    /** 在留資格ファイル. */
    RESIDENCE_STATUS("residence-status", "在留資格ファイル");

    private final String cliName;
    private final String japaneseName;

    InterchangeFileKind(String cliName, String japaneseName) {
        this.cliName = cliName;
        this.japaneseName = japaneseName;
    }

    /** @return the lower-case name used by commands (e.g. {@code residence-status}) */
    public String cliName() {
        return cliName;
    }

    /** @return the file's Japanese name */
    public String japaneseName() {
        return japaneseName;
    }

    /**
     * @param name a {@link #cliName()} or a constant name, any case
     * @return the kind
     * @throws IllegalArgumentException naming the valid kinds
     */
    public static InterchangeFileKind parse(String name) {
        for (InterchangeFileKind k : values()) {
            if (k.cliName.equalsIgnoreCase(name) || k.name().equalsIgnoreCase(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown file kind '" + name + "'; use qualification-change,"
            + " mitigation-change, pref-qualification-dates or residence-status");
    }
}
