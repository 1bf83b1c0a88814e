package jp.openkokuho.nhi.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.document.DocumentService;
import jp.openkokuho.nhi.api.document.IssuedDocument;

/** Lists a person's documents. */
@Service
@Command(scope = "nhi", name = "document-list", description = "Lists a person's documents (証類) with their status")
public class DocumentListCommand extends NhiAction {
    @Reference
    DocumentService documents;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Argument(index = 1, name = "atenaNo", required = true, description = "宛名番号")
    String atenaNo;

    @Override
    void run() {
        List<IssuedDocument> list = documents.list(tenant, atenaNo);
        if (list.isEmpty()) {
            out.println("宛名番号 " + atenaNo + ": no document");
        }
        list.forEach(d -> out.println(Documents.line(d)));
    }
}
