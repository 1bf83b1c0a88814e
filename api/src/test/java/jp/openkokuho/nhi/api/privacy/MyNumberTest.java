package jp.openkokuho.nhi.api.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** All numbers here are synthetic: made up to pass or fail the check digit, none belongs to a person. */
class MyNumberTest {
    private static final String VALID = "123456789018";
    private static final String MASK = "個人番号(12桁・非表示)";

    /** Independent formulation of 第5条: the weights read left to right over the first 11 digits. */
    private static int referenceCheckDigit(String first11) {
        int[] weights = {6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (first11.charAt(i) - '0') * weights[i];
        }
        return sum % 11 <= 1 ? 0 : 11 - sum % 11;
    }

    @Test
    void theOrdinancesExample() {
        assertThat(MyNumber.checkDigit("12345678901")).isEqualTo(8);
        assertThat(MyNumber.isValid("123456789018")).isTrue();
        assertThat(MyNumber.requireValid("123456789018")).isEqualTo("123456789018");
    }

    @ParameterizedTest
    @CsvSource({"00000000000,0", "11111111111,8", "98765432109,3", "31415926535,2", "27182818284,0",
        "55555555555,7", "00000000006,0"})
    void checkDigitsOfSyntheticBodies(String body, int digit) {
        assertThat(MyNumber.checkDigit(body)).isEqualTo(digit).isEqualTo(referenceCheckDigit(body));
        assertThat(MyNumber.isValid(body + digit)).isTrue();
    }

    @Test
    void checkDigitAgreesWithTheReferenceOverManyBodies() {
        for (long seed = 0; seed < 20_000; seed++) {
            String body = String.format("%011d", (seed * 7_919_993_137L) % 100_000_000_000L);
            assertThat(MyNumber.checkDigit(body)).as("body #%d", seed).isEqualTo(referenceCheckDigit(body));
        }
    }

    @Test
    void allZerosPassBecauseTheCheckDigitIsATypoFilterNotAControl() {
        assertThat(MyNumber.isValid("000000000000")).isTrue();
        // remainder 1 also gives 0, so this single-digit change of 000000000000 is not detected
        assertThat(MyNumber.isValid("000000000060")).isTrue();
    }

    @Test
    void everySingleDigitChangeOfAValidNumberIsRejected() {
        // holds for every number whose remainder is 2..10 (the example's is 3); see the test above for 0 and 1
        for (String valid : List.of(VALID, "987654321093", "314159265352", "555555555557")) {
            List<String> accepted = new ArrayList<>();
            int variants = 0;
            for (int pos = 0; pos < 12; pos++) {
                for (char d = '0'; d <= '9'; d++) {
                    if (d == valid.charAt(pos)) {
                        continue;
                    }
                    String changed = valid.substring(0, pos) + d + valid.substring(pos + 1);
                    variants++;
                    if (MyNumber.isValid(changed)) {
                        accepted.add(changed);
                    }
                }
            }
            assertThat(variants).isEqualTo(108);
            assertThat(accepted).as("one-digit changes of a valid number").isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"１２３４５６７８９０１８", "12345678901８", "12345678901", "1234567890180", "1234 5678 9018",
        "1234-5678-9018", " 123456789018", "12345678901A", "", "١٢٣٤٥٦٧٨٩٠١٨"})
    void onlyTwelveAsciiDigitsAreValid(String candidate) {
        assertThat(MyNumber.isValid(candidate)).isFalse();
        assertThatThrownBy(() -> MyNumber.requireValid(candidate))
            .isInstanceOf(InvalidMyNumberException.class)
            .hasMessageStartingWith("個人番号 must be 12 ASCII digits (got ")
            .satisfies(e -> assertThat(((InvalidMyNumberException) e).code()).isEqualTo("MY_NUMBER_INVALID"));
    }

    @Test
    void requireValidNamesTheRuleButNeverTheNumber() {
        assertThatThrownBy(() -> MyNumber.requireValid("123456789012"))
            .isInstanceOf(InvalidMyNumberException.class)
            .hasMessage("個人番号 fails the check digit (平成26年総務省令第85号第5条)");
        assertThatThrownBy(() -> MyNumber.requireValid(null)).hasMessage("個人番号 is missing");
        assertThatThrownBy(() -> MyNumber.requireValid("12345678901"))
            .hasMessage("個人番号 must be 12 ASCII digits (got 11 characters)");
        for (String bad : List.of("123456789012", "12345678901", "１２３４５６７８９０１８", "1234567890123")) {
            Throwable t = catchInvalid(() -> MyNumber.requireValid(bad));
            assertThat(t.getMessage()).doesNotContain(bad).doesNotContain("12345678901").doesNotContain("9018");
            assertThat(t.toString()).doesNotContain(bad);
        }
    }

