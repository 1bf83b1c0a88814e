package jp.openkokuho.nhi.eligibility.internal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.apache.felix.hc.api.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.openkokuho.nhi.api.document.DocumentFontException;

class DocumentFontHealthCheckTest {
    @TempDir
    Path dir;

    @Test
    void aMissingFontIsCriticalAndNamesTheFix() {
        JapaneseFont missing = JapaneseFont.at(dir.resolve("none.ttf"));
        Result r = new DocumentFontHealthCheck(missing).execute();
        assertThat(r.getStatus()).isEqualTo(Result.Status.CRITICAL);
        assertThat(r.iterator().next().getMessage()).contains("none.ttf is missing")
            .contains("apt-get install fonts-ipaexfont-gothic").contains("font.path");
        assertThatThrownBy(missing::requireAvailable).isInstanceOf(DocumentFontException.class)
            .hasMessageContaining("none.ttf is missing");
    }

    @Test
    void thePresentFontIsOk() {
        Result r = new DocumentFontHealthCheck(DocumentTestSupport.requireFont()).execute();
        assertThat(r.getStatus()).isEqualTo(Result.Status.OK);
    }
}
