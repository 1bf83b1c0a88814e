package jp.openkokuho.nhi.shell.internal;


import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

import jp.openkokuho.nhi.api.document.DocumentService;
import jp.openkokuho.nhi.api.document.IssuedDocument;

/** Reissues a document (再交付) and optionally writes its PDF. */
@Service
@Command(scope = "nhi", name = "document-reissue", description = "Reissues a usable document (再交付: lost, damaged)")
public class DocumentReissueCommand extends NhiAction {
    @Reference
    DocumentService documents;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Argument(index = 1, name = "documentId", required = true, description = "証番号 as nhi:document-list shows it")
    String documentId;

    @Option(name = "--reason", description = "why, e.g. 紛失 or 破損")
    String reason;

    @Option(name = "--out", description = "write the PDF to this file")
    @Completion(FileCompleter.class)
    String outFile;

    @Override
    void run() {
        IssuedDocument d = documents.reissue(tenant, documentId, reason);
        out.println("再交付: " + Documents.line(d));
        Documents.printIfAsked(out, documents, tenant, d.documentId(), outFile);
    }
}
