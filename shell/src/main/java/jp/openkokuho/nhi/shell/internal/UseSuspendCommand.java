package jp.openkokuho.nhi.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.privacy.Masking;
import jp.openkokuho.nhi.api.privacy.UseSuspension;
import jp.openkokuho.nhi.api.privacy.UseSuspensionService;

/** Suspends use (利用停止) for a person: their transfers are held. */
@Service
@Command(scope = "nhi", name = "use-suspend",
        description = "利用停止: holds every transfer of a person until nhi:use-resume (supervisor)")
public class UseSuspendCommand extends NhiAction {
    @Reference
    UseSuspensionService suspensions;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Argument(index = 1, name = "atenaNo", required = true, description = "宛名番号")
    String atenaNo;

    @Argument(index = 2, name = "requestRef", required = true, description = "reference of the person's request")
    String requestRef;

    @Override
    void run() {
        UseSuspension s = suspensions.suspend(tenant, atenaNo, requestRef);
        out.println("SUSPENDED: 宛名番号 " + Masking.atenaNumber(atenaNo) + " since " + s.suspendedAt()
            + " (request " + s.requestReference() + "); transfers are held");
    }
}
