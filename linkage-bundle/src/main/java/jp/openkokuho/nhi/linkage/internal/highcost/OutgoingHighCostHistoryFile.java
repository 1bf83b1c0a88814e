package jp.openkokuho.nhi.linkage.internal.highcost;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import jp.openkokuho.nhi.api.linkage.HighCostMonthKind;
import jp.openkokuho.nhi.api.linkage.LinkageException;
import jp.openkokuho.nhi.api.tenant.MunicipalityCode;

/**
 * 転出地市区町村高額該当情報データ (OutgoingHighCostHistory), our layout version 1 (docs/federation-files.md): UTF-8,
 * comma separated, one header line with exactly the Japanese column names of {@link #HEADER}. Parsing is strict and
 * all or nothing: the first bad value fails the whole file with its name, line, item and rule.
 */
public final class OutgoingHighCostHistoryFile {
    /** The header line, layout version 1. */
    public static final List<String> HEADER = List.of("転出地市町村コード", "転出地国保世帯番号", "転入地市町村コード",
        "転入地国保世帯番号", "診療月", "高額該当区分");

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuuMM");

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
        String text = decodeUtf8(fileName, content);
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).build();
        List<Row> rows = new ArrayList<>();
        try (Reader r = new StringReader(text)) {
            boolean header = true;
            for (CSVRecord rec : format.parse(r)) {
                int line = (int) rec.getParser().getCurrentLineNumber();
                if (header) {
                    if (!rec.toList().equals(HEADER)) {
                        throw bad(fileName, line, "header", "must be " + String.join(",", HEADER));
                    }
                    header = false;
                    continue;
                }
                if (rec.size() != HEADER.size()) {
                    throw bad(fileName, line, "row", "has " + rec.size() + " items, expected " + HEADER.size());
                }
                rows.add(new Row(line, code(fileName, line, HEADER.get(0), rec.get(0)),
                    householdNo(fileName, line, HEADER.get(1), rec.get(1)), code(fileName, line, HEADER.get(2), rec.get(2)),
                    householdNo(fileName, line, HEADER.get(3), rec.get(3)), month(fileName, line, rec.get(4)),
                    kind(fileName, line, rec.get(5))));
            }
            if (header) {
                throw bad(fileName, 1, "header", "is missing (empty file)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static String decodeUtf8(String fileName, byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new LinkageException("FILE", fileName + ": not UTF-8 text");
        }
    }

    private static String code(String file, int line, String item, String v) {
        if (!MunicipalityCode.isValid(v)) {
            throw bad(file, line, item, "is not a valid 全国地方公共団体コード (6 digits with check digit)");
        }
        return v;
    }

    private static String householdNo(String file, int line, String item, String v) {
        if (v.isEmpty() || v.length() > 20 || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw bad(file, line, item, "must be 1–20 ASCII digits");
        }
        return v;
    }

    private static YearMonth month(String file, int line, String v) {
        try {
            if (v.length() != 6) {
                throw new DateTimeParseException("length", v, 0);
            }
            return YearMonth.parse(v, MONTH);
        } catch (DateTimeParseException e) {
            throw bad(file, line, "診療月", "must be yyyyMM");
        }
    }

    private static HighCostMonthKind kind(String file, int line, String v) {
        return switch (v) {
            case "1" -> HighCostMonthKind.HOUSEHOLD;
            case "2" -> HighCostMonthKind.OUTPATIENT_INDIVIDUAL;
            default -> throw bad(file, line, "高額該当区分", "must be 1 (世帯) or 2 (外来個人特例)");
        };
    }

    private static LinkageException bad(String file, int line, String item, String what) {
        return new LinkageException("FILE", file + " line " + line + ": " + item + " " + what);
    }
}
