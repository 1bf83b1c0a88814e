package jp.openkokuho.nhi.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import jp.openkokuho.nhi.api.tenant.Tenant;
import jp.openkokuho.nhi.api.tenant.TenantService;

/** Lists the municipalities hosted on this installation. */
@Service
@Command(scope = "nhi", name = "tenant-list", description = "Lists the tenants (municipalities) that are open")
public class TenantListCommand extends NhiAction {
    @Reference
    TenantService tenants;

    @Override
    void run() {
        ShellTable table = new ShellTable();
        table.column("コード");
        table.column("名称");
        table.column("保険者番号");
        table.column("移転先");
        for (Tenant t : tenants.tenants()) {
            table.addRow().addContent(t.code(), t.name(), t.insurerNumber(), String.join(",", t.destinations()));
        }
        table.print(out);
    }
}
