package jp.openkokuho.nhi.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.transfer.TransferStatusService;

/** Queues a destination's dead letters again. */
@Service
@Command(scope = "nhi", name = "transfer-retry", description = "Queues the dead letters of a destination again")
public class TransferRetryCommand extends NhiAction {
    @Reference
    TransferStatusService transfers;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Argument(index = 1, name = "destination", required = true, description = "destination id")
    @Completion(DestinationCompleter.class)
    String destination;

    @Override
    void run() {
        int n = transfers.retryDeadLetters(tenant, destination);
        out.println(n + " dead letter(s) of " + destination + " queued again for tenant " + tenant);
    }
}
