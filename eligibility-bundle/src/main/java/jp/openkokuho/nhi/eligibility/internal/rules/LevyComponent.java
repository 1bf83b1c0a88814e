package jp.openkokuho.nhi.eligibility.internal.rules;

/** The components (賦課方式の区分) of 国民健康保険税 that reductions and exemptions refer to. */
public enum LevyComponent {
    /** 所得割: the income-based part. */
    INCOME_LEVY("所得割"),
    /** 資産割: the asset-based part (few municipalities still levy it). */
    ASSET_LEVY("資産割"),
    /** 均等割: the per-insured-person flat part. */
    PER_CAPITA_LEVY("均等割"),
    /** 平等割: the per-household flat part. */
    PER_HOUSEHOLD_LEVY("平等割");

    private final String label;

    LevyComponent(String label) {
        this.label = label;
    }

    /** @return the Japanese term */
    public String label() {
        return label;
    }
}
