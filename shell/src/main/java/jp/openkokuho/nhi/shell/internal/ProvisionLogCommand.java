package jp.openkokuho.nhi.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import jp.openkokuho.nhi.api.linkage.InfoExchangeService;
import jp.openkokuho.nhi.api.linkage.ProvisionRecord;

/** R19: lists the 情報提供等記録 of one person. */
@Service
@Command(scope = "nhi", name = "provision-log", description = "Lists the 情報提供等記録 (情報照会・情報提供) of a person")
public class ProvisionLogCommand extends NhiAction {
    @Reference
    InfoExchangeService exchange;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Argument(index = 1, name = "atenaNo", required = true, description = "宛名番号")
    String atenaNo;

    @Override
    void run() {
        ShellTable table = new ShellTable();
        table.column("記録").alignRight();
        table.column("区分");
        table.column("項目");
        table.column("相手方");
        table.column("依頼者");
        table.column("日時");
        table.column("根拠");
        table.column("結果");
        table.column("保存期限");
        for (ProvisionRecord r : exchange.provisionLog(tenant, atenaNo)) {
            table.addRow().addContent(r.recordId(), r.direction() == null ? "" : switch (r.direction()) {
                case INQUIRY -> "情報照会";
                case PROVISION -> "情報提供";
            }, r.itemNos(), r.counterpart(), r.requestedBy(), r.requestedAt(), r.legalBasis(), r.outcome(),
                r.retainUntil());
        }
        table.print(out);
    }
}
