package jp.openkokuho.nhi.api.linkage;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * 情報照会 / 情報提供 through the 中間サーバー, guarded by the table of permitted 別表第二 items, each writing a
 * 情報提供等記録 (R19). Requests carry the person's 符号, never the individual number. Thread safe; the tenant code
 * comes first.
 */
@ProviderType
public interface InfoExchangeService {

    /**
     * @param tenantCode tenant
     * @param asOf a day
     * @return the items permitted that day, by direction and number
     */
    List<PermittedItem> permittedItems(String tenantCode, LocalDate asOf);

    /**
     * Adds an effective-dated row to the permitted-items table (administrators; a law change is a new row). A row
     * with the same direction, item and start replaces that row's end and legal basis (how an item is closed).
     *
     * @param tenantCode tenant
     * @param item the row
     * @param staffId who changed it
     * @return the row stored
     * @throws LinkageException if the legal basis is blank or the end is not after the start
     */
    PermittedItem updatePermittedItem(String tenantCode, PermittedItem item, String staffId);

    /**
     * Sends an inquiry or provision to the 中間サーバー if every item is permitted today. A refused request is
     * recorded too (outcome {@code REFUSED}) and then raises the exception.
     *
     * @param tenantCode tenant
     * @param direction 照会 or 提供
     * @param atenaNo the person
     * @param itemNos the 別表第二 items
     * @param counterpart the other agency
     * @param requestedBy staff id
     * @return the 情報提供等記録
     * @throws LinkageException ({@code NOT_PERMITTED}) naming the item, or (R19) when the person has no 符号
     */
    ProvisionRecord exchange(String tenantCode, ExchangeDirection direction, String atenaNo, List<Integer> itemNos,
            String counterpart, String requestedBy);

    /**
     * @param tenantCode tenant
     * @param atenaNo the person
     * @return the person's 情報提供等記録, oldest first
     */
    List<ProvisionRecord> provisionLog(String tenantCode, String atenaNo);

    /**
     * Deletes records whose retention ended before {@code today}.
     *
     * @param tenantCode tenant
     * @param today the day of the purge
     * @return how many were deleted
     */
    int purgeExpired(String tenantCode, LocalDate today);
}
