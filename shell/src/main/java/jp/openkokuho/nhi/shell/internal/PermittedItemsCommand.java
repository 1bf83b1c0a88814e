package jp.openkokuho.nhi.shell.internal;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import jp.openkokuho.nhi.api.linkage.InfoExchangeService;
import jp.openkokuho.nhi.api.linkage.PermittedItem;

/** R19: lists the 別表第二 items permitted on a day (today by default). */
@Service
@Command(scope = "nhi", name = "permitted-items",
    description = "Lists the 別表第二 items this municipality may ask about (照会) or provide (提供) on a day")
public class PermittedItemsCommand extends NhiAction {
    @Reference
    InfoExchangeService exchange;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Option(name = "--as-of", description = "the day (yyyy-MM-dd); today in Japan by default")
    String asOf;

    @Override
    void run() {
        LocalDate day = Args.dateOrToday(asOf, "--as-of");
        ShellTable table = new ShellTable();
        table.column("区分");
        table.column("項番").alignRight();
        table.column("適用開始");
        table.column("適用終了");
        table.column("根拠");
        for (PermittedItem i : exchange.permittedItems(tenant, day)) {
            table.addRow().addContent(PermittedItemUpdateCommand.label(i.direction()), i.itemNo(), i.validFrom(),
                i.validTo() == null ? "" : i.validTo(), i.legalBasis());
        }
        table.print(out);
    }
}
