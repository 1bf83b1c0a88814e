package jp.openkokuho.nhi.eligibility.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Shared assertion for rule checks that must fail with a given rule id and item. */
final class RuleAssertions {
    private RuleAssertions() {
    }

    /**
     * @param call the check expected to fail
     * @param rule the expected rule id
     * @param item the expected data item
     */
    static void assertViolation(ThrowingCallable call, String rule, String item) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleCheckException.class, e -> {
            assertThat(e.rule()).isEqualTo(rule);
            assertThat(e.code()).isEqualTo(rule);
            assertThat(e.item()).isEqualTo(item);
            assertThat(e.getMessage()).startsWith(item + ": ");
        });
    }
}
