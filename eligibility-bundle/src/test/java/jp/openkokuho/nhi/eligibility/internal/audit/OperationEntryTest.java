package jp.openkokuho.nhi.eligibility.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** No personal data value can reach the chained bytes through an entry. */
class OperationEntryTest {
    private static final String INDEX = "bi1:0f1e2d3c4b5a69788796a5b4c3d2e1f0";

    private static OperationEntry with(String subject, List<String> items) {
        return new OperationEntry("tanaka", "clerk", "eligibility.read", "国民健康保険法第9条", subject, items,
            OperationOutcome.OK, "req-1");
    }

    @Test
    void itemNamesAreSortedWithoutDuplicatesAndStoredAsACommaList() {
        OperationEntry e = with(INDEX, List.of("nhi_household_no", "atena_no", "nhi_household_no"));
        assertThat(e.itemNames()).containsExactly("atena_no", "nhi_household_no");
        assertThat(e.itemList()).isEqualTo("atena_no,nhi_household_no");
        assertThat(with("", List.of()).itemList()).isEmpty();
    }

    @Test
    void aRawNumberIsNeverAcceptedAsTheSubject() {
        // a My Number (12 digits) and a 宛名番号 (up to 15 digits) are refused, whatever their length
        for (String raw : new String[] {"123456789018", "000123", "1234567890123456789"}) {
            assertThatThrownBy(() -> with(raw, List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("subjectIndex must be empty or a blind index (16 to 128 characters, not digits only);"
                    + " raw numbers are never logged")
                .hasMessageNotContaining(raw);
        }
        assertThatThrownBy(() -> with("山田太郎さんの索引値ですよ十六文字以上", List.of()))
            .isInstanceOf(IllegalArgumentException.class);
        assertThat(with(INDEX, List.of()).subjectIndex()).isEqualTo(INDEX);
    }

    @Test
    void aValueIsNeverAcceptedAsAnItemName() {
        for (String value : new String[] {"000123", "2026-04-01", "山田", "atena_no=000123", "a,b", ""}) {
            assertThatThrownBy(() -> with(INDEX, List.of(value))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an item name must start with a letter and have at most 64 characters of [A-Za-z0-9_.-];"
                    + " values are never logged");
        }
    }

    @Test
    void identifiersAndPurposeAreChecked() {
        assertThatThrownBy(() -> new OperationEntry("田中", "clerk", "a", "p", "", List.of(), OperationOutcome.OK, "r"))
            .hasMessage("staffId must be 1 to 64 characters of ASCII letters, digits and _ . : @ -");
        assertThatThrownBy(() -> new OperationEntry("t", "", "a", "p", "", List.of(), OperationOutcome.OK, "r"))
            .hasMessage("role must be 1 to 32 characters of ASCII letters, digits and _ . : @ -");
        assertThatThrownBy(() -> new OperationEntry("t", "r", "a b", "p", "", List.of(), OperationOutcome.OK, "r"))
            .hasMessage("action must be 1 to 64 characters of ASCII letters, digits and _ . : @ -");
        String longId = "x".repeat(65);
        assertThatThrownBy(() -> new OperationEntry("t", "r", "a", "p", "", List.of(), OperationOutcome.OK, longId))
            .hasMessage("requestId must be 1 to 64 characters of ASCII letters, digits and _ . : @ -");
        for (String purpose : new String[] {" ", "line\nbreak", "法\uD800", "x".repeat(201)}) {
            assertThatThrownBy(() -> new OperationEntry("t", "r", "a", purpose, "", List.of(), OperationOutcome.OK, "r"))
                .hasMessage("purpose must be 1 to 200 characters of text without control characters");
        }
        assertThatThrownBy(() -> new OperationEntry("t", "r", "a", "p", "", List.of(), null, "r"))
            .isInstanceOf(NullPointerException.class).hasMessage("outcome");
    }

    @Test
    void theItemListMustFitItsColumn() {
        List<String> many = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) {
            many.add("item_number_" + i);
        }
        assertThatThrownBy(() -> with(INDEX, many)).hasMessage("the item names exceed 1000 characters");
    }
}
