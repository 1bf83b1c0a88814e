package jp.openkokuho.nhi.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.privacy.Masking;
import jp.openkokuho.nhi.api.privacy.MyNumber;
import jp.openkokuho.nhi.api.privacy.MyNumberService;

/** Links a person to their individual number; prints nothing of the number. */
@Service
@Command(scope = "nhi", name = "mynumber-link",
        description = "Stores a person's 個人番号 (encrypted) linked to their 宛名番号")
public class MyNumberLinkCommand extends NhiAction {
    @Reference
    MyNumberService myNumbers;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Argument(index = 1, name = "atenaNo", required = true, description = "宛名番号")
    String atenaNo;

    @Argument(index = 2, name = "myNumber", required = true,
            description = "個人番号: 12 digits, or three groups of four (check digit verified)")
    String myNumber;

    @Override
    void run() {
        // normalize rejects a bad check digit with a message that never contains the input
        MyNumber number = MyNumber.of(MyNumber.normalize(myNumber));
        boolean changed = myNumbers.link(tenant, atenaNo, number);
        out.println((changed ? "LINKED: " : "UNCHANGED: ") + MyNumber.MASK + " for 宛名番号 "
            + Masking.atenaNumber(atenaNo) + " in tenant " + tenant);
    }
}
