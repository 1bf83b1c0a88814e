package jp.openkokuho.nhi.shell.internal;

import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

import jp.openkokuho.nhi.api.document.DocumentService;

/** Writes the PDF of a usable document. */
@Service
@Command(scope = "nhi", name = "document-print", description = "Writes the PDF of a usable document to a file")
public class DocumentPrintCommand extends NhiAction {
    @Reference
    DocumentService documents;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Argument(index = 1, name = "documentId", required = true, description = "証番号 as nhi:document-list shows it")
    String documentId;

    @Argument(index = 2, name = "file", required = true, description = "the PDF file to write")
    @Completion(FileCompleter.class)
    String file;

    @Override
    void run() {
        Documents.write(Path.of(file), documents.render(tenant, documentId));
        out.println("PDF written to " + file);
    }
}
