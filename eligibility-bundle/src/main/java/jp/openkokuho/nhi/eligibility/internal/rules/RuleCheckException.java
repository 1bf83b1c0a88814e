package jp.openkokuho.nhi.eligibility.internal.rules;

import jp.openkokuho.nhi.api.eligibility.RuleViolationException;

/**
 * A rule check in this package found input that breaks a domain rule. Every check in the rules package reports a
 * violation by throwing this exception; outcomes that are legitimate results (not eligible, not covered, no exempt
 * month) are returned as values instead.
 *
 * <p>It is a {@link RuleViolationException}, so the eligibility service can let it pass to callers unchanged:
 * {@link #code()} (= {@link #rule()}) is the rule id from the domain rules (for example {@code R10}), {@link #item()}
 * the data item at fault (the glossary identifier, for example {@code retiree_from_date}), and the message is
 * {@code "item: what is wrong"}. Messages name limits and items, never personal data in clear.
 */
public final class RuleCheckException extends RuleViolationException {
    private static final long serialVersionUID = 1L;

    private final String item;

    /**
     * @param rule the rule id, for example {@code R17}
     * @param item the data item at fault, as its glossary identifier
     * @param message what is wrong, in one line, without personal data in clear
     */
    public RuleCheckException(String rule, String item, String message) {
        super(rule, item + ": " + message);
        this.item = item;
    }

    /** @return the rule id, the same as {@link #code()} */
    public String rule() {
        return code();
    }

    /** @return the data item at fault (glossary identifier) */
    public String item() {
        return item;
    }
}
