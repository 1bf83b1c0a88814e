package jp.openkokuho.nhi.transfer.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TenantChannelTest {

    @Test
    void onlyTheMunicipalityCodeIsRequiredAndTheChannelDefaultsToFile() {
        TenantChannel c = new TenantChannel(Map.of("municipality.code", "112291", "service.pid", "x"));
        assertThat(c.tenantCode()).isEqualTo("112291");
        assertThat(c.kind()).isEqualTo(TenantChannel.Kind.FILE);
        assertThat(c.directory()).isEmpty();
        assertThat(c.endpoint()).isEmpty();
        assertThat(c.charset()).isEmpty();
    }

    @Test
    void anHttpChannelCarriesItsUrlAndCharset() {
        TenantChannel c = new TenantChannel(Map.of("municipality.code", " 112291 ", "channel", "HTTP",
            "target", "https://tax.example.lg.jp/nhi/inbound", "charset", "Windows-31J"));
        assertThat(c.kind()).isEqualTo(TenantChannel.Kind.HTTP);
        assertThat(c.endpoint()).contains(URI.create("https://tax.example.lg.jp/nhi/inbound"));
        assertThat(c.charset()).contains(Charset.forName("Windows-31J"));
        assertThat(c.toString()).isEqualTo("tenant 112291 by http to https://tax.example.lg.jp/nhi/inbound in windows-31j");
    }

    @Test
    void aFileChannelMayNameItsOwnRoot() {
        TenantChannel c = TenantChannel.of("112291", TenantChannel.Kind.FILE, "/srv/nhitax", null);
        assertThat(c.directory()).contains(Path.of("/srv/nhitax"));
    }

    @Test
    void settingsWithoutAValidMunicipalityCodeAreRefused() {
        assertThatThrownBy(() -> new TenantChannel(Map.of("channel", "file")))
            .isInstanceOf(IllegalArgumentException.class).hasMessage("municipality.code is missing");
        assertThatThrownBy(() -> new TenantChannel(Map.of("municipality.code", "11229")))
            .hasMessage("municipality.code must be 6 digits, not '11229'");
        assertThatThrownBy(() -> new TenantChannel(Map.of("municipality.code", new String[] {"112291", "112275"})))
            .hasMessage("municipality.code must be a single value");
    }

    @Test
    void otherwiseWrongSettingsAreKeptWithTheirProblemNamingTheProperty() {
        assertThat(problem(Map.of("channel", "ftp"))).isEqualTo("channel must be file or http, not 'ftp'");
        assertThat(problem(Map.of("channel", "http")))
            .isEqualTo("target is missing: an http channel needs the URL to POST to");
        assertThat(problem(Map.of("channel", "http", "target", "file:///etc/passwd")))
            .isEqualTo("an HTTP channel needs an absolute http or https URL");
        assertThat(problem(Map.of("channel", "http", "target", "http://exa mple")))
            .startsWith("target is not a URL: ");
        assertThat(problem(Map.of("target", "relative/dir")))
            .isEqualTo("target of a file channel must be an absolute directory");
        assertThat(problem(Map.of("charset", "EBCDIC-KANJI"))).isEqualTo("charset 'EBCDIC-KANJI' is not supported");

        TenantChannel wrong = new TenantChannel(Map.of("municipality.code", "112291", "channel", "ftp"));
        assertThat(wrong.tenantCode()).isEqualTo("112291");
        assertThat(wrong.kind()).isNull();
        assertThat(wrong.endpoint()).isEmpty();
        assertThat(wrong.toString())
            .isEqualTo("tenant 112291 with an invalid channel configuration: channel must be file or http, not 'ftp'");
        assertThat(TenantChannel.of("112291", TenantChannel.Kind.HTTP, null, null).problem()).isPresent();
        assertThat(TenantChannel.of("112291", TenantChannel.Kind.FILE, null, null).problem()).isEmpty();
    }

    private static String problem(Map<String, String> settings) {
        Map<String, Object> p = new HashMap<>(settings);
        p.put("municipality.code", "112291");
        return new TenantChannel(p).problem().orElseThrow();
    }

    @Test
    void equalityIsIdentitySoRemovingOneConfigurationNeverRemovesAnother() {
        TenantChannel a = TenantChannel.of("112291", TenantChannel.Kind.FILE, null, null);
        TenantChannel b = TenantChannel.of("112291", TenantChannel.Kind.FILE, null, null);
        assertThat(a).isNotEqualTo(b).isEqualTo(a);
    }
}
