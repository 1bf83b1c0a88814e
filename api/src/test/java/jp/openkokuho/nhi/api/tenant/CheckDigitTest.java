package jp.openkokuho.nhi.api.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CheckDigitTest {

    @ParameterizedTest
    @CsvSource({"01000,6", "13000,1", "13101,6", "11229,1", "11227,5", "47201,8"})
    void municipalityCheckDigitMatchesPublishedCodes(String body, int digit) {
        assertThat(MunicipalityCode.checkDigit(body)).isEqualTo(digit);
        assertThat(MunicipalityCode.isValid(body + digit)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"112292", "11229", "1122911", "11229A", "", "482009", "001236", "１１２２９１"})
    void municipalityCodeRejectsBadDigitsLengthsAndPrefectures(String code) {
        assertThat(MunicipalityCode.isValid(code)).isFalse();
    }

    @Test
    void municipalityRequireValidNamesTheCodeAndTheRule() {
        assertThatThrownBy(() -> MunicipalityCode.requireValid("112292"))
            .isInstanceOf(InvalidTenantException.class)
            .hasMessageContaining("'112292'")
            .hasMessageContaining("check digit");
    }

    @Test
    void insurerCheckDigitOfTheR17Example() {
        // R17: check_digit("3312001") == 5 → 33120015
        assertThat(InsurerNumber.checkDigit("3312001")).isEqualTo(5);
    }

    @ParameterizedTest
    @CsvSource({"11027,0", "11229,2", "13101,1"})
    void nhiInsurerNumbersValidate(String body, int digit) {
        assertThat(InsurerNumber.checkDigit(body)).isEqualTo(digit);
        assertThat(InsurerNumber.isValidNhi(body + digit)).isTrue();
        assertThat(InsurerNumber.isValidNhi(body + (digit + 1) % 10)).isFalse();
    }

    @Test
    void tenantRecordValidatesEveryPart() {
        Tenant t = new Tenant("112291", "和光市", "110270", List.of("residentregistry"));
        assertThat(t.destinations()).containsExactly("residentregistry");
        assertThatThrownBy(() -> new Tenant("112291", " ", "110270", List.of()))
            .isInstanceOf(InvalidTenantException.class).hasMessageContaining("no name");
        assertThatThrownBy(() -> new Tenant("112291", "和光市", "110271", List.of()))
            .isInstanceOf(InvalidTenantException.class).hasMessageContaining("110271");
    }
}
