package jp.openkokuho.nhi.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import jp.openkokuho.nhi.api.linkage.CarryOverCase;
import jp.openkokuho.nhi.api.linkage.HighCostCarryOverService;

/** Lists the 高額該当引継ぎ cases (継続候補世帯 and their judgements) of the 転入地. */
@Service
@Command(scope = "nhi", name = "highcost-candidates", description = "Lists 高額該当引継ぎ cases (継続候補世帯) of a municipality")
public class HighCostCandidatesCommand extends NhiAction {
    @Reference
    HighCostCarryOverService highCost;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード (転入地)")
    @Completion(TenantCompleter.class)
    String tenant;

    @Override
    void run() {
        ShellTable table = new ShellTable();
        table.column("案件").alignRight();
        table.column("状態");
        table.column("転入地世帯");
        table.column("転出地");
        table.column("転出地世帯");
        table.column("転入日");
        table.column("判定案");
        table.column("理由");
        table.column("決定理由");
        table.column("決定者");
        for (CarryOverCase c : highCost.cases(tenant)) {
            table.addRow().addContent(c.caseId(), c.state(), c.incomingHouseholdNo(), c.outgoingMunicipalityCode(),
                c.outgoingHouseholdNo(), c.moveDate(), c.proposal(), c.proposalReason(),
                c.decisionReason() == null ? "" : c.decisionReason(), c.decidedBy() == null ? "" : c.decidedBy());
        }
        table.print(out);
    }
}
