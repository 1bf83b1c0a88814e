package jp.openkokuho.nhi.eligibility.internal.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class WarekiTest {
    @Test
    void datesArePrintedInTheJapaneseEra() {
        assertThat(Wareki.format(LocalDate.of(1955, 4, 1))).isEqualTo("昭和30年4月1日");
        assertThat(Wareki.format(LocalDate.of(1989, 1, 7))).isEqualTo("昭和64年1月7日");
        assertThat(Wareki.format(LocalDate.of(1989, 1, 8))).isEqualTo("平成元年1月8日");
        assertThat(Wareki.format(LocalDate.of(2019, 4, 30))).isEqualTo("平成31年4月30日");
        assertThat(Wareki.format(LocalDate.of(2019, 5, 1))).isEqualTo("令和元年5月1日");
        assertThat(Wareki.format(LocalDate.of(2026, 7, 31))).isEqualTo("令和8年7月31日");
    }
}
