package jp.openkokuho.nhi.api.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names and numbers here are made up. */
class MaskingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "山田 太郎|山＊＊＊＊",
        "ヤマダ　タロウ|ヤ＊＊＊＊＊＊",
        "'  山田太郎 '|山＊＊＊",
        "Yamada Taro|Y＊＊＊＊＊＊＊＊＊＊",
        "𠮷田|𠮷＊",
        "𠮷野𠮷子|𠮷＊＊＊",
        "李|＊",
        "𠮷|＊",
    })
    void nameKeepsTheFirstCharacterOnly(String name, String expected) {
        assertThat(Masking.name(name)).isEqualTo(expected);
    }

    @Test
    void nameNeverCutsAVariationSequenceOrACombiningMark() {
        // 葛 + VS17 (U+E0100) is one character; か + combining dakuten is one character
        assertThat(Masking.name("葛\uDB40\uDD00城")).isEqualTo("葛\uDB40\uDD00＊");
        assertThat(Masking.name("か\u3099き")).isEqualTo("か\u3099＊");
        assertThat(Masking.name("か\u3099")).isEqualTo("＊");
        assertThat(Masking.name("山田\u3099太郎")).isEqualTo("山＊＊＊");
    }

    @Test
    void blankAndNullNames() {
        assertThat(Masking.name(null)).isNull();
        assertThat(Masking.name("")).isEmpty();
        assertThat(Masking.name(" \u3000")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "000123456|＊＊＊＊＊3456",
        "000000000000123|＊＊＊＊＊＊＊＊＊＊＊0123",
        "12345|＊2345",
        "1234|＊＊＊＊",
        "12|＊＊",
        "' 000123456 '|＊＊＊＊＊3456",
    })
    void atenaNumberShowsTheLastFourOnly(String atena, String expected) {
        assertThat(Masking.atenaNumber(atena)).isEqualTo(expected);
    }

    @Test
    void blankAndNullAtenaNumbers() {
        assertThat(Masking.atenaNumber(null)).isNull();
        assertThat(Masking.atenaNumber("")).isEmpty();
    }
}
