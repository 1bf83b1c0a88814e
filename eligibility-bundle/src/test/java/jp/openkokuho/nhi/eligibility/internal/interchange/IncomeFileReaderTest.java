package jp.openkokuho.nhi.eligibility.internal.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncomeFileReaderTest {
    private static final String HEADER = "宛名番号,年度,課税所得,旧ただし書所得,収入,給与所得\r\n";

    private static IncomeFileReader.Result read(Path dir, byte[] bytes) throws Exception {
        return new IncomeFileReader().read(Files.write(dir.resolve("i.csv"), bytes), InterchangeCharsets.UTF_8);
    }

    @Test
    void aUtf8ByteOrderMarkIsSkippedAndRowsCarryTheirLines(@TempDir Path dir) throws Exception {
        byte[] body = (HEADER + "000123,2026,1450000,2500000,3800000,0\r\n\"000124\",2026,0,0,0,0\r\n")
            .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        IncomeFileReader.Result r = read(dir, bytes);
        assertThat(r.accepted()).isTrue();
        assertThat(r.records()).isEqualTo(2);
        assertThat(r.sha256()).hasSize(64);
        assertThat(r.rows()).containsExactly(
            new IncomeFileReader.Row(2, "000123", 2026, 1_450_000, 2_500_000, 3_800_000, 0),
            new IncomeFileReader.Row(3, "000124", 2026, 0, 0, 0, 0));
    }

    @Test
    void encodingSyntaxAndTruncationProblemsAreReportedWithoutValues(@TempDir Path dir) throws Exception {
        assertThat(read(dir, new byte[] {(byte) 0xFF, (byte) 0xFE, 0x41, 0}).errors()).singleElement().asString()
            .startsWith("i.csv:1: -: ENCODING_BYTE_ORDER_MARK:");
        assertThat(read(dir, new byte[0]).errors()).singleElement().asString()
            .startsWith("i.csv:1: -: FILE_EMPTY:");
        assertThat(read(dir, (HEADER + "000123,2026,0,0,0,0").getBytes(StandardCharsets.UTF_8)).errors())
            .containsExactly("i.csv:2: -: NO_FINAL_LINE_BREAK: the last line does not end with a line break; the file"
                + " may be truncated");
        assertThat(read(dir, (HEADER + "000123,2026,0,\"0,0,0\r\n").getBytes(StandardCharsets.UTF_8)).errors())
            .singleElement().asString().startsWith("i.csv:2: -: CSV_SYNTAX:");
        IncomeFileReader.Result secret = read(dir, (HEADER + "98765X,2026,12345678901234,0,0,0\r\n")
            .getBytes(StandardCharsets.UTF_8));
        assertThat(secret.errors()).containsExactly(
            "i.csv:2: 宛名番号: DIGITS_REQUIRED: 宛名番号 is not 1–15 ASCII digits",
            "i.csv:2: 課税所得: DIGITS_REQUIRED: 課税所得 is not 1–13 ASCII digits");
        assertThat(String.join("\n", secret.errors())).doesNotContain("98765").doesNotContain("1234567");
        assertThat(read(dir, "宛名番号,年度,課税所得,収入,給与所得,備考\r\n".getBytes(StandardCharsets.UTF_8)).errors())
            .containsExactly("i.csv:1: -: HEADER_EXTRA_COLUMN: column 6 is not an item of the income file"
                + " (宛名番号,年度,課税所得,旧ただし書所得,収入,給与所得)",
                "i.csv:1: 旧ただし書所得: HEADER_MISSING_COLUMN: 旧ただし書所得 is missing from the header");
    }
}
