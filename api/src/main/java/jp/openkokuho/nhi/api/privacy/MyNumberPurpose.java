package jp.openkokuho.nhi.api.privacy;

/**
 * Why a caller wants the clear individual number (利用目的). {@link MyNumberService#reveal} discloses the number only
 * for a purpose whose {@link #permitted()} is {@code true}: the statutory uses of 国民健康保険 administration listed in
 * 番号法 第9条第1項 and 別表 (the insurer's own business) and 第19条 (provision through the 情報提供ネットワークシステム).
 * Everything else is refused, however privileged the caller: staff compare a number with a document by look-up
 * ({@link MyNumberService#findAtenaNo}), never by reading digits.
 */
public enum MyNumberPurpose {
    /** 中間サーバーへの加入者情報・副本の登録 (番号法第19条第8号): the number goes to the intermediate server. */
    INTERMEDIATE_SERVER_REGISTRATION("中間サーバー登録", true),
    /** 情報提供ネットワークシステムによる情報照会・提供 (番号法第19条第8号). */
    INFORMATION_NETWORK_EXCHANGE("情報照会・提供", true),
    /** 国民健康保険の資格・給付・保険料賦課の事務 (番号法第9条第1項・別表第一 30の項). */
    NHI_ADMINISTRATION("国民健康保険事務", true),
    /** Showing the number to staff on a screen or a list: never allowed (compare by look-up). */
    DISPLAY("画面表示", false),
    /** Statistics, analysis or any use outside the statute: never allowed. */
    OTHER("目的外利用", false);

    private final String japaneseName;
    private final boolean permitted;

    MyNumberPurpose(String japaneseName, boolean permitted) {
        this.japaneseName = japaneseName;
        this.permitted = permitted;
    }

    /** @return the name staff read */
    public String japaneseName() {
        return japaneseName;
    }

    /** @return {@code true} if the clear number may be disclosed for this purpose */
    public boolean permitted() {
        return permitted;
    }
}
