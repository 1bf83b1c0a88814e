package jp.openkokuho.nhi.transfer.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.openkokuho.nhi.api.transfer.ChangeItems;
import jp.openkokuho.nhi.transfer.support.testing.Changes;

class CsvRecordsTest {

    @Test
    void rendersRfc4180WithCrlfAndQuotesOnlyWhatNeedsIt() {
        byte[] csv = CsvRecords.render(List.of("宛名番号", "備考"), List.of(List.of("000123", "a,b"),
            List.of("000124", "")), StandardCharsets.UTF_8);
        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("宛名番号,備考\r\n000123,\"a,b\"\r\n000124,\r\n");
    }

    @Test
    void encodesInTheGivenCharset() {
        Charset sjis = Charset.forName("Windows-31J");
        byte[] csv = CsvRecords.render(List.of("宛名番号"), List.of(), sjis);
        assertThat(csv).isEqualTo("宛名番号\r\n".getBytes(sjis));
    }

    @Test
    void aRowOfTheWrongLengthIsAProgrammingError() {
        assertThatThrownBy(() -> CsvRecords.render(List.of("a", "b"), List.of(List.of("1")), StandardCharsets.UTF_8))
            .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void fileNamesSortInOutboxOrder() {
        assertThat(CsvRecords.fileName("shogaifukushi19", Changes.acquisition("2026-04-01").sequence(7).build()))
            .isEqualTo("NHISHOGAIFUKUSHI19_112291_000000000007_" + Changes.EVENT + ".csv");
    }

    @Test
    void theChangeKindIsTakenFromTheChangeTypeAndAnUnknownTypeCannotBeRepresented() {
        assertThat(CsvRecords.changeKind(Changes.acquisition("2026-04-01").build())).isEqualTo("取得");
        assertThat(CsvRecords.changeKind(Changes.loss("2026-04-01", "2026-05-01").build())).isEqualTo("喪失");
        assertThatThrownBy(() -> CsvRecords.changeKind(Changes.acquisition("2026-04-01")
            .type("nhi/eligibility/corrected").build())).isInstanceOf(UnrepresentableChangeException.class)
            .hasMessage("change type nhi/eligibility/corrected is not known");
    }

    @Test
    void theCoverageEndIsRequiredForALossAndEmptyForAnOpenAcquisition() {
        DeclaredItems items = new DeclaredItems(ChangeItems.COVERAGE_END_DATE);
        assertThat(CsvRecords.coverageEnd(items, Changes.acquisition("2026-04-01").build())).isEmpty();
        assertThat(CsvRecords.coverageEnd(items, Changes.loss("2026-04-01", "2026-06-15").build()))
            .isEqualTo("2026-06-15");
        assertThatThrownBy(() -> CsvRecords.coverageEnd(items, Changes.loss("2026-04-01", "x")
            .without(ChangeItems.COVERAGE_END_DATE).build())).isInstanceOf(UnrepresentableChangeException.class)
            .hasMessage("item coverage_end_date is missing");
    }

    @Test
    void onlyTheApisSchemaVersionIsSupported() {
        assertThat(CsvRecords.supported(Changes.acquisition("2026-04-01").build())).isTrue();
        assertThat(CsvRecords.supported(Changes.acquisition("2026-04-01").schemaVersion(2).build())).isFalse();
        assertThat(CsvRecords.supported(Changes.acquisition("2026-04-01").schemaVersion(0).build())).isFalse();
    }

    @Test
    void declaredItemsRefuseUndeclaredReadsAndNameMissingOrMalformedItemsWithoutTheirValues() {
        DeclaredItems items = new DeclaredItems(ChangeItems.ATENA_NO, ChangeItems.COVERAGE_END_DATE,
            ChangeItems.COVERAGE_START_DATE);
        var acquired = Changes.acquisition("2026-04-01").build();
        assertThat(items.value(acquired, ChangeItems.COVERAGE_END_DATE)).isEmpty();
        assertThat(items.date(acquired, ChangeItems.COVERAGE_END_DATE)).isNull();
        assertThat(items.requiredDate(acquired, ChangeItems.COVERAGE_START_DATE)).hasToString("2026-04-01");
        assertThatThrownBy(() -> items.value(acquired, ChangeItems.NHI_HOUSEHOLD_NO))
            .isInstanceOf(IllegalStateException.class)
            .hasMessage("item nhi_household_no is not declared by this destination");
        assertThatThrownBy(() -> items.required(Changes.acquisition("2026-04-01").without(ChangeItems.ATENA_NO)
            .build(), ChangeItems.ATENA_NO)).isInstanceOf(UnrepresentableChangeException.class)
            .hasMessage("item atena_no is missing");
        assertThatThrownBy(() -> items.requiredDate(Changes.acquisition("R8.4.1").build(),
            ChangeItems.COVERAGE_START_DATE)).isInstanceOf(UnrepresentableChangeException.class)
            .hasMessage("item coverage_start_date is not a yyyy-MM-dd date");
        assertThat(items.names()).containsExactly("atena_no", "coverage_end_date", "coverage_start_date");
    }
}
