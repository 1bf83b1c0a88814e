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
import jp.openkokuho.nhi.api.disclosure.PrivacyRequest;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestAction;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestService;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestStatus;
import jp.openkokuho.nhi.api.privacy.Masking;

/** Lists 開示・訂正・利用停止請求, or the steps taken under one. */
@Service
@Command(scope = "nhi", name = "privacy-requests",
        description = "Lists 開示・訂正・利用停止請求 (by 受付日, status or person), or with --ref the steps of one request")
public class PrivacyRequestsCommand extends NhiAction {
    @Reference
    PrivacyRequestService requests;

    @Option(name = "--from", description = "first 受付日 (yyyy-MM-dd)")
    String from;

    @Option(name = "--to", description = "last 受付日 (yyyy-MM-dd)")
    String to;

    @Option(name = "--status", description = "RECEIVED, IN_PROGRESS or CLOSED")
    @Completion(PrivacyRequestStatusCompleter.class)
    String status;

    @Option(name = "--atena", description = "only the requests of this 宛名番号")
    String atenaNo;

    @Option(name = "--ref", description = "show one request and every step taken under it")
    String ref;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Override
    void run() {
        if (ref != null) {
            PrivacyRequest r = requests.find(tenant, ref).orElseThrow(() -> new NhiException("UNKNOWN_REQUEST",
                "request reference " + ref + " is not registered in tenant " + tenant));
            print(List.of(r));
            ShellTable steps = new ShellTable();
            steps.column("No").alignRight();
            steps.column("日時");
            steps.column("内容");
            steps.column("職員");
            steps.column("詳細");
            for (PrivacyRequestAction a : requests.actions(tenant, ref)) {
                steps.addRow().addContent(a.actionId(), a.recordedAt(), a.kind().label(), a.staffId(), a.detail());
            }
            steps.print(out);
            return;
        }
        List<PrivacyRequest> found = atenaNo != null ? requests.listOfPerson(tenant, atenaNo)
            : requests.list(tenant, from == null ? null : Args.date(from, "--from"),
                to == null ? null : Args.date(to, "--to"),
                status == null ? null : Args.constant(PrivacyRequestStatus.class, status, "--status"));
        print(found);
        out.println(found.size() + " requests");
    }

    private void print(List<PrivacyRequest> list) {
        ShellTable table = new ShellTable();
        table.column("受付番号");
        table.column("区分");
        table.column("宛名番号");
        table.column("受付日");
        table.column("請求者");
        table.column("状況");
        table.column("決定");
        table.column("受付職員");
        for (PrivacyRequest r : list) {
            table.addRow().addContent(r.requestReference(), r.kind().label(), Masking.atenaNumber(r.atenaNo()),
                r.receivedOn(), r.relation().label(), r.status().label(), r.outcome() == null ? ""
                    : r.outcome().label(), r.registeredBy());
        }
        table.print(out);
    }
}
