package jp.openkokuho.nhi.eligibility.internal.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class RuleBasedBurdenRateSourceTest {
    private final BurdenRateSource source = new RuleBasedBurdenRateSource();

    @Test
    void withoutIncomeEveryoneTurning70FromApril2014Pays2Wari() {
        assertThat(source.ratePercent("112291", "1", LocalDate.of(1944, 4, 2), LocalDate.of(2014, 5, 1)))
            .isEqualTo(20);
        assertThat(source.ratePercent("112291", "1", LocalDate.of(1956, 11, 15), LocalDate.of(2026, 12, 1)))
            .isEqualTo(20);
    }

    @Test
    void bornOnOrBefore1944April1KeepsThe1WariSpecialMeasure() {
        assertThat(source.ratePercent("112291", "1", LocalDate.of(1944, 4, 1), LocalDate.of(2015, 8, 1)))
            .isEqualTo(10);
    }
}
