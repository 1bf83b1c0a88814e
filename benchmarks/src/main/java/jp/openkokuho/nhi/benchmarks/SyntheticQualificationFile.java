package jp.openkokuho.nhi.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Writes a synthetic, valid 資格異動ファイル (UTF-8) of a given number of rows, streaming. Half the rows are
 * acquisitions of distinct persons (宛名番号 {@code 0000000001} …), three persons per 国保世帯 with the first as 世帯主;
 * the other half are later versions of the same periods that add the loss (a correction is a new version). No real
 * person's data: numbers and dates are generated.
 */
public final class SyntheticQualificationFile {
    /** The 資格異動ファイル header (別添1 item names). */
    public static final String HEADER = "国保世帯番号,旧自治体区分,宛名番号,履歴番号,記載順位,続柄区分,続柄コード1,続柄コード2,"
        + "続柄コード3,続柄コード4,続柄名称,表示用続柄,適用開始年月日,税用開始年月日,適用開始事由,開始届出日,適用終了年月日,"
        + "税用終了年月日,適用終了事由,終了届出日,異動日,事由,届出日,転居区分,転居国保世帯番号,退職区分,該当年月日,"
        + "税用該当年月日,該当届出日,非該当年月日,税用非該当年月日,非該当届出日,受給権発生日,受給年金名称,受給年金種別,"
        + "退職履歴番号,退職本人,退職続柄コード1,退職続柄コード2,退職続柄コード3,退職続柄コード4,退職続柄名称,資格側更新日,"
        + "税側更新日,作成区分,削除区分,異動日連番,処理日";
    private static final LocalDate FIRST_START = LocalDate.of(2019, 4, 1);

    private SyntheticQualificationFile() {
    }

    /**
     * @param file the file to write
     * @param rows how many data rows
     * @return the number of persons in the file
     * @throws IOException if the file cannot be written
     */
    public static long write(Path file, long rows) throws IOException {
        long persons = (rows + 1) / 2;
        String[] cells = new String[48];
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write("\r\n");
            for (long n = 0; n < rows; n++) {
                boolean loss = n >= persons;
                long person = loss ? n - persons : n;
                Arrays.fill(cells, "");
                boolean head = person % 3 == 0;
                LocalDate start = FIRST_START.plusDays(person % 1000);
                cells[0] = String.format("%09d", 800_000_000L + person / 3);
                cells[2] = String.format("%010d", person + 1);
                cells[3] = loss ? "2" : "1";
                cells[4] = Long.toString(person % 3 + 1);
                cells[5] = head ? "1" : "2";
                cells[10] = head ? "世帯主" : "子";
                cells[12] = start.toString();
                cells[13] = start.toString();
                cells[14] = person % 7 == 0 ? "出生" : "転入";
                cells[15] = start.plusDays(3).toString();
                cells[20] = start.toString();
                cells[22] = cells[15];
                if (loss) {
                    LocalDate end = start.plusDays(365 + person % 200);
                    cells[16] = end.toString();
                    cells[17] = end.toString();
                    cells[18] = "社保加入";
                    cells[19] = end.plusDays(5).toString();
                    cells[20] = end.toString();
                    cells[22] = cells[19];
                }
                cells[44] = "1";
                cells[45] = "0";
                cells[46] = "1";
                cells[47] = cells[22];
                w.write(String.join(",", cells));
                w.write("\r\n");
            }
        }
        return persons;
    }
}
