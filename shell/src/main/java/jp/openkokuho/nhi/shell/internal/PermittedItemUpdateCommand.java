package jp.openkokuho.nhi.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.linkage.ExchangeDirection;
import jp.openkokuho.nhi.api.linkage.InfoExchangeService;
import jp.openkokuho.nhi.api.linkage.PermittedItem;

/**
 * R19: adds an effective-dated row to the permitted 別表第二 items, or closes one (same direction, item and start
 * with {@code --to}). Supervisors only (checked by the service).
 */
@Service
@Command(scope = "nhi", name = "permitted-item-update",
    description = "Adds or closes an effective-dated permitted 別表第二 item (supervisors)")
public class PermittedItemUpdateCommand extends NhiAction {
    @Reference
    InfoExchangeService exchange;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Argument(index = 1, name = "direction", required = true, description = "inquiry (照会) or provision (提供)")
    String direction;

    @Argument(index = 2, name = "itemNo", required = true, description = "別表第二 item number")
    int itemNo;

    @Argument(index = 3, name = "validFrom", required = true, description = "first day permitted (yyyy-MM-dd)")
    String validFrom;

    @Option(name = "--to", description = "first day no longer permitted (yyyy-MM-dd); omit while in force")
    String validTo;

    @Option(name = "--basis", required = true, description = "the legal basis as staff read it")
    String basis;

    @Option(name = "--staff", required = true, description = "職員ID of who changes the table")
    String staff;

    @Override
    void run() {
        ExchangeDirection d = ExchangeCommand.direction(direction);
        PermittedItem stored = exchange.updatePermittedItem(tenant, new PermittedItem(d, itemNo,
            Args.date(validFrom, "validFrom"),
            validTo == null ? null : Args.date(validTo, "--to"), basis), staff);
        out.println(label(stored.direction()) + " " + stored.itemNo() + ": " + stored.validFrom() + " – "
            + (stored.validTo() == null ? "" : stored.validTo()) + " (" + stored.legalBasis() + ")");
    }

    /** @return 照会 or 提供 */
    static String label(ExchangeDirection d) {
        return d == ExchangeDirection.INQUIRY ? "照会" : "提供";
    }
}
