package jp.openkokuho.nhi.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.linkage.IdentityService;

/** 団体内統合宛名: issues the next free 宛名番号. */
@Service
@Command(scope = "nhi", name = "atena-issue", description = "Issues the next free 宛名番号 (団体内統合宛名)")
public class AtenaIssueCommand extends NhiAction {
    @Reference
    IdentityService identity;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Override
    void run() {
        out.println("宛名番号 " + identity.issueAtenaNo(tenant) + " issued");
    }
}
