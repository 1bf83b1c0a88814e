package jp.openkokuho.nhi.shell.internal;

import java.util.Optional;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.privacy.Masking;
import jp.openkokuho.nhi.api.privacy.UseSuspension;
import jp.openkokuho.nhi.api.privacy.UseSuspensionService;

/** Ends a person's use suspension: held transfers go out. */
@Service
@Command(scope = "nhi", name = "use-resume",
        description = "Ends a 利用停止; the person's held transfers are delivered (supervisor)")
public class UseResumeCommand extends NhiAction {
    @Reference
    UseSuspensionService suspensions;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Argument(index = 1, name = "atenaNo", required = true, description = "宛名番号")
    String atenaNo;

    @Argument(index = 2, name = "reference", required = true, description = "reference of the request or decision")
    String reference;

    @Override
    void run() {
        Optional<UseSuspension> ended = suspensions.resume(tenant, atenaNo, reference);
        out.println(ended.isPresent()
            ? "RESUMED: 宛名番号 " + Masking.atenaNumber(atenaNo) + " (suspended since " + ended.get().suspendedAt()
                + " by request " + ended.get().requestReference() + "); held transfers are released"
            : "NOT SUSPENDED: 宛名番号 " + Masking.atenaNumber(atenaNo) + "; nothing changed");
    }
}
