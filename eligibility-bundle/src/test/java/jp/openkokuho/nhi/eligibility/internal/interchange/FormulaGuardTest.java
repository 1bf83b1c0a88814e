package jp.openkokuho.nhi.eligibility.internal.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaGuardTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "=1+2|'=1+2",
        "+81|'+81",
        "-5|'-5",
        "@SUM(A1)|'@SUM(A1)",
        "'=x|''=x",
        "''-x|'''-x",
        "abc|abc",
        "'abc|'abc",
        "a=b|a=b",
        "'|'",
    })
    void prefixesFormulaLeadingValues(String value, String cell) {
        assertThat(FormulaGuard.protect(value)).isEqualTo(cell);
        assertThat(FormulaGuard.unprotect(cell)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\tx", "\rx", "'\t", "", "'", "''", "x'", "=", "'='"})
    void roundTripsExactly(String value) {
        assertThat(FormulaGuard.unprotect(FormulaGuard.protect(value))).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\tx", "\rx"})
    void tabAndCarriageReturnAreTriggers(String value) {
        assertThat(FormulaGuard.protect(value)).isEqualTo("'" + value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"'abc", "'", "'1", "x'=1"})
    void apostrophesNotBeforeATriggerAreKeptOnImport(String cell) {
        assertThat(FormulaGuard.unprotect(cell)).isEqualTo(cell);
    }
}
