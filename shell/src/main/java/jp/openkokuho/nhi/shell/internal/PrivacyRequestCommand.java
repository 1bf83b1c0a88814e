package jp.openkokuho.nhi.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.disclosure.PrivacyRequest;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestKind;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestRegistration;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestService;
import jp.openkokuho.nhi.api.disclosure.RequesterRelation;
import jp.openkokuho.nhi.api.privacy.Masking;

/** Registers a 開示・訂正・利用停止請求 received on the 指定様式. */
@Service
@Command(scope = "nhi", name = "privacy-request",
        description = "開示・訂正・利用停止請求の受付: registers a request with its reference (受付番号)")
public class PrivacyRequestCommand extends NhiAction {
    @Reference
    PrivacyRequestService requests;

    @Option(name = "--received", description = "受付日 (yyyy-MM-dd); default today in Japan")
    String received;

    @Option(name = "--relation", description = "請求者: SELF (本人, default), LEGAL_REPRESENTATIVE (法定代理人),"
        + " AUTHORISED_AGENT (任意代理人)")
    @Completion(RequesterRelationCompleter.class)
    String relation = RequesterRelation.SELF.name();

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Argument(index = 1, name = "requestRef", required = true, description = "受付番号 (unique in the tenant)")
    String requestRef;

    @Argument(index = 2, name = "kind", required = true, description = "DISCLOSURE, CORRECTION or SUSPENSION")
    @Completion(PrivacyRequestKindCompleter.class)
    String kind;

    @Argument(index = 3, name = "atenaNo", required = true, description = "宛名番号 of the person concerned")
    String atenaNo;

    @Override
    void run() {
        PrivacyRequest r = requests.register(tenant, new PrivacyRequestRegistration(requestRef,
            Args.constant(PrivacyRequestKind.class, kind, "kind"), atenaNo, Args.dateOrToday(received, "--received"),
            Args.constant(RequesterRelation.class, relation, "--relation")));
        out.println("REGISTERED: " + r.kind().label() + " " + r.requestReference() + " for 宛名番号 "
            + Masking.atenaNumber(r.atenaNo()) + " (" + r.relation().label() + ", 受付日 " + r.receivedOn() + ")");
    }
}
