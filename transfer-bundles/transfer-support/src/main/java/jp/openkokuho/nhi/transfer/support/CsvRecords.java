package jp.openkokuho.nhi.transfer.support;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import jp.openkokuho.nhi.api.transfer.ChangeItems;
import jp.openkokuho.nhi.api.transfer.ChangeTypes;
import jp.openkokuho.nhi.api.transfer.EligibilityChange;

/** What every destination's CSV record has in common: the format, the file name and the schema check. */
public final class CsvRecords {
    /** 異動区分 of an acquisition. */
    public static final String ACQUIRED = "取得";
    /** 異動区分 of a loss. */
    public static final String LOST = "喪失";

    private CsvRecords() {
    }

    /**
     * @param change a change
     * @return {@code true} if its schema version is the one this platform's API defines
     */
    public static boolean supported(EligibilityChange change) {
        return change.schemaVersion() == EligibilityChange.SCHEMA_VERSION;
    }

    /**
     * @param change a change
     * @return its 異動区分: {@value #ACQUIRED} or {@value #LOST}
     * @throws UnrepresentableChangeException for another change type
     */
    public static String changeKind(EligibilityChange change) {
        return switch (change.changeType()) {
            case ChangeTypes.ACQUIRED -> ACQUIRED;
            case ChangeTypes.LOST -> LOST;
            default -> throw new UnrepresentableChangeException("change type " + change.changeType()
                + " is not known");
        };
    }

    /**
     * 適用終了年月日 (資格喪失年月日, the first day without coverage) for the record: required for a loss, empty for an
     * acquisition that carries none.
     *
     * @param items the destination's declared items (must include {@code coverage_end_date})
     * @param change the change
     * @return {@code yyyy-MM-dd} or {@code ""}
     * @throws UnrepresentableChangeException if a loss carries no end date or a date is malformed
     */
    public static String coverageEnd(DeclaredItems items, EligibilityChange change) {
        if (ChangeTypes.LOST.equals(change.changeType())) {
            return items.requiredDate(change, ChangeItems.COVERAGE_END_DATE).toString();
        }
        LocalDate end = items.date(change, ChangeItems.COVERAGE_END_DATE);
        return end == null ? "" : end.toString();
    }

    /**
     * RFC 4180 CSV: a header row and the data rows, CRLF line ends, fields quoted only when needed.
     *
     * @param header the header row
     * @param rows the data rows
     * @param charset the encoding
     * @return the file content
     */
    public static byte[] render(List<String> header, List<List<String>> rows, Charset charset) {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new))
                .build())) {
            for (List<String> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalStateException("a row has " + row.size() + " fields, the header "
                        + header.size());
                }
                p.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString().getBytes(charset);
    }

    /**
     * @param destinationId the destination id
     * @param change the change
     * @return {@code NHI<DESTINATION ID>_<tenant>_<12-digit sequence>_<event id>.csv}, so that names sort in
     *         outbox order
     */
    public static String fileName(String destinationId, EligibilityChange change) {
        return String.format(Locale.ROOT, "NHI%s_%s_%012d_%s.csv", destinationId.toUpperCase(Locale.ROOT),
            change.tenantCode(), change.sequence(), change.eventId());
    }
}
