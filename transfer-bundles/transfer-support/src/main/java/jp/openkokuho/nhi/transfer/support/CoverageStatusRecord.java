package jp.openkokuho.nhi.transfer.support;

import java.util.List;

import jp.openkokuho.nhi.api.transfer.ChangeItems;
import jp.openkokuho.nhi.api.transfer.EligibilityChange;

/**
 * The record the systems that only check 加入保険の資格状況 read for one change — 自立支援医療, 障害福祉 (both bases),
 * こども(乳幼児)医療 and ひとり親医療: whether and from when to when the person is insured by
 * this municipality's NHI (加入保険の資格状況), with the insurer number that identifies the NHI insurer.
 *
 * <p>One row per change; dates {@code yyyy-MM-dd}; 国保資格喪失年月日 is the first day without coverage and empty
 * while coverage is open.
 */
public final class CoverageStatusRecord implements RecordFormat {
    /** The items of {@code @Destination(items)}, in the same order; nothing else is read. */
    public static final DeclaredItems ITEMS = new DeclaredItems(ChangeItems.ATENA_NO, ChangeItems.COVERAGE_START_DATE,
        ChangeItems.COVERAGE_END_DATE, ChangeItems.INSURER_NO);
    /** The header row. */
    public static final List<String> HEADER = List.of("全国地方公共団体コード", "宛名番号", "異動区分", "保険者番号", "国保資格取得年月日", "国保資格喪失年月日",
        "連携番号", "イベントID");

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
        return List.of(List.of(change.tenantCode(), ITEMS.required(change, ChangeItems.ATENA_NO),
            CsvRecords.changeKind(change), ITEMS.required(change, ChangeItems.INSURER_NO),
            ITEMS.requiredDate(change, ChangeItems.COVERAGE_START_DATE).toString(),
            CsvRecords.coverageEnd(ITEMS, change), Long.toString(change.sequence()), change.eventId()));
    }
}
