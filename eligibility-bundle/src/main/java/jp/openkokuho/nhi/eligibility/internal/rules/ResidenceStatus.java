package jp.openkokuho.nhi.eligibility.internal.rules;

/**
 * 在留資格: the residence statuses of 出入国管理及び難民認定法 別表第一・第二, the special permanent residents of 入管特例法,
 * "no status", and the variants of 特定活動 that 国保法施行規則1条 treats differently. The official 在留資格コード table
 * was not available (doc §(e) 9), so the constants carry no code; mapping from 住基/入管 codes belongs to the
 * interface layer.
 *
 * <p>{@link #isExcluded()} marks the statuses that never give NHI coverage (施行規則1条); {@link #mayCoverShortStay()}
 * marks those covered despite a period of 3 months or less when documents show a stay beyond 3 months (R13).
 */
public enum ResidenceStatus {
    /** 外交 (excluded). */
    DIPLOMAT("外交", true, false),
    /** 公用 (≤3 months covered if documents show a longer stay). */
    OFFICIAL("公用", false, true),
    /** 教授. */
    PROFESSOR("教授", false, false),
    /** 芸術. */
    ARTIST("芸術", false, false),
    /** 宗教. */
    RELIGIOUS_ACTIVITIES("宗教", false, false),
    /** 報道. */
    JOURNALIST("報道", false, false),
    /** 高度専門職. */
    HIGHLY_SKILLED_PROFESSIONAL("高度専門職", false, false),
    /** 経営・管理. */
    BUSINESS_MANAGER("経営・管理", false, false),
    /** 法律・会計業務. */
    LEGAL_ACCOUNTING_SERVICES("法律・会計業務", false, false),
    /** 医療. */
    MEDICAL_SERVICES("医療", false, false),
    /** 研究. */
    RESEARCHER("研究", false, false),
    /** 教育. */
    INSTRUCTOR("教育", false, false),
    /** 技術・人文知識・国際業務. */
    ENGINEER_HUMANITIES_INTERNATIONAL("技術・人文知識・国際業務", false, false),
    /** 企業内転勤. */
    INTRA_COMPANY_TRANSFEREE("企業内転勤", false, false),
    /** 介護. */
    NURSING_CARE("介護", false, false),
    /** 興行 (≤3 months covered if documents show a longer stay). */
    ENTERTAINER("興行", false, true),
    /** 技能. */
    SKILLED_LABOR("技能", false, false),
    /** 特定技能. */
    SPECIFIED_SKILLED_WORKER("特定技能", false, false),
    /** 技能実習 (≤3 months covered if documents show a longer stay). */
    TECHNICAL_INTERN_TRAINING("技能実習", false, true),
    /** 文化活動. */
    CULTURAL_ACTIVITIES("文化活動", false, false),
    /** 短期滞在 (excluded). */
    TEMPORARY_VISITOR("短期滞在", true, false),
    /** 留学. */
    STUDENT("留学", false, false),
    /** 研修. */
    TRAINEE("研修", false, false),
    /** 家族滞在 (≤3 months covered if documents show a longer stay). */
    DEPENDENT("家族滞在", false, true),
    /** 特定活動, any designation not listed separately (≤3 months covered if documents show a longer stay). */
    DESIGNATED_ACTIVITIES("特定活動", false, true),
    /** 特定活動 for medical treatment, 告示25号 (excluded). */
    DESIGNATED_ACTIVITIES_MEDICAL_STAY("特定活動(医療滞在)", true, false),
    /** 特定活動 as attendant of a medical-stay patient, 告示26号 (excluded). */
    DESIGNATED_ACTIVITIES_MEDICAL_ATTENDANT("特定活動(医療滞在の同伴者)", true, false),
    /** 特定活動 for sightseeing and recreation up to 1 year, aged 18 or over, 告示40号 (excluded). */
    DESIGNATED_ACTIVITIES_LONG_STAY_SIGHTSEEING("特定活動(長期観光)", true, false),
    /** 特定活動 as accompanying spouse of a long-stay sightseer, 告示41号 (excluded). */
    DESIGNATED_ACTIVITIES_LONG_STAY_SIGHTSEEING_SPOUSE("特定活動(長期観光の同伴配偶者)", true, false),
    /** 永住者. */
    PERMANENT_RESIDENT("永住者", false, false),
    /** 日本人の配偶者等. */
    SPOUSE_OF_JAPANESE("日本人の配偶者等", false, false),
    /** 永住者の配偶者等. */
    SPOUSE_OF_PERMANENT_RESIDENT("永住者の配偶者等", false, false),
    /** 定住者. */
    LONG_TERM_RESIDENT("定住者", false, false),
    /** 特別永住者 (入管特例法; not a 在留資格 in the strict sense, no period of stay). */
    SPECIAL_PERMANENT_RESIDENT("特別永住者", false, false),
    /** 在留資格なし: no status, including overstayers (excluded). */
    NONE("在留資格なし", true, false);

    private final String label;
    private final boolean excluded;
    private final boolean shortStayCoverable;

    ResidenceStatus(String label, boolean excluded, boolean shortStayCoverable) {
        this.label = label;
        this.excluded = excluded;
        this.shortStayCoverable = shortStayCoverable;
    }

    /** @return the Japanese term */
    public String label() {
        return label;
    }

    /** @return {@code true} if the status never gives NHI coverage (施行規則1条) */
    public boolean isExcluded() {
        return excluded;
    }

    /**
     * @return {@code true} if a period of stay of 3 months or less still gives coverage when documents show a stay
     *         beyond 3 months (興行, 技能実習, 家族滞在, 特定活動, 公用)
     */
    public boolean mayCoverShortStay() {
        return shortStayCoverable;
    }
}
