package jp.openkokuho.nhi.eligibility.internal.rules;

import static jp.openkokuho.nhi.eligibility.internal.rules.RuleAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** R17 枝番: numbering a household, newcomers, no reuse by default, exhaustion at 99. */
class BranchNumberRuleTest {

    private static final RuleParameters DEFAULTS = RuleParameters.defaults();
    private static final RuleParameters REUSE = DEFAULTS.withReuseBranchNumbers(true);

    private static List<String> range(int fromInclusive, int toInclusive) {
        return IntStream.rangeClosed(fromInclusive, toInclusive).mapToObj(BranchNumberRule::format).toList();
    }

    @Test
    void householdOfThreeIsNumbered01To03() {
        assertThat(BranchNumberRule.initialBranchNumbers(3)).containsExactly("01", "02", "03");
    }

    @Test
    void newbornInAHouseholdOfThreeGets04() {
        List<String> members = List.of("01", "02", "03");
        assertThat(BranchNumberRule.nextBranchNumber(members, members, DEFAULTS)).isEqualTo("04");
    }

    @Test
    void aNumberOnceUsedIsNotReusedByDefault() {
        // member 04 left the household; 02 left earlier
        assertThat(BranchNumberRule.nextBranchNumber(List.of("01", "02", "03"), range(1, 4), DEFAULTS))
            .isEqualTo("05");
        assertThat(BranchNumberRule.nextBranchNumber(List.of("01", "03"), range(1, 3), DEFAULTS)).isEqualTo("04");
    }

    @Test
    void freedNumbersAreReusedWhenTheTenantAllowsIt() {
        assertThat(BranchNumberRule.nextBranchNumber(List.of("01", "02", "03"), range(1, 4), REUSE))
            .isEqualTo("04");
        assertThat(BranchNumberRule.nextBranchNumber(List.of("01", "03"), range(1, 3), REUSE)).isEqualTo("02");
    }

    @Test
    void exhaustedNumbersAreRejected() {
        assertThat(BranchNumberRule.nextBranchNumber(range(1, 98), range(1, 98), DEFAULTS)).isEqualTo("99");
        assertViolation(() -> BranchNumberRule.nextBranchNumber(range(1, 99), range(1, 99), DEFAULTS),
            "R17", "branch_no");
        assertViolation(() -> BranchNumberRule.nextBranchNumber(range(1, 5), range(1, 99), DEFAULTS),
            "R17", "branch_no");
        assertThat(BranchNumberRule.nextBranchNumber(range(1, 5), range(1, 99), REUSE)).isEqualTo("06");
        assertViolation(() -> BranchNumberRule.nextBranchNumber(range(1, 99), range(1, 99), REUSE),
            "R17", "branch_no");
    }

    @Test
    void formatAndParseTwoDigits() {
        assertThat(BranchNumberRule.format(4)).isEqualTo("04");
        assertThat(BranchNumberRule.format(99)).isEqualTo("99");
        assertThat(BranchNumberRule.parse("07")).isEqualTo(7);
        assertThat(BranchNumberRule.parse("99")).isEqualTo(99);
        assertViolation(() -> BranchNumberRule.format(0), "R17", "branch_no");
        assertViolation(() -> BranchNumberRule.format(100), "R17", "branch_no");
    }

    @ParameterizedTest(name = "\"{0}\" is not a branch number")
    @NullSource
    @ValueSource(strings = {"00", "4", "100", "ab", " 4", ""})
    void malformedBranchNumbersAreRejected(String value) {
        assertViolation(() -> BranchNumberRule.parse(value), "R17", "branch_no");
    }

    @Test
    void malformedStoredNumbersAreRejectedWhenAssigning() {
        assertViolation(() -> BranchNumberRule.nextBranchNumber(List.of("1"), List.of(), DEFAULTS),
            "R17", "branch_no");
    }

    @Test
    void initialNumberingIsLimitedTo99() {
        assertThat(BranchNumberRule.initialBranchNumbers(99)).hasSize(99).endsWith("99");
        assertViolation(() -> BranchNumberRule.initialBranchNumbers(0), "R17", "branch_no");
        assertViolation(() -> BranchNumberRule.initialBranchNumbers(100), "R17", "branch_no");
    }
}
