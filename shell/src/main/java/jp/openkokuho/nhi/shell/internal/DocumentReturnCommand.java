package jp.openkokuho.nhi.shell.internal;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.document.DocumentService;
import jp.openkokuho.nhi.api.document.IssuedDocument;

/** Records that a document was handed back (返還). */
@Service
@Command(scope = "nhi", name = "document-return", description = "Records that a document was handed back (返還)")
public class DocumentReturnCommand extends NhiAction {
    @Reference
    DocumentService documents;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Argument(index = 1, name = "documentId", required = true, description = "証番号 as nhi:document-list shows it")
    String documentId;

    @Option(name = "--date", description = "返還日 (yyyy-MM-dd); default: today")
    String date;

    @Override
    void run() {
        LocalDate day = Args.dateOrToday(date, "--date");
        IssuedDocument d = documents.recordReturn(tenant, documentId, day);
        out.println("返還: " + Documents.line(d));
    }
}
