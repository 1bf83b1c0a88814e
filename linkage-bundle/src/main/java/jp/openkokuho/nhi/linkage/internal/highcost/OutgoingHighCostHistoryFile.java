package jp.openkokuho.nhi.linkage.internal.highcost;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jp.openkokuho.nhi.api.linkage.HighCostMonthKind;
import jp.openkokuho.nhi.api.linkage.LinkageException;
import jp.openkokuho.nhi.api.tenant.MunicipalityCode;
import jp.openkokuho.nhi.linkage.internal.StrictCsv;

/**
 * 転出地市区町村高額該当情報データ (OutgoingHighCostHistory), our layout version 1 (docs/federation-files.md): UTF-8,
 * comma separated, one header line with exactly the Japanese column names of {@link #HEADER}. Parsing is strict and
 * all or nothing: the first bad value fails the whole file with its name, line, item and rule.
 */
public final class OutgoingHighCostHistoryFile {
    /** The header line, layout version 1. */
    public static final List<String> HEADER = List.of("転出地市町村コード", "転出地国保世帯番号", "転入地市町村コード",
        "転入地国保世帯番号", "診療月", "高額該当区分");

    /**
     * One row.
     *
     * @param line line number
     * @param outgoingMunicipalityCode 転出地
     * @param outgoingHouseholdNo 転出地 国保世帯番号
     * @param incomingMunicipalityCode 転入地
     * @param incomingHouseholdNo 転入地 国保世帯番号
     * @param serviceMonth 診療月
     * @param kind 高額該当区分 (1 世帯, 2 外来個人特例)
     */
    public record Row(int line, String outgoingMunicipalityCode, String outgoingHouseholdNo,
            String incomingMunicipalityCode, String incomingHouseholdNo, YearMonth serviceMonth,
            HighCostMonthKind kind) {
    }

    private OutgoingHighCostHistoryFile() {
    }

    /**
     * @param fileName for messages
     * @param content the file
     * @return its rows
     * @throws LinkageException ({@code FILE}) on the first malformed value
     */
    public static List<Row> parse(String fileName, byte[] content) {
        List<Row> rows = new ArrayList<>();
        for (StrictCsv.Row r : StrictCsv.read(fileName, content, HEADER)) {
            rows.add(new Row(r.line(), code(r, 0), r.digits(1, HEADER.get(1), 20), code(r, 2),
                r.digits(3, HEADER.get(3), 20), r.month(4, "診療月"), kind(r)));
        }
        return rows;
    }

    /**
     * @param r a row
     * @param i index of a 全国地方公共団体コード
     * @return the code
     */
    static String code(StrictCsv.Row r, int i) {
        if (!MunicipalityCode.isValid(r.get(i))) {
            throw r.bad(HEADER.get(i), "is not a valid 全国地方公共団体コード (6 digits with check digit)");
        }
        return r.get(i);
    }

    private static HighCostMonthKind kind(StrictCsv.Row r) {
        return switch (r.get(5)) {
            case "1" -> HighCostMonthKind.HOUSEHOLD;
            case "2" -> HighCostMonthKind.OUTPATIENT_INDIVIDUAL;
            default -> throw r.bad("高額該当区分", "must be 1 (世帯) or 2 (外来個人特例)");
        };
    }
}
