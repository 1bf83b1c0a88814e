package jp.openkokuho.nhi.shell.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import jp.openkokuho.nhi.api.tenant.Tenant;
import jp.openkokuho.nhi.api.tenant.TenantService;
import jp.openkokuho.nhi.api.transfer.DestinationStatus;
import jp.openkokuho.nhi.api.transfer.TransferStatusService;

/** Delivery state per tenant and destination. */
@Service
@Command(scope = "nhi", name = "transfer-status",
        description = "Shows delivered, pending and dead-lettered changes per tenant and destination")
public class TransferStatusCommand extends NhiAction {
    @Reference
    TransferStatusService transfers;

    @Reference
    TenantService tenants;

    @Argument(index = 0, name = "tenant", required = false, description = "全国地方公共団体コード; default: all tenants")
    @Completion(TenantCompleter.class)
    String tenant;

    @Override
    void run() {
        List<DestinationStatus> rows = new ArrayList<>();
        if (tenant != null) {
            rows.addAll(transfers.status(tenant));
        } else {
            for (Tenant t : VisibleTenants.of(tenants.tenants())) {
                rows.addAll(transfers.status(t.code()));
            }
        }
        ShellTable table = new ShellTable();
        table.column("Tenant");
        table.column("Destination");
        table.column("Bound");
        table.column("Delivered").alignRight();
        table.column("Pending").alignRight();
        table.column("Dead").alignRight();
        table.column("Oldest pending");
        for (DestinationStatus s : rows) {
            table.addRow().addContent(s.tenantCode(), s.destinationId(), s.bound() ? "yes" : "no", s.delivered(),
                s.pending(), s.deadLetters(), age(s.oldestPendingAge()));
        }
        table.print(out);
    }

    static String age(Duration d) {
        if (d == null) {
            return "-";
        }
        long s = d.toSeconds();
        return s < 60 ? s + "s" : s < 3600 ? (s / 60) + "m" + (s % 60) + "s" : (s / 3600) + "h" + (s % 3600 / 60) + "m";
    }
}
