package jp.openkokuho.nhi.eligibility.internal.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import jp.openkokuho.nhi.eligibility.internal.interchange.DateParser.InvalidDateException;
import jp.openkokuho.nhi.eligibility.internal.interchange.DateParser.Problem;

class DateParserTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "2021-09-01, 2021-09-01",
        "20210901, 2021-09-01",
        "令和3年9月1日, 2021-09-01",
        "令和03年09月01日, 2021-09-01",
        "R03.09.01, 2021-09-01",
        "令和元年5月1日, 2019-05-01",
        "令和1年5月1日, 2019-05-01",
        "R01.05.01, 2019-05-01",
        "平成31年4月30日, 2019-04-30",
        "H31.04.30, 2019-04-30",
        "2020-02-29, 2020-02-29",
        "00010101, 0001-01-01",
    })
    void acceptsEveryForm(String text, LocalDate expected) {
        assertThat(DateParser.parse(text)).isEqualTo(expected);
    }

    @Test
    void heiseiReiwaBoundary() {
        assertThat(DateParser.parse("平成31年4月30日")).isEqualTo(LocalDate.of(2019, 4, 30));
        assertThat(DateParser.parse("令和元年5月1日")).isEqualTo(LocalDate.of(2019, 5, 1));
        assertProblem("平成31年5月1日", Problem.ERA_RANGE);
        assertProblem("H31.05.01", Problem.ERA_RANGE);
        assertProblem("令和元年4月30日", Problem.ERA_RANGE);
        assertProblem("R01.04.30", Problem.ERA_RANGE);
        assertProblem("平成32年1月1日", Problem.ERA_RANGE);
    }

    @Test
    void showaHeiseiBoundary() {
        assertThat(DateParser.parse("昭和64年1月7日")).isEqualTo(LocalDate.of(1989, 1, 7));
        assertThat(DateParser.parse("平成元年1月8日")).isEqualTo(LocalDate.of(1989, 1, 8));
        assertThat(DateParser.parse("H01.01.08")).isEqualTo(LocalDate.of(1989, 1, 8));
        assertProblem("昭和64年1月8日", Problem.ERA_RANGE);
        assertProblem("平成元年1月7日", Problem.ERA_RANGE);
    }

    @Test
    void taishoShowaBoundary() {
        assertThat(DateParser.parse("大正15年12月24日")).isEqualTo(LocalDate.of(1926, 12, 24));
        assertThat(DateParser.parse("昭和元年12月25日")).isEqualTo(LocalDate.of(1926, 12, 25));
        assertThat(DateParser.parse("S01.12.25")).isEqualTo(LocalDate.of(1926, 12, 25));
        assertProblem("昭和元年12月24日", Problem.ERA_RANGE);
        assertProblem("大正15年12月25日", Problem.ERA_RANGE);
    }

    @Test
    void meijiBeforeGregorianAdoptionIsRefused() {
        assertThat(DateParser.parse("明治6年1月1日")).isEqualTo(LocalDate.of(1873, 1, 1));
        assertThat(DateParser.parse("M45.07.29")).isEqualTo(LocalDate.of(1912, 7, 29));
        assertThat(DateParser.parse("T01.07.30")).isEqualTo(LocalDate.of(1912, 7, 30));
        assertProblem("明治5年12月31日", Problem.ERA_RANGE);
        assertThatThrownBy(() -> DateParser.parse("明治5年12月31日"))
            .hasMessage("is before 明治6年1月1日 (1873-01-01), which is not supported");
    }

    @Test
    void yearZeroOfAnEraIsRefused() {
        assertProblem("令和0年5月1日", Problem.ERA_RANGE);
        assertProblem("R00.05.01", Problem.ERA_RANGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-01-01", "00000101", "0000-12-31"})
    void refusesTheNonExistentYearZeroWhichTheStoresCannotHold(String text) {
        assertThatThrownBy(() -> DateParser.parse(text)).isInstanceOf(DateParser.InvalidDateException.class)
            .hasMessage("has year 0000, which does not exist (the first year is 0001)")
            .satisfies(e -> assertThat(((DateParser.InvalidDateException) e).problem()).isEqualTo(Problem.INVALID));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-02-29", "2021-02-30", "20210230", "2021-13-01", "2021-00-10", "2021-04-31",
        "2021-04-00", "令和3年2月30日", "令和3年13月1日", "R03.13.01", "R03.02.29", "00000000", "99999999"})
    void refusesImpossibleDates(String text) {
        assertProblem(text, Problem.INVALID);
        assertThatThrownBy(() -> DateParser.parse(text))
            .hasMessage("is not an existing date (month 1-12, day within the month)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021/09/01", "2021-9-1", "2021-09-01 ", " 2021-09-01", "２０２１-０９-０１", "202109010",
        "令和３年９月１日", "令和3年9月1", "R3.9.1", "r03.09.01", "X03.09.01", "令和03.09.01", "2021年9月1日",
        "平成元年", "1.0E7", "-2021-09-01", "2021-09-01T00:00"})
    void refusesOtherForms(String text) {
        assertProblem(text, Problem.FORMAT);
        assertThatThrownBy(() -> DateParser.parse(text))
            .hasMessage("is not a date in one of the forms yyyy-MM-dd, yyyyMMdd, 令和3年9月1日, R03.09.01");
    }

    @Test
    void problemsCarryTheirCheckIds() {
        assertThat(Problem.FORMAT.check()).isEqualTo(CheckId.DATE_FORMAT);
        assertThat(Problem.INVALID.check()).isEqualTo(CheckId.DATE_INVALID);
        assertThat(Problem.ERA_RANGE.check()).isEqualTo(CheckId.DATE_ERA_RANGE);
    }

    @Test
    void formatsAsIsoWithFourDigitYears() {
        assertThat(DateParser.format(LocalDate.of(2019, 5, 1))).isEqualTo("2019-05-01");
        assertThat(DateParser.format(LocalDate.of(33, 1, 2))).isEqualTo("0033-01-02");
        assertThatThrownBy(() -> DateParser.format(LocalDate.of(10_000, 1, 1)))
            .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertProblem(String text, Problem problem) {
        assertThatThrownBy(() -> DateParser.parse(text))
            .isInstanceOfSatisfying(InvalidDateException.class, e -> assertThat(e.problem()).isEqualTo(problem));
    }
}
