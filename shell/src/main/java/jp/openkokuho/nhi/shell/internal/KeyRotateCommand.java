package jp.openkokuho.nhi.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.privacy.KeyRotationResult;
import jp.openkokuho.nhi.api.privacy.MyNumberService;

/** Rotates a tenant's 個人番号 encryption key and re-encrypts every stored number while the platform runs. */
@Service
@Command(scope = "nhi", name = "key-rotate",
        description = "Rotates the tenant's 個人番号 key and re-encrypts every row (online, resumable)")
public class KeyRotateCommand extends NhiAction {
    @Reference
    MyNumberService myNumbers;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Override
    void run() {
        KeyRotationResult r = myNumbers.rotateKey(tenant, (examined, total) ->
            out.println("  " + examined + " / " + total + " rows"));
        out.println((r.resumed() ? "RESUMED" : "ROTATED") + ": tenant " + tenant + " key " + r.keyId() + ", "
            + r.examined() + " rows examined, " + r.reencrypted() + " re-encrypted, " + r.changedConcurrently()
            + " changed meanwhile, " + r.failed() + " failed");
        out.println(r.done() ? "DONE: older keys retired: " + (r.retiredKeyIds().isEmpty() ? "none"
            : String.join(", ", r.retiredKeyIds())) + " (back up the key directory now)"
            : "NOT DONE: " + r.failed() + " rows could not be decrypted; older keys kept. See the log, then run again");
    }
}
