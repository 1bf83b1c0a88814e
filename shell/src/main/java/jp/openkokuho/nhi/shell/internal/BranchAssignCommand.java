package jp.openkokuho.nhi.shell.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.linkage.BranchAssignment;
import jp.openkokuho.nhi.api.linkage.IdentityService;

/** R17: assigns 被保険者枝番 to the persons of a household that have none. */
@Service
@Command(scope = "nhi", name = "branch-assign", description = "Assigns 被保険者枝番 to the persons of a 国保世帯")
public class BranchAssignCommand extends NhiAction {
    @Reference
    IdentityService identity;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Argument(index = 1, name = "householdNo", required = true, description = "国保世帯番号")
    String householdNo;

    @Argument(index = 2, name = "atenaNos", required = true, multiValued = true, description = "宛名番号 …")
    List<String> atenaNos;

    @Override
    void run() {
        for (BranchAssignment a : identity.assignBranches(tenant, householdNo, atenaNos,
                LocalDate.now(ZoneId.of("Asia/Tokyo")))) {
            out.println("宛名番号 " + a.atenaNo() + ": 枝番 " + a.branchNo() + " (" + a.assignedOn() + ")");
        }
    }
}
