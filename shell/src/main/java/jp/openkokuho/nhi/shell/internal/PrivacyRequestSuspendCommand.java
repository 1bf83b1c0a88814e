package jp.openkokuho.nhi.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.disclosure.PrivacyRequestService;
import jp.openkokuho.nhi.api.privacy.UseSuspension;

/** Applies a 利用停止請求: suspends use under the request reference. */
@Service
@Command(scope = "nhi", name = "privacy-request-suspend",
        description = "利用停止請求の実施: holds every transfer of the request's person (supervisor)")
public class PrivacyRequestSuspendCommand extends NhiAction {
    @Reference
    PrivacyRequestService requests;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Argument(index = 1, name = "requestRef", required = true, description = "受付番号 of the 利用停止請求")
    String requestRef;

    @Override
    void run() {
        UseSuspension s = requests.applySuspension(tenant, requestRef);
        out.println("SUSPENDED: since " + s.suspendedAt() + " (request " + s.requestReference()
            + "); transfers are held");
    }
}
