package jp.openkokuho.nhi.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import jp.openkokuho.nhi.api.NhiException;
import jp.openkokuho.nhi.api.disclosure.Inquiry;
import jp.openkokuho.nhi.api.disclosure.InquiryService;
import jp.openkokuho.nhi.api.privacy.Masking;

/** Lists recorded inquiries of one person or of a period. */
@Service
@Command(scope = "nhi", name = "inquiries",
        description = "Lists recorded 問合せ of one person (--atena) or received in a period (--from/--to, days in Japan)")
public class InquiriesCommand extends NhiAction {
    @Reference
    InquiryService inquiries;

    @Option(name = "--atena", description = "宛名番号")
    String atenaNo;

    @Option(name = "--from", description = "first day (yyyy-MM-dd)")
    String from;

    @Option(name = "--to", description = "last day (yyyy-MM-dd); default the same as --from")
    String to;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Override
    void run() {
        if ((atenaNo == null) == (from == null)) {
            throw new NhiException("INPUT", "give either --atena or --from (and --to)");
        }
        List<Inquiry> found = atenaNo != null ? inquiries.ofPerson(tenant, atenaNo)
            : inquiries.inPeriod(tenant, Args.date(from, "--from"), Args.date(to == null ? from : to, "--to"));
        ShellTable table = new ShellTable();
        table.column("No").alignRight();
        table.column("続き").alignRight();
        table.column("受付日時");
        table.column("方法");
        table.column("宛名番号");
        table.column("内容");
        table.column("対応");
        table.column("職員");
        for (Inquiry i : found) {
            table.addRow().addContent(i.inquiryId(), i.followsUp() == null ? "" : i.followsUp(), i.receivedAt(),
                i.channel().label(), i.atenaNo() == null ? "" : Masking.atenaNumber(i.atenaNo()), i.summary(),
                i.response(), i.staffId());
        }
        table.print(out);
        out.println(found.size() + " inquiries");
    }
}
