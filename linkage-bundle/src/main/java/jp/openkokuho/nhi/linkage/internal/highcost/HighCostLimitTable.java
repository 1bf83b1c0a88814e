package jp.openkokuho.nhi.linkage.internal.highcost;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import jp.openkokuho.nhi.api.linkage.AgeGroup;
import jp.openkokuho.nhi.api.linkage.LinkageException;

/**
 * 高額療養費 自己負担限度額表 as effective-dated data (R9): rows keyed by 適用開始診療月, 年齢区分 and 所得区分, read from
 * a CSV file (the default is {@code highcost-limits.csv} next to this class). Changes of the law (such as the 2026-08
 * step) are new rows, not code. A row whose amounts are blank is a period the law changed but the figures are not
 * known: a look-up that lands on it fails instead of silently using the old amounts.
 *
 * <p>Immutable and thread safe.
 */
public final class HighCostLimitTable {
    /** Name of the bundled default table. */
    public static final String DEFAULT_RESOURCE = "highcost-limits.csv";

    private static final BigDecimal ONE_PERCENT = new BigDecimal("0.01");
    private static final String[] HEADER = {"from_month", "age_group", "income_category", "limit_base",
        "cost_threshold", "multiple_limit", "aggregation_threshold", "outpatient_individual", "outpatient_annual"};

    /**
     * One row.
     *
     * @param line line number in the file
     * @param fromMonth 適用開始診療月
     * @param ageGroup 年齢区分
     * @param incomeCategory 所得区分
     * @param limitBase 自己負担限度額 (fixed part); {@code null} when the figures are not known
     * @param costThreshold 医療費 above which 1 % is added; {@code null} for a flat limit
     * @param multipleLimit 多数回 limit
     * @param aggregationThreshold 世帯合算基準額; {@code null} when every amount counts
     * @param outpatientIndividual 外来(個人) monthly limit
     * @param outpatientAnnual 外来(個人) yearly cap
     */
    public record Row(int line, YearMonth fromMonth, AgeGroup ageGroup, String incomeCategory, Long limitBase,
            Long costThreshold, Long multipleLimit, Long aggregationThreshold, Long outpatientIndividual,
            Long outpatientAnnual) {
        /** @return whether this row carries figures */
        public boolean known() {
            return limitBase != null && multipleLimit != null;
        }
    }

    /**
     * The limit that applies.
     *
     * @param row the row used
     * @param limitYen 自己負担限度額 for the 医療費 given
     * @param aggregationThresholdYen 世帯合算基準額 or {@code null}
     */
    public record Limit(Row row, long limitYen, Long aggregationThresholdYen) {
    }

    private final String source;
    private final List<Row> rows;

    private HighCostLimitTable(String source, List<Row> rows) {
        this.source = source;
        this.rows = List.copyOf(rows);
    }

