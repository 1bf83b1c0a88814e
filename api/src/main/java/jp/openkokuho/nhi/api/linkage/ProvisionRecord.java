package jp.openkokuho.nhi.api.linkage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * 情報提供等記録 (番号法23条): one inquiry or provision, kept at least 7 years (施行令30条).
 *
 * @param recordId identifier within the tenant
 * @param atenaNo 宛名番号 of the person concerned
 * @param direction 照会 or 提供
 * @param itemNos the 別表第二 items
 * @param counterpart the other 情報照会者 / 情報提供者
 * @param requestedBy staff id (or system) who asked
 * @param requestedAt when
 * @param legalBasis the legal basis of every item
 * @param outcome {@code SENT}, {@code FAILED} or {@code REFUSED}
 * @param retainUntil last day the record must be kept
 */
public record ProvisionRecord(long recordId, String atenaNo, ExchangeDirection direction, List<Integer> itemNos,
        String counterpart, String requestedBy, Instant requestedAt, String legalBasis, String outcome,
        LocalDate retainUntil) {
    /** Copies the items. */
    public ProvisionRecord {
        itemNos = List.copyOf(itemNos);
    }
}
