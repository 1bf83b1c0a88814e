package jp.openkokuho.nhi.shell.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.NhiException;
import jp.openkokuho.nhi.api.linkage.IdentityLink;
import jp.openkokuho.nhi.api.linkage.IdentityService;
import jp.openkokuho.nhi.api.linkage.JlisItem;

/** R20: records the result of a J-LIS five-item comparison: the items that differ, or {@code --clear} when all match. */
@Service
@Command(scope = "nhi", name = "jlis-check",
    description = "Records a J-LIS five-item check: the items that differ, or --clear when all five match")
public class JlisCheckCommand extends NhiAction {
    @Reference
    IdentityService identity;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Argument(index = 1, name = "atenaNo", required = true, description = "宛名番号")
    String atenaNo;

    @Argument(index = 2, name = "items", multiValued = true,
        description = "items that differ: KANJI_NAME KANA_NAME BIRTH_DATE SEX ADDRESS")
    @Completion(JlisItemCompleter.class)
    List<String> items;

    @Option(name = "--clear", description = "all five items match: clears the flag")
    boolean clear;

    @Override
    void run() {
        boolean none = items == null || items.isEmpty();
        if (clear == !none) {
            throw new NhiException("INPUT", "give the items that differ, or --clear when all five match (not both)");
        }
        Set<JlisItem> differing = EnumSet.noneOf(JlisItem.class);
        for (String i : none ? List.<String>of() : items) {
            try {
                differing.add(JlisItem.valueOf(i.strip()));
            } catch (IllegalArgumentException e) {
                throw new NhiException("INPUT", "'" + i + "' is not a J-LIS item (KANJI_NAME, KANA_NAME, BIRTH_DATE, "
                    + "SEX, ADDRESS)");
            }
        }
        IdentityLink link = identity.recordJlisCheck(tenant, atenaNo, differing);
        out.println("宛名番号 " + link.atenaNo() + ": 本人確認判定 " + link.jlisStatus() + ", オンライン資格確認 "
            + (link.onlineConfirmationAllowed() ? "可" : "不可"));
    }
}
