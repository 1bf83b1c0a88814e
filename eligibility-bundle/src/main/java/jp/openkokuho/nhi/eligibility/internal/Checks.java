package jp.openkokuho.nhi.eligibility.internal;

import jp.openkokuho.nhi.api.eligibility.RuleViolationException;

/** Input checks shared by the services: each failure is a {@link RuleViolationException} naming its rule. */
public final class Checks {
    private static final String DIGITS_15 = "[0-9]{1,15}";

    private Checks() {
    }

    /**
     * @param value a 宛名番号 or 世帯番号
     * @param item the item's Japanese name for the message
     * @return the value
     * @throws RuleViolationException INPUT unless 1 to 15 ASCII digits
     */
    public static String digits(String value, String item) {
        require(value != null && value.matches(DIGITS_15), "INPUT", item + " must be 1 to 15 ASCII digits"
            + (value == null ? " (missing)" : ""));
        return value;
    }

    /**
     * @param ok the condition
     * @param rule the rule id reported when it fails
     * @param message one line, without personal data in clear
     * @throws RuleViolationException if {@code ok} is false
     */
    public static void require(boolean ok, String rule, String message) {
        if (!ok) {
            throw new RuleViolationException(rule, message);
        }
    }
}
