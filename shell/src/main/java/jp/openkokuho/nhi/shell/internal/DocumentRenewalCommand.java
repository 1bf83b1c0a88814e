package jp.openkokuho.nhi.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.document.DocumentService;
import jp.openkokuho.nhi.api.document.RenewalResult;

/** Runs the yearly 一斉更新 of documents. */
@Service
@Command(scope = "nhi", name = "document-renewal",
        description = "Yearly 一斉更新: issues the next document to every insured person whose document expires")
public class DocumentRenewalCommand extends NhiAction {
    @Reference
    DocumentService documents;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Argument(index = 1, name = "date", required = true, description = "run date (yyyy-MM-dd)")
    String date;

    @Override
    void run() {
        RenewalResult r = documents.annualRenewal(tenant, Args.date(date, "date"));
        r.failures().forEach(out::println);
        out.println("一斉更新 " + tenant + " for the cycle from " + r.nextEffectiveDate() + ": " + r.expiring()
            + " expiring, " + r.issued() + " issued, " + r.notCovered() + " not insured, " + r.failed() + " failed");
    }
}
