package jp.openkokuho.nhi.api.eligibility;

import jp.openkokuho.nhi.api.NhiException;

/**
 * A request breaks a domain rule; nothing of it was stored. {@link #code()} is the rule's id from the domain rules
 * (for example {@code R3}) or a validation id such as {@code INPUT}.
 */
public class RuleViolationException extends NhiException {
    private static final long serialVersionUID = 1L;

    /**
     * @param rule the rule id
     * @param message one line naming the item and what is wrong, without personal data in clear
     */
    public RuleViolationException(String rule, String message) {
        super(rule, message);
    }
}
