package jp.openkokuho.nhi.transfer.nhitax.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jp.openkokuho.nhi.api.transfer.ChangeItems;
import jp.openkokuho.nhi.api.transfer.ChangeTypes;
import jp.openkokuho.nhi.api.transfer.EligibilityChange;
import jp.openkokuho.nhi.transfer.support.CsvRecords;
import jp.openkokuho.nhi.transfer.support.DeclaredItems;
import jp.openkokuho.nhi.transfer.support.RecordFormat;
import jp.openkokuho.nhi.transfer.support.UnrepresentableChangeException;

/**
 * The record the 国民健康保険税システム reads for one change: who is insured in which NHI household (the tax is
 * levied on the household head, 地方税法第703条の4) and, computed here by rule R4, the taxable months of the
 * coverage period per fiscal year ({@link TaxableMonths}).
 *
 * <p>One row per fiscal year the period touches, each repeating the person's columns and adding 年度, 課税月数 and
 * 課税月 ({@code 2025-07..2026-03}, empty when 0). For a closed period (a loss) the rows cover the whole period; for
 * an open one (an acquisition) they run to the end of the fiscal year in which the change was recorded (Japan time)
 * or, for a later start, of the start's fiscal year: later fiscal years are assessed by the tax system itself.
 */
final class NhiTaxRecord implements RecordFormat {
    /** Japan time, for the date a change was recorded. */
    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    /** The items of {@code @Destination(items)}, in the same order; nothing else is read. */
    static final DeclaredItems ITEMS = new DeclaredItems(ChangeItems.ATENA_NO, ChangeItems.NHI_HOUSEHOLD_NO,
        ChangeItems.RELATIONSHIP_TYPE, ChangeItems.COVERAGE_START_DATE, ChangeItems.COVERAGE_END_DATE);
    static final List<String> HEADER = List.of("全国地方公共団体コード", "宛名番号", "国保世帯番号", "続柄区分", "異動区分",
        "適用開始年月日", "適用終了年月日", "年度", "課税月数", "課税月", "連携番号", "イベントID");

    @Override
    public DeclaredItems items() {
        return ITEMS;
    }

    @Override
    public List<String> header() {
        return HEADER;
    }

    @Override
    public List<List<String>> rows(EligibilityChange change) {
        String kind = CsvRecords.changeKind(change);
        LocalDate start = ITEMS.requiredDate(change, ChangeItems.COVERAGE_START_DATE);
        LocalDate end = ChangeTypes.LOST.equals(change.changeType())
            ? ITEMS.requiredDate(change, ChangeItems.COVERAGE_END_DATE)
            : ITEMS.date(change, ChangeItems.COVERAGE_END_DATE);
        if (end != null && end.isBefore(start)) {
            throw new UnrepresentableChangeException("coverage_end_date is before coverage_start_date");
        }
        List<String> person = List.of(change.tenantCode(), ITEMS.required(change, ChangeItems.ATENA_NO),
            ITEMS.required(change, ChangeItems.NHI_HOUSEHOLD_NO), ITEMS.required(change, ChangeItems.RELATIONSHIP_TYPE),
            kind, start.toString(), end == null ? "" : end.toString());
        List<List<String>> rows = new ArrayList<>();
        for (TaxableMonths.FiscalYearMonths fy : TaxableMonths.of(start, end,
                LocalDate.ofInstant(change.recordedAt(), JAPAN))) {
            List<String> row = new ArrayList<>(person);
            row.add(Integer.toString(fy.fiscalYear()));
            row.add(Integer.toString(fy.months()));
            row.add(fy.range());
            row.add(Long.toString(change.sequence()));
            row.add(change.eventId());
            rows.add(row);
        }
        return rows;
    }
}
