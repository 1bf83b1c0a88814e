package jp.openkokuho.nhi.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.linkage.IdentityLink;
import jp.openkokuho.nhi.api.linkage.IdentityService;

/** Records the 符号 (機関別符号) the 中間サーバー issued for a person. */
@Service
@Command(scope = "nhi", name = "agency-code", description = "Records the 符号 the 中間サーバー issued for a 宛名番号")
public class AgencyCodeCommand extends NhiAction {
    @Reference
    IdentityService identity;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Argument(index = 1, name = "atenaNo", required = true, description = "宛名番号")
    String atenaNo;

    @Argument(index = 2, name = "agencyCode", required = true, description = "符号")
    String agencyCode;

    @Override
    void run() {
        IdentityLink link = identity.registerAgencyCode(tenant, atenaNo, agencyCode);
        out.println("宛名番号 " + link.atenaNo() + ": 符号 " + link.agencyCode() + " recorded");
    }
}
