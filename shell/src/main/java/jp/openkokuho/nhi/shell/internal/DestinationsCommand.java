package jp.openkokuho.nhi.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import jp.openkokuho.nhi.api.transfer.DestinationInfo;
import jp.openkokuho.nhi.api.transfer.TransferStatusService;

/** Lists the bound destinations with their bundle, basis, items and policy verdict. */
@Service
@Command(scope = "nhi", name = "destinations",
        description = "Lists the destination services, their versions, legal bases, items and policy verdict")
public class DestinationsCommand extends NhiAction {
    @Reference
    TransferStatusService transfers;

    @Override
    void run() {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Name");
        table.column("Bundle");
        table.column("Version");
        table.column("Legal basis");
        table.column("Items");
        table.column("Policy");
        for (DestinationInfo d : transfers.destinations()) {
            table.addRow().addContent(d.id(), d.name(), d.bundle(), d.version(), d.legalBasis(),
                String.join(",", d.items()), d.permitted() ? "permitted" : "REFUSED: " + d.refusal());
        }
        table.print(out);
    }
}
