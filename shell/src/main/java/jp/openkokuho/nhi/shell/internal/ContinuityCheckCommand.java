package jp.openkokuho.nhi.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.linkage.ContinuityFinding;
import jp.openkokuho.nhi.api.linkage.ContinuityService;

/** R7: checks the 適用終了日 / 適用開始日 of an in-prefecture move between two tenants and reports it to both. */
@Service
@Command(scope = "nhi", name = "continuity-check",
    description = "Checks 資格継続 (gap/overlap) of a move between two municipalities of this installation")
public class ContinuityCheckCommand extends NhiAction {
    @Reference
    ContinuityService continuity;

    @Argument(index = 0, name = "tenant", required = true, description = "転出地 全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Argument(index = 1, name = "atenaNo", required = true, description = "転出地 宛名番号")
    String atenaNo;

    @Argument(index = 2, name = "incomingTenant", required = true, description = "転入地 全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String incomingTenant;

    @Argument(index = 3, name = "incomingAtenaNo", required = true, description = "転入地 宛名番号")
    String incomingAtenaNo;

    @Override
    void run() {
        ContinuityFinding f = continuity.checkMove(tenant, atenaNo, incomingTenant, incomingAtenaNo);
        String verdict = switch (f.kind()) {
            case "CONTINUOUS" -> "継続 (OK)";
            case "GAP" -> "空白期間 " + f.days() + "日";
            default -> "重複期間 " + f.days() + "日";
        };
        out.println("適用終了日 " + f.coverageEndDate() + " / 適用開始日 " + f.coverageStartDate() + ": " + verdict
            + " (reported to " + tenant + " and " + incomingTenant + ")");
    }
}
