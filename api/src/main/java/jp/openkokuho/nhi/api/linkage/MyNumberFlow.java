package jp.openkokuho.nhi.api.linkage;

/**
 * The only flows in which an individual number leaves the 宛名番号 mapping in clear, each with its legal basis as the
 * seed's 特定個人情報保護評価書 states it. Inquiries and provisions through the 情報提供ネットワークシステム use the
 * 符号, never the number.
 */
public enum MyNumberFlow {
    /** 資格継続・高額該当引継ぎ via 国保情報集約システム (委託事項2; 番号法9条1項 別表第一30項). */
    FEDERATION_QUALIFICATION("国保情報集約システムへの資格情報(委託事項2、番号法第9条第1項別表第一30項)"),
    /** 資格履歴・枝番紐付 in the 医療保険者等向け中間サーバー等 (委託事項3; 番号法附則6条4項, 国保法113条の3). */
    INSURER_INTERMEDIATE_SERVER("医療保険者等向け中間サーバー等への資格履歴登録(委託事項3、番号法附則第6条第4項、国民健康保険法第113条の3)");

    private final String legalBasis;

    MyNumberFlow(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    /** @return the flow and its legal basis, as staff read it */
    public String legalBasis() {
        return legalBasis;
    }
}
