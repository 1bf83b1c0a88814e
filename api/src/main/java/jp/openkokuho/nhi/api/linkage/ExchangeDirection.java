package jp.openkokuho.nhi.api.linkage;

/** Direction of an exchange through the 中間サーバー. */
public enum ExchangeDirection {
    /** 情報照会: this municipality asks. */
    INQUIRY,
    /** 情報提供: this municipality provides. */
    PROVISION
}
