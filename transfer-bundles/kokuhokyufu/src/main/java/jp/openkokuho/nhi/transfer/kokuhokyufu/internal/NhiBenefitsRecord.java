package jp.openkokuho.nhi.transfer.kokuhokyufu.internal;

import java.util.List;

import jp.openkokuho.nhi.api.transfer.ChangeItems;
import jp.openkokuho.nhi.api.transfer.EligibilityChange;
import jp.openkokuho.nhi.transfer.support.CsvRecords;
import jp.openkokuho.nhi.transfer.support.DeclaredItems;
import jp.openkokuho.nhi.transfer.support.RecordFormat;

/**
 * The record the 国民健康保険給付システム reads for one change: who the NHI insured are (療養の給付を行う被保険者の把握):
 * insurer, NHI household, the person and their relationship to the household head, and the coverage period.
 *
 * <p>One row per change; dates {@code yyyy-MM-dd}; 国保資格喪失年月日 is the first day without coverage and empty
 * while coverage is open.
 */
final class NhiBenefitsRecord implements RecordFormat {
    /** The items of {@code @Destination(items)}, in the same order; nothing else is read. */
    static final DeclaredItems ITEMS = new DeclaredItems(ChangeItems.ATENA_NO, ChangeItems.NHI_HOUSEHOLD_NO,
        ChangeItems.RELATIONSHIP_TYPE, ChangeItems.COVERAGE_START_DATE, ChangeItems.COVERAGE_END_DATE,
        ChangeItems.INSURER_NO);
    static final List<String> HEADER = List.of("全国地方公共団体コード", "保険者番号", "国保世帯番号", "宛名番号", "続柄区分", "異動区分", "国保資格取得年月日",
        "国保資格喪失年月日", "連携番号", "イベントID");

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
        return List.of(List.of(change.tenantCode(), ITEMS.required(change, ChangeItems.INSURER_NO),
            ITEMS.required(change, ChangeItems.NHI_HOUSEHOLD_NO), ITEMS.required(change, ChangeItems.ATENA_NO),
            ITEMS.required(change, ChangeItems.RELATIONSHIP_TYPE), CsvRecords.changeKind(change),
            ITEMS.requiredDate(change, ChangeItems.COVERAGE_START_DATE).toString(),
            CsvRecords.coverageEnd(ITEMS, change), Long.toString(change.sequence()), change.eventId()));
    }
}
