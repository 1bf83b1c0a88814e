package jp.openkokuho.nhi.api.transfer;

/** Topics of {@link EligibilityChange#changeType()}, lower case and '/'-separated. */
public final class ChangeTypes {
    /** 資格取得: a coverage period began. */
    public static final String ACQUIRED = "nhi/eligibility/acquired";
    /** 資格喪失: a coverage period ended. */
    public static final String LOST = "nhi/eligibility/lost";

    private ChangeTypes() {
    }
}
