package jp.openkokuho.nhi.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.linkage.FederationResponse;
import jp.openkokuho.nhi.api.linkage.FederationService;

/** Lists the federation's 受付結果 for our sends; {@code --collect} first reads new ones from the drop directory. */
@Service
@Command(scope = "nhi", name = "federation-responses",
    description = "Lists the 国保連合会's 受付結果 / エラー for our sends (--collect reads new files first)")
public class FederationResponsesCommand extends NhiAction {
    @Reference
    FederationService federation;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Option(name = "--collect", description = "collect new response files from the drop directory and list those")
    boolean collect;

    @Override
    void run() {
        List<FederationResponse> responses = collect ? federation.collectResponses(tenant)
            : federation.responses(tenant);
        for (FederationResponse r : responses) {
            out.println(r.responseFile() + ": " + r.status() + ", " + r.acceptedRows() + " accepted, "
                + r.rejectedRows().size() + " rejected" + (r.sendId() == null ? "" : " (send " + r.sendId() + ")"));
            r.rejectedRows().forEach(m -> out.println("  エラー " + m));
        }
        if (collect) {
            out.println(responses.size() + " response files collected");
        }
    }
}
