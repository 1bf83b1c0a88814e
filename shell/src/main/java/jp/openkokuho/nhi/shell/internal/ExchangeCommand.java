package jp.openkokuho.nhi.shell.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.NhiException;
import jp.openkokuho.nhi.api.linkage.ExchangeDirection;
import jp.openkokuho.nhi.api.linkage.InfoExchangeService;
import jp.openkokuho.nhi.api.linkage.ProvisionRecord;

/** R19: sends one 情報照会 or 情報提供 through the 中間サーバー if its 別表第二 items are permitted. */
@Service
@Command(scope = "nhi", name = "exchange", description = "Sends a 情報照会 (inquiry) or 情報提供 (provision) for a person")
public class ExchangeCommand extends NhiAction {
    @Reference
    InfoExchangeService exchange;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Argument(index = 1, name = "direction", required = true, description = "inquiry or provision")
    String direction;

    @Argument(index = 2, name = "atenaNo", required = true, description = "宛名番号")
    String atenaNo;

    @Argument(index = 3, name = "items", required = true, description = "別表第二 item numbers, comma separated")
    String items;

    @Option(name = "--counterpart", required = true, description = "the other agency")
    String counterpart;

    @Option(name = "--staff", required = true, description = "職員ID of who asks")
    String staff;

    @Override
    void run() {
        ExchangeDirection d = direction(direction);
        List<Integer> nos = new ArrayList<>();
        for (String s : items.split(",")) {
            try {
                nos.add(Integer.valueOf(s.strip()));
            } catch (NumberFormatException e) {
                throw new NhiException("INPUT", "item '" + s.strip() + "' is not a number");
            }
        }
        ProvisionRecord r = exchange.exchange(tenant, d, atenaNo, nos, counterpart, staff);
        out.println("情報提供等記録 " + r.recordId() + ": " + r.outcome() + " (" + r.legalBasis() + "), kept until "
            + r.retainUntil());
    }

    /** @return the direction named {@code inquiry} or {@code provision} */
    static ExchangeDirection direction(String name) {
        return switch (name) {
            case "inquiry" -> ExchangeDirection.INQUIRY;
            case "provision" -> ExchangeDirection.PROVISION;
            default -> throw new NhiException("INPUT", "direction must be inquiry or provision, not '" + name + "'");
        };
    }
}
