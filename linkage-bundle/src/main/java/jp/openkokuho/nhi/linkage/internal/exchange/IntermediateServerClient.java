package jp.openkokuho.nhi.linkage.internal.exchange;

import java.util.List;

/** Sends one request to the 中間サーバー. Implementations never receive an individual number, only the 符号. */
public interface IntermediateServerClient {

    /**
     * One request.
     *
     * @param requestId our 情報提供等記録 id
     * @param direction {@code INQUIRY} or {@code PROVISION}
     * @param agencyCode the person's 符号
     * @param itemNos the 別表第二 items
     * @param counterpart the other agency
     */
    record Request(long requestId, String direction, String agencyCode, List<Integer> itemNos, String counterpart) {
    }

    /**
     * @param tenantCode the municipality
     * @param request the request
     * @return whether the server accepted it
     */
    boolean send(String tenantCode, Request request);
}
