package jp.openkokuho.nhi.api.privacy;

/**
 * The kinds of records the platform deletes when their retention period (保管期間) has passed, with the statutory
 * minimum where there is one. The operation log is not among them: it holds no personal data values and is kept
 * whole so that it stays verifiable.
 */
public enum RetainedRecordKind {
    /** 移転記録 (情報提供等記録): one per delivery attempt; 番号法第23条 requires at least 7 years. */
    TRANSFER_RECORD("移転記録（情報提供等記録）", 7),
    /** Finished deliveries (delivered or dead letters), the delivery state of transfers: kept as long as their records. */
    DELIVERY("送信済み連携", 7),
    /** Imported residence status rows (在留資格). */
    RESIDENCE_STATUS("在留資格", 1),
    /** The log of imported files by hash; after deletion the same file would be imported again. */
    IMPORT_LOG("取込記録", 1),
    /**
     * A closed 開示・訂正・利用停止請求 with its steps, counted from its closing; an open request is never deleted.
     *
     * @since 1.2
     */
    PRIVACY_REQUEST("開示・訂正・利用停止請求の記録", 1),
    /**
     * 問合せ records; a thread (the first record and its follow-ups) is deleted only when all of it is past retention.
     *
     * @since 1.2
     */
    INQUIRY("問合せ記録", 1);

    private final String japaneseName;
    private final int minimumYears;

    RetainedRecordKind(String japaneseName, int minimumYears) {
        this.japaneseName = japaneseName;
        this.minimumYears = minimumYears;
    }

    /** @return the name staff read */
    public String japaneseName() {
        return japaneseName;
    }

    /** @return the shortest retention period, in years, that configuration may set */
    public int minimumYears() {
        return minimumYears;
    }
}