    /** @return the table bundled with this version */
    public static HighCostLimitTable bundled() {
        try (InputStream in = HighCostLimitTable.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULT_RESOURCE + " is missing from the bundle");
            }
            return parse(DEFAULT_RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param source file name, for messages
     * @param csv the table (UTF-8 text, {@code #} comments, header line)
     * @return the table
     * @throws LinkageException ({@code FILE}) naming the file, line and item of the first bad value
     */
    public static HighCostLimitTable parse(String source, String csv) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader(HEADER)
            .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).build();
        List<Row> rows = new ArrayList<>();
        try (Reader r = new StringReader(csv)) {
            for (CSVRecord rec : format.parse(r)) {
                int line = (int) rec.getParser().getCurrentLineNumber();
                if (rec.size() != HEADER.length) {
                    throw bad(source, line, "row", "has " + rec.size() + " items, expected " + HEADER.length);
                }
                rows.add(new Row(line, month(source, line, rec.get(0)), ageGroup(source, line, rec.get(1)),
                    required(source, line, "income_category", rec.get(2)), amount(source, line, HEADER[3], rec.get(3)),
                    amount(source, line, HEADER[4], rec.get(4)), amount(source, line, HEADER[5], rec.get(5)),
                    amount(source, line, HEADER[6], rec.get(6)), amount(source, line, HEADER[7], rec.get(7)),
                    amount(source, line, HEADER[8], rec.get(8))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows.sort(Comparator.comparing(Row::fromMonth));
        return new HighCostLimitTable(source, rows);
    }

    /** @return all rows, oldest 適用開始 first */
    public List<Row> rows() {
        return rows;
    }

    /**
     * @param ageGroup 年齢区分
     * @param incomeCategory 所得区分
     * @param serviceMonth 診療月
     * @return the row in force for that 診療月
     * @throws LinkageException (R9) if no row applies or the applicable row has no figures
     */
    public Row rowFor(AgeGroup ageGroup, String incomeCategory, YearMonth serviceMonth) {
        Row found = null;
        for (Row row : rows) {
            if (row.ageGroup() == ageGroup && row.incomeCategory().equals(incomeCategory)
                    && !row.fromMonth().isAfter(serviceMonth)) {
                found = row;
            }
        }
        if (found == null) {
            throw new LinkageException("R9", source + ": no 高額療養費限度額 for " + ageGroup + " 区分" + incomeCategory
                + " in 診療月 " + serviceMonth);
        }
        if (!found.known()) {
            throw new LinkageException("R9", source + " line " + found.line() + ": 高額療養費限度額 from 診療月 "
                + found.fromMonth() + " for " + ageGroup + " 区分" + incomeCategory
                + " has no figures yet; an administrator must fill them in before 診療月 " + serviceMonth
                + " can be assessed");
        }
        return found;
    }

    /**
     * @param ageGroup 年齢区分
     * @param incomeCategory 所得区分
     * @param serviceMonth 診療月
     * @param medicalCostYen 医療費 (10割)
     * @param multipleOccurrence 多数回該当 (4th month or later, R9)
     * @param moveMonthHalf 府内転居月特例: each municipality applies half of every amount (R8, 千葉市)
     * @return the limit; the 1 % part is rounded to the yen, half up
     */
    public Limit limit(AgeGroup ageGroup, String incomeCategory, YearMonth serviceMonth, long medicalCostYen,
            boolean multipleOccurrence, boolean moveMonthHalf) {
        Row row = rowFor(ageGroup, incomeCategory, serviceMonth);
        BigDecimal divisor = moveMonthHalf ? BigDecimal.valueOf(2) : BigDecimal.ONE;
        long limit;
        if (multipleOccurrence) {
            limit = half(row.multipleLimit(), divisor);
        } else {
            BigDecimal base = BigDecimal.valueOf(row.limitBase()).divide(divisor);
            if (row.costThreshold() != null) {
                BigDecimal threshold = BigDecimal.valueOf(row.costThreshold()).divide(divisor);
                BigDecimal excess = BigDecimal.valueOf(medicalCostYen).subtract(threshold).max(BigDecimal.ZERO);
                base = base.add(excess.multiply(ONE_PERCENT));
            }
            limit = base.setScale(0, RoundingMode.HALF_UP).longValueExact();
        }
        Long aggregation = row.aggregationThreshold() == null ? null : half(row.aggregationThreshold(), divisor);
        return new Limit(row, limit, aggregation);
    }

    private static long half(long amount, BigDecimal divisor) {
        return BigDecimal.valueOf(amount).divide(divisor).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static YearMonth month(String source, int line, String value) {
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw bad(source, line, "from_month", "is not yyyy-MM");
        }
    }

    private static AgeGroup ageGroup(String source, int line, String value) {
        try {
            return AgeGroup.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw bad(source, line, "age_group", "must be UNDER_70 or AGE_70_74");
        }
    }

    private static String required(String source, int line, String item, String value) {
        if (value.isBlank()) {
            throw bad(source, line, item, "is missing");
        }
        return value.strip();
    }

    private static Long amount(String source, int line, String item, String value) {
        if (value.isBlank()) {
            return null;
        }
        String v = value.strip();
        // Long.parseLong also takes full-width digits; the data file must stay plain ASCII
        if (v.length() > 12 || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw bad(source, line, item, "is not a whole number of yen");
        }
        return Long.parseLong(v);
    }

    private static LinkageException bad(String source, int line, String item, String what) {
        return new LinkageException("FILE", source + " line " + line + ": " + item + " " + what + " (R9 limit table)");
    }
}
