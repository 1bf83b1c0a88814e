package jp.openkokuho.nhi.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.NhiException;
import jp.openkokuho.nhi.api.linkage.CarryOverCase;
import jp.openkokuho.nhi.api.linkage.HighCostCarryOverService;

/** Records staff's judgement on a 継続候補世帯, or the federation's 継続世帯確定. */
@Service
@Command(scope = "nhi", name = "highcost-decide",
    description = "Accepts (容認) or rejects a 継続候補世帯, or records its 継続世帯確定")
public class HighCostDecideCommand extends NhiAction {
    @Reference
    HighCostCarryOverService highCost;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード (転入地)")
    @Completion(TenantCompleter.class)
    String tenant;

    @Argument(index = 1, name = "case", required = true, description = "案件番号")
    long caseId;

    @Argument(index = 2, name = "decision", required = true, description = "accept, reject or confirm")
    String decision;

    @Argument(index = 3, name = "reason", required = false, description = "理由 (required for accept and reject)")
    String reason;

    @Option(name = "--staff", description = "職員ID of who decided (required for accept and reject)")
    String staff;

    @Override
    void run() {
        CarryOverCase c = switch (decision) {
            case "accept" -> highCost.decide(tenant, caseId, true, reason, staff);
            case "reject" -> highCost.decide(tenant, caseId, false, reason, staff);
            case "confirm" -> highCost.confirm(tenant, caseId);
            default -> throw new NhiException("INPUT", "decision must be accept, reject or confirm, not '" + decision + "'");
        };
        out.println("高額該当引継ぎ 案件 " + c.caseId() + ": " + c.state());
    }
}
