package jp.openkokuho.nhi.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;

import jp.openkokuho.nhi.api.audit.AuditService;
import jp.openkokuho.nhi.api.audit.AuditVerification;

/** Verifies a municipality's operation log (操作ログ) against its checkpoints; auditors and supervisors only. */
@Service
@Command(scope = "nhi", name = "audit-verify",
        description = "Verifies a municipality's operation log (操作ログ): OK, or the first broken entry and why")
public class AuditVerifyCommand extends NhiAction {
    @Reference
    AuditService audit;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Override
    void run() throws CommandException {
        AuditVerification v = audit.verify(tenant);
        if (!v.ok()) {
            // a broken log fails the command, so a scheduled verification alerts
            throw new CommandException(v.summary());
        }
        out.println(v.summary());
    }
}
