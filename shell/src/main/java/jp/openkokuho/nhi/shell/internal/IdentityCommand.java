package jp.openkokuho.nhi.shell.internal;

import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.linkage.FederationService;
import jp.openkokuho.nhi.api.linkage.IdentityLink;
import jp.openkokuho.nhi.api.linkage.IdentityService;
import jp.openkokuho.nhi.api.linkage.JlisItem;

/**
 * Shows what the linkage knows about one person's identifiers: 個人番号 (always masked: the records never carry it),
 * 符号, J-LIS 本人確認判定 and the prefecture's 被保険者ID.
 */
@Service
@Command(scope = "nhi", name = "identity",
    description = "Shows the 宛名番号 ↔ 個人番号 (masked) ↔ 符号 mapping, J-LIS result and 被保険者ID of a person")
public class IdentityCommand extends NhiAction {
    @Reference
    IdentityService identity;

    @Reference
    FederationService federation;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Argument(index = 1, name = "atenaNo", required = true, description = "宛名番号")
    String atenaNo;

    @Override
    void run() {
        IdentityLink link = identity.identity(tenant, atenaNo);
        out.println("宛名番号: " + link.atenaNo());
        out.println("個人番号: " + link.myNumber());
        out.println("符号: " + (link.agencyCode() == null ? "(未取得)" : link.agencyCode()));
        String items = link.jlisMismatches().stream().sorted().map(JlisItem::name).collect(Collectors.joining(", "));
        out.println("本人確認判定: " + link.jlisStatus() + (items.isEmpty() ? "" : " (" + items + ")"));
        out.println("オンライン資格確認: " + (link.onlineConfirmationAllowed() ? "可" : "不可"));
        out.println("被保険者ID: " + federation.insuredId(tenant, atenaNo)
            .map(i -> i.insuredId() + " (国保世帯 " + i.householdNo() + " 枝番 " + i.branchNo() + ", " + i.sourceFile() + ")")
            .orElse("(なし)"));
    }
}
