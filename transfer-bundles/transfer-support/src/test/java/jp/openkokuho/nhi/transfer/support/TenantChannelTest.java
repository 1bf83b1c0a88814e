package jp.openkokuho.nhi.transfer.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Path;
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
    void wrongSettingsAreRefusedNamingTheProperty() {
        assertThatThrownBy(() -> new TenantChannel(Map.of("channel", "file")))
            .hasMessage("municipality.code is missing");
        assertThatThrownBy(() -> new TenantChannel(Map.of("municipality.code", "11229")))
            .hasMessage("municipality.code must be 6 digits, not '11229'");
        assertThatThrownBy(() -> new TenantChannel(Map.of("municipality.code", "112291", "channel", "ftp")))
            .hasMessage("channel must be file or http, not 'ftp'");
        assertThatThrownBy(() -> new TenantChannel(Map.of("municipality.code", "112291", "channel", "http")))
            .hasMessage("target is missing: an http channel needs the URL to POST to");
        assertThatThrownBy(() -> new TenantChannel(Map.of("municipality.code", "112291", "channel", "http",
            "target", "file:///etc/passwd"))).hasMessage("an HTTP channel needs an absolute http or https URL");
        assertThatThrownBy(() -> new TenantChannel(Map.of("municipality.code", "112291", "target", "relative/dir")))
            .hasMessage("target of a file channel must be an absolute directory");
        assertThatThrownBy(() -> new TenantChannel(Map.of("municipality.code", "112291", "charset", "EBCDIC-KANJI")))
            .hasMessage("charset 'EBCDIC-KANJI' is not supported");
        assertThatThrownBy(() -> new TenantChannel(Map.of("municipality.code", new String[] {"112291", "112275"})))
            .hasMessage("municipality.code must be a single value");
    }

    @Test
    void equalityIsIdentitySoRemovingOneConfigurationNeverRemovesAnother() {
        TenantChannel a = TenantChannel.of("112291", TenantChannel.Kind.FILE, null, null);
        TenantChannel b = TenantChannel.of("112291", TenantChannel.Kind.FILE, null, null);
        assertThat(a).isNotEqualTo(b).isEqualTo(a);
    }
}
