package jp.openkokuho.nhi.linkage.internal.federation;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import jp.openkokuho.nhi.api.eligibility.ChangeKind;
import jp.openkokuho.nhi.api.eligibility.CoveragePeriod;
import jp.openkokuho.nhi.api.eligibility.CoverageVersion;
import jp.openkokuho.nhi.api.eligibility.RelationshipType;

/**
 * Our federation file layouts, version 1 (docs/federation-files.md): UTF-8, comma separated, LF line ends, one
 * header line, dates {@code yyyyMMdd}. Output depends only on its arguments, so a file regenerated from the same
 * (immutable) history is byte for byte the same.
 */
public final class FederationFiles {
    /** 資格情報(個人)ファイル header. */
    public static final List<String> PERSON_HEADER = List.of("市町村コード", "宛名番号", "履歴番号", "期間番号", "異動区分",
        "国保世帯番号", "続柄", "枝番", "資格取得年月日", "資格取得事由", "資格喪失年月日", "資格喪失事由", "処理日", "削除区分");
    /** 資格情報(世帯)ファイル header. */
    public static final List<String> HOUSEHOLD_HEADER = List.of("市町村コード", "国保世帯番号", "世帯主宛名番号",
        "被保険者数", "基準日");
    /** 被保険者マスタ header. */
    public static final List<String> MASTER_HEADER = List.of("市町村コード", "宛名番号", "国保世帯番号", "続柄", "枝番",
        "資格取得年月日", "資格取得事由", "基準日");

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build();

    /**
     * A generated file.
     *
     * @param content UTF-8 bytes
     * @param records data rows
     */
    public record Generated(byte[] content, int records) {
    }

    /** Branch numbers by person and household. */
    @FunctionalInterface
    public interface Branches {
        /**
         * @param householdNo 国保世帯番号
         * @param atenaNo 宛名番号
         * @return the 枝番, or empty
         */
        String of(String householdNo, String atenaNo);
    }

    private FederationFiles() {
    }

    /**
     * @param code municipality
     * @param histories history per person
     * @param from exclusive lower bound of {@code recordedAt}; {@code null} for none
     * @param to inclusive upper bound
     * @param branches 枝番
     * @return the 資格情報(個人)ファイル
     */
    public static Generated persons(String code, Map<String, List<CoverageVersion>> histories, Instant from, Instant to,
            Branches branches) {
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, List<CoverageVersion>> e : new TreeMap<>(histories).entrySet()) {
            e.getValue().stream().filter(v -> inWindow(v.recordedAt(), from, to))
                .sorted(Comparator.comparingInt(CoverageVersion::historySeq)).forEach(v -> {
                    CoveragePeriod p = v.period();
                    rows.add(List.of(code, e.getKey(), String.valueOf(v.historySeq()), String.valueOf(v.periodSeq()),
                        v.kind() == ChangeKind.LOST ? "2" : "1", p.nhiHouseholdNo(), relationship(p.relationship()),
                        branches.of(p.nhiHouseholdNo(), e.getKey()), day(p.startDate()), p.startReason().name(),
                        day(p.endDate()), p.endReason() == null ? "" : p.endReason().name(), day(v.processedOn()),
                        v.deleted() ? "1" : "0"));
                });
        }
        return write(PERSON_HEADER, rows);
    }

    /**
     * @param code municipality
     * @param households the households to list
     * @param histories history per person (the roster)
     * @param recordedBy only versions recorded up to this instant count
     * @param baseDate 基準日
     * @return the 資格情報(世帯)ファイル
     */
    public static Generated households(String code, List<String> households,
            Map<String, List<CoverageVersion>> histories, Instant recordedBy, LocalDate baseDate) {
        Map<String, String[]> byHousehold = new TreeMap<>();
        for (String h : households) {
            byHousehold.put(h, new String[] {"", "0"});
        }
        for (Map.Entry<String, List<CoverageVersion>> e : new TreeMap<>(histories).entrySet()) {
            CoveragePeriod p = stateOn(e.getValue(), recordedBy, baseDate);
            if (p != null && byHousehold.containsKey(p.nhiHouseholdNo())) {
                String[] agg = byHousehold.get(p.nhiHouseholdNo());
                agg[1] = String.valueOf(Integer.parseInt(agg[1]) + 1);
                if (p.relationship() == RelationshipType.HEAD) {
                    agg[0] = e.getKey();
                }
            }
        }
        List<List<String>> rows = new ArrayList<>();
        byHousehold.forEach((h, agg) -> rows.add(List.of(code, h, agg[0], agg[1], day(baseDate))));
        return write(HOUSEHOLD_HEADER, rows);
    }

    /**
     * @param code municipality
     * @param histories history per person (the roster)
     * @param recordedBy only versions recorded up to this instant count
     * @param baseDate 基準日
     * @param branches 枝番
     * @return the 被保険者マスタ
     */
    public static Generated master(String code, Map<String, List<CoverageVersion>> histories, Instant recordedBy,
            LocalDate baseDate, Branches branches) {
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, List<CoverageVersion>> e : new TreeMap<>(histories).entrySet()) {
            CoveragePeriod p = stateOn(e.getValue(), recordedBy, baseDate);
            if (p != null) {
                rows.add(List.of(code, e.getKey(), p.nhiHouseholdNo(), relationship(p.relationship()),
                    branches.of(p.nhiHouseholdNo(), e.getKey()), day(p.startDate()), p.startReason().name(),
                    day(baseDate)));
            }
        }
        return write(MASTER_HEADER, rows);
    }

    /**
     * @param versions a person's history
     * @param recordedBy transaction-time cut-off
     * @param day valid-time day
     * @return the period covering the day as recorded by then, or {@code null}
     */
    static CoveragePeriod stateOn(List<CoverageVersion> versions, Instant recordedBy, LocalDate day) {
        Map<Integer, CoverageVersion> latest = new TreeMap<>();
        for (CoverageVersion v : versions) {
            if (!v.recordedAt().isAfter(recordedBy)) {
                latest.merge(v.periodSeq(), v, (a, b) -> a.historySeq() >= b.historySeq() ? a : b);
            }
        }
        return latest.values().stream().filter(v -> !v.deleted() && v.period().covers(day)).map(CoverageVersion::period)
            .findFirst().orElse(null);
    }

    /**
     * @param versions histories
     * @param from exclusive bound or {@code null}
     * @param to inclusive bound
     * @return the households of versions recorded in the window, sorted
     */
    public static List<String> touchedHouseholds(Map<String, List<CoverageVersion>> versions, Instant from, Instant to) {
        return versions.values().stream().flatMap(List::stream).filter(v -> inWindow(v.recordedAt(), from, to))
            .map(v -> v.period().nhiHouseholdNo()).distinct().sorted().toList();
    }

    private static boolean inWindow(Instant at, Instant from, Instant to) {
        return (from == null || at.isAfter(from)) && !at.isAfter(to);
    }

    private static String relationship(RelationshipType r) {
        return r == RelationshipType.HEAD ? "1" : "2";
    }

    private static String day(LocalDate d) {
        return d == null ? "" : d.format(DAY);
    }

    private static Generated write(List<String> header, List<List<String>> rows) {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, FORMAT)) {
            p.printRecord(header);
            for (List<String> row : rows) {
                p.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Generated(w.toString().getBytes(StandardCharsets.UTF_8), rows.size());
    }
}
