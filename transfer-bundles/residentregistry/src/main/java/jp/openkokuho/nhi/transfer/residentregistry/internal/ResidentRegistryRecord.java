package jp.openkokuho.nhi.transfer.residentregistry.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import jp.openkokuho.nhi.api.transfer.ChangeItems;
import jp.openkokuho.nhi.api.transfer.ChangeTypes;
import jp.openkokuho.nhi.api.transfer.EligibilityChange;

/**
 * The file the resident registry reads for one change: the NHI items of the 住民票 (住民基本台帳法第7条第10号,
 * 同法施行令第3条: the dates the person became and ceased to be insured). One CSV file per change, header row in
 * Japanese, CRLF line ends, in the configured character set.
 */
final class ResidentRegistryRecord {
    /** Items this destination needs; nothing else is written. */
    static final List<String> ITEMS = List.of(ChangeItems.ATENA_NO, ChangeItems.COVERAGE_START_DATE,
        ChangeItems.COVERAGE_END_DATE, ChangeItems.PROCESSED_ON);
    static final String[] HEADER = {"全国地方公共団体コード", "宛名番号", "異動区分", "国保資格取得年月日", "国保資格喪失年月日",
        "処理日", "連携番号", "イベントID"};

    private ResidentRegistryRecord() {
    }

    /**
     * @param change the change
     * @param charset output encoding (UTF-8 or Windows-31J)
     * @return the file content
     */
    static byte[] render(EligibilityChange change, Charset charset) {
        String kind = ChangeTypes.LOST.equals(change.changeType()) ? "喪失" : "取得";
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(HEADER).build())) {
            p.printRecord(change.tenantCode(), change.item(ChangeItems.ATENA_NO), kind,
                nullToEmpty(change.item(ChangeItems.COVERAGE_START_DATE)),
                nullToEmpty(change.item(ChangeItems.COVERAGE_END_DATE)),
                nullToEmpty(change.item(ChangeItems.PROCESSED_ON)), change.sequence(), change.eventId());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString().getBytes(charset);
    }

    /**
     * @param change the change
     * @return a file name that sorts in outbox order: {@code NHIJUKI_<tenant>_<sequence>_<event>.csv}
     */
    static String fileName(EligibilityChange change) {
        return String.format("NHIJUKI_%s_%012d_%s.csv", change.tenantCode(), change.sequence(), change.eventId());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