    @Test
    void checkDigitRefusesBadBodiesWithoutEchoingThem() {
        for (String bad : new String[] {null, "1234567890", "123456789012", "１２３４５６７８９０１", "1234567890x"}) {
            assertThatThrownBy(() -> MyNumber.checkDigit(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the body of a 個人番号 must be 11 ASCII digits");
        }
    }

    @Test
    void theValueTypePrintsOnlyTheMask() {
        MyNumber n = MyNumber.of(VALID);
        assertThat(n.digits()).isEqualTo(VALID);
        assertThat(n.toString()).isEqualTo(MASK);
        assertThat("subject " + n).isEqualTo("subject " + MASK);
        assertThat(String.format("%s", n)).isEqualTo(MASK);
        assertThat(List.of(n).toString()).doesNotContain(VALID);
        assertThat(n).isEqualTo(MyNumber.of(VALID)).hasSameHashCodeAs(MyNumber.of(VALID))
            .isNotEqualTo(MyNumber.of("000000000000"));
        assertThatThrownBy(() -> MyNumber.of("123456789012")).isInstanceOf(InvalidMyNumberException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789018", " 123456789018\t", "1234 5678 9018", "1234-5678-9018",
        "１２３４５６７８９０１８", "１２３４－５６７８－９０１８", "1234　5678　9018", "1234\u22125678\u22129018",
        "12345678901８"})
    void normalizeAcceptsTheWaysPeopleWriteTheNumber(String input) {
        assertThat(MyNumber.normalize(input)).isEqualTo(VALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678901", "1234-5678 9018", "12345678-9018", "1234--5678-9018", "1234 56789018",
        "12a456789018", "123-456-789-018", "1234.5678.9018", "+123456789018"})
    void normalizeRepairsNothingElse(String input) {
        assertThatThrownBy(() -> MyNumber.normalize(input))
            .isInstanceOf(InvalidMyNumberException.class)
            .hasMessageStartingWith("個人番号 must be 12 digits, in a row or as three groups of four")
            .satisfies(e -> assertThat(e.getMessage()).doesNotContain(input.strip()));
    }

    @Test
    void normalizeStillChecksTheCheckDigit() {
        assertThatThrownBy(() -> MyNumber.normalize("1234 5678 9012"))
            .hasMessage("個人番号 fails the check digit (平成26年総務省令第85号第5条)");
        assertThatThrownBy(() -> MyNumber.normalize(null)).hasMessage("個人番号 is missing");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\u3000"})
    void maskOfNoNumberSaysThereIsNone(String none) {
        assertThat(MyNumber.mask(none)).isEqualTo("個人番号(なし)").isEqualTo(MyNumber.ABSENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789018", "123456789012", "12345", "not a number"})
    void maskOfAnyRecordedValueShowsNoDigit(String recorded) {
        assertThat(MyNumber.mask(recorded)).isEqualTo(MASK).isEqualTo(MyNumber.MASK).doesNotContain(recorded);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "照会 123456789018 を受付|照会 " + MASK + " を受付",
        "ID:123456789018,|ID:" + MASK + ",",
        "x123456789018y|x" + MASK + "y",
        "a=123456789018,b=987654321098|a=" + MASK + ",b=" + MASK,
        "番号１２３４５６７８９０１８です|番号" + MASK + "です",
        "mixed 123456７８９０１８.|mixed " + MASK + ".",
        "20250101 123456789018|20250101 " + MASK,
        "123456789018-123456789018|" + MASK + "-" + MASK,
        "123456789018 1件|" + MASK + " 1件",
        "card 1234 5678 9018|card " + MASK,
        "card 1234-5678-9018 end|card " + MASK + " end",
        "card １２３４－５６７８－９０１８|card " + MASK,
        "1234 5678 9018 1件|" + MASK + " 1件",
        "1234 5678 9018 and 5678 1234 0000 0000|" + MASK + " and 5678 1234 0000 0000",
        "12 1234 5678 9018|12 " + MASK,
    })
    void redactMasksStandaloneNumbers(String text, String expected) {
        assertThat(MyNumber.redact(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890181", "91234567890189", "12345678901", "123456789018123456789018",
        "tel 03-1234-5678", "card 1234 5678 9018 1234", "0000 1234 5678 9018", "1234-5678 9018",
        "1234 5678 90181", "法人番号 1234567890123", "no digits at all", ""})
    void redactLeavesOtherDigitRunsWhole(String text) {
        assertThat(MyNumber.redact(text)).isEqualTo(text);
    }

    @Test
    void redactOfNullIsNull() {
        assertThat(MyNumber.redact(null)).isNull();
    }

    @Test
    void redactIsIdempotent() {
        String once = MyNumber.redact("a 123456789018 b 1234 5678 9018 c");
        assertThat(once).isEqualTo("a " + MASK + " b " + MASK + " c");
        assertThat(MyNumber.redact(once)).isEqualTo(once);
    }

    private static Throwable catchInvalid(Runnable r) {
        try {
            r.run();
        } catch (InvalidMyNumberException e) {
            return e;
        }
        throw new AssertionError("expected InvalidMyNumberException");
    }
}
