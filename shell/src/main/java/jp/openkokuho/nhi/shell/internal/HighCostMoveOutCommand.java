package jp.openkokuho.nhi.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.linkage.HighCostCarryOverService;

/** Records in the 転出地 that a household's move within the prefecture was confirmed as continuous. */
@Service
@Command(scope = "nhi", name = "highcost-move-out",
    description = "Records in the 転出地 a household's 府内転出 with 継続世帯確定: its limit is halved in the move month")
public class HighCostMoveOutCommand extends NhiAction {
    @Reference
    HighCostCarryOverService highCost;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード (転出地)")
    @Completion(TenantCompleter.class)
    String tenant;

    @Argument(index = 1, name = "household", required = true, description = "国保世帯番号 in the 転出地")
    String householdNo;

    @Argument(index = 2, name = "moveDate", required = true, description = "転出日 (yyyy-MM-dd)")
    String moveDate;

    @Argument(index = 3, name = "incoming", required = true, description = "全国地方公共団体コード of the 転入地")
    String incoming;

    @Override
    void run() {
        boolean recorded = highCost.recordContinuedMoveOut(tenant, householdNo, Args.date(moveDate, "moveDate"),
            incoming);
        out.println("府内転出 (継続世帯確定) " + (recorded ? "recorded" : "was already recorded") + ": 国保世帯番号 "
            + householdNo + ", 転出日 " + moveDate + ", 転入地 " + incoming);
    }
}
