package jp.openkokuho.nhi.eligibility.internal.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class StrictDecodingReaderTest {

    private static StrictDecodingReader reader(byte[] bytes) {
        return new StrictDecodingReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8, 0, Long.MAX_VALUE);
    }

    @Test
    void handsOutEverythingBeforeABadByteThenFailsWithItsLine() throws IOException {
        byte[] bytes = Samples.concat("a\r\nb\nc\rd".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF},
            "e".getBytes(StandardCharsets.UTF_8));
        StrictDecodingReader reader = reader(bytes);
        StringWriter text = new StringWriter();
        char[] buffer = new char[100];
        assertThatThrownBy(() -> {
            int n;
            while ((n = reader.read(buffer, 0, buffer.length)) >= 0) {
                text.write(buffer, 0, n);
            }
        }).isInstanceOfSatisfying(StrictDecodingReader.DecodingFailure.class, failure -> {
            assertThat(failure.line()).isEqualTo(4);
            assertThat(failure.byteOffset()).isEqualTo(8);
            assertThat(failure).hasMessage("bytes at offset 8 are not valid UTF-8");
        });
        assertThat(text.toString()).isEqualTo("a\r\nb\nc\rd");
    }

    @Test
    void lineOfABadByteFarBeyondTheBufferIsExact() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            text.append("行").append(i).append("\r\n");
        }
        byte[] bytes = Samples.concat(text.toString().getBytes(StandardCharsets.UTF_8),
            new byte[] {'x', (byte) 0xE3, (byte) 0x81, ','});
        StrictDecodingReader reader = reader(bytes);
        assertThatThrownBy(() -> reader.transferTo(new StringWriter()))
            .isInstanceOfSatisfying(StrictDecodingReader.DecodingFailure.class, failure -> {
                assertThat(failure.line()).isEqualTo(5_001);
                assertThat(failure.byteOffset()).isEqualTo(text.toString().getBytes(StandardCharsets.UTF_8).length + 1);
            });
    }

    @Test
    void aSequenceCutByTheEndOfTheFileIsMalformed() {
        StrictDecodingReader reader = reader(new byte[] {'a', '\n', (byte) 0xE3, (byte) 0x81});
        assertThatThrownBy(() -> reader.transferTo(new StringWriter()))
            .isInstanceOfSatisfying(StrictDecodingReader.DecodingFailure.class,
                failure -> assertThat(failure.line()).isEqualTo(2));
    }

    @Test
    void noncharactersAreRefused() {
        StrictDecodingReader reader = reader("ab\n\uFFFEc".getBytes(StandardCharsets.UTF_8));
        StringWriter out = new StringWriter();
        assertThatThrownBy(() -> reader.transferTo(out))
            .isInstanceOfSatisfying(StrictDecodingReader.DecodingFailure.class, failure -> {
                assertThat(failure.line()).isEqualTo(2);
                assertThat(failure).hasMessage("a Unicode noncharacter (U+FFFE) is not text");
            });
    }

    @Test
    void tracksTheFinalLineBreak() throws IOException {
        StrictDecodingReader withBreak = reader("a\r\n".getBytes(StandardCharsets.UTF_8));
        withBreak.transferTo(new StringWriter());
        assertThat(withBreak.endsWithLineBreak()).isTrue();
        StrictDecodingReader without = reader("a\r\nb".getBytes(StandardCharsets.UTF_8));
        without.transferTo(new StringWriter());
        assertThat(without.endsWithLineBreak()).isFalse();
    }

    @Test
    void boundsTheCharactersOfOneRecord() throws IOException {
        StrictDecodingReader reader = new StrictDecodingReader(
            new ByteArrayInputStream("0123456789".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8, 0, 5);
        char[] buffer = new char[4];
        assertThat(reader.read(buffer, 0, 4)).isEqualTo(4);
        reader.markRecordBoundary();
        assertThat(reader.read(buffer, 0, 4)).isEqualTo(4);
        assertThatThrownBy(() -> reader.read(buffer, 0, 4))
            .isInstanceOf(StrictDecodingReader.RecordTooLongException.class);
    }

    @Test
    void byteOffsetsCountTheSkippedByteOrderMark() {
        StrictDecodingReader reader = new StrictDecodingReader(new ByteArrayInputStream(new byte[] {'a', (byte) 0xC0}),
            StandardCharsets.UTF_8, 3, Long.MAX_VALUE);
        assertThatThrownBy(() -> reader.transferTo(new StringWriter()))
            .isInstanceOfSatisfying(StrictDecodingReader.DecodingFailure.class,
                failure -> assertThat(failure.byteOffset()).isEqualTo(4));
    }
}
