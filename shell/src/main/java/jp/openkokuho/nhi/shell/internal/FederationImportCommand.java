package jp.openkokuho.nhi.shell.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.linkage.FederationService;
import jp.openkokuho.nhi.api.linkage.ImportReport;

/** Reconciles a 国保資格取得喪失年月日連携ファイル with the eligibility history. */
@Service
@Command(scope = "nhi", name = "federation-import",
    description = "Reconciles a 国保資格取得喪失年月日連携ファイル (docs/federation-files.md)")
public class FederationImportCommand extends NhiAction {
    @Reference
    FederationService federation;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Argument(index = 1, name = "file", required = true, description = "the CSV file (UTF-8)")
    String file;

    @Override
    void run() throws IOException {
        Path path = Args.existingFile(file);
        print(out, "国保資格取得喪失年月日連携ファイル", "rows reconciled", federation.importQualificationDates(tenant,
            path.getFileName().toString(), Files.readAllBytes(path)));
    }

    /** Prints a reconciliation report: 不整合 and rejected rows, then the totals. */
    static void print(PrintStream out, String kind, String acceptedWhat, ImportReport r) {
        r.mismatches().forEach(m -> out.println("不整合 " + m));
        r.rejected().forEach(m -> out.println("却下 " + m));
        out.println(kind + " " + r.fileName() + ": " + r.accepted() + " " + acceptedWhat + ", "
            + r.mismatches().size() + " 不整合, " + r.rejected().size() + " rejected, sha256 " + r.sha256());
    }
}
