package jp.openkokuho.nhi.shell.internal;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

import jp.openkokuho.nhi.api.document.DocumentService;
import jp.openkokuho.nhi.api.document.DocumentType;
import jp.openkokuho.nhi.api.document.IssuedDocument;

/** Issues a document (交付) and optionally writes its PDF. */
@Service
@Command(scope = "nhi", name = "document-issue",
        description = "Issues a document (資格確認書, 資格情報のお知らせ, 高齢受給者証, legacy cards) to an insured person")
public class DocumentIssueCommand extends NhiAction {
    @Reference
    DocumentService documents;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Argument(index = 1, name = "atenaNo", required = true, description = "宛名番号")
    String atenaNo;

    @Option(name = "--type", description = "document type, e.g. ELIGIBILITY_CONFIRMATION_DOC; default: by date "
        + "(資格確認書 from 2024-12-02, 被保険者証 before)")
    @Completion(DocumentTypeCompleter.class)
    String type;

    @Option(name = "--date", description = "発効期日 (yyyy-MM-dd); default: today")
    String date;

    @Option(name = "--reason", description = "why it is issued, e.g. 転入")
    String reason;

    @Option(name = "--out", description = "write the PDF to this file")
    @Completion(FileCompleter.class)
    String outFile;

    @Override
    void run() {
        DocumentType t = type == null ? null : Args.constant(DocumentType.class, type, "--type");
        LocalDate effective = Args.dateOrToday(date, "--date");
        IssuedDocument d = documents.issue(tenant, atenaNo, t, effective, reason);
        out.println("交付: " + Documents.line(d));
        Documents.printIfAsked(out, documents, tenant, d.documentId(), outFile);
    }
}
