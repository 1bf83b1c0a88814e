package jp.openkokuho.nhi.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.disclosure.PrivacyRequest;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestOutcome;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestService;

/** Closes a request with its decision. */
@Service
@Command(scope = "nhi", name = "privacy-request-close",
        description = "請求の完了: records the decision; a refused or withdrawn 利用停止請求 also ends the suspension")
public class PrivacyRequestCloseCommand extends NhiAction {
    @Reference
    PrivacyRequestService requests;

    @Option(name = "--note", description = "what to record with the decision (no individual number)")
    String note = "";

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Argument(index = 1, name = "requestRef", required = true, description = "受付番号")
    String requestRef;

    @Argument(index = 2, name = "outcome", required = true,
            description = "GRANTED, PARTIALLY_GRANTED, REFUSED or WITHDRAWN")
    @Completion(PrivacyRequestOutcomeCompleter.class)
    String outcome;

    @Override
    void run() {
        PrivacyRequest r = requests.close(tenant, requestRef, Args.constant(PrivacyRequestOutcome.class, outcome,
            "outcome"), note);
        out.println("CLOSED: " + r.kind().label() + " " + r.requestReference() + " - " + r.outcome().label());
    }
}
