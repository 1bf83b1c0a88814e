package jp.openkokuho.nhi.shell.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.NhiException;
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
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new NhiException("INPUT", "no file " + path);
        }
        ImportReport r = federation.importQualificationDates(tenant, path.getFileName().toString(),
            Files.readAllBytes(path));
        r.mismatches().forEach(m -> out.println("不整合 " + m));
        r.rejected().forEach(m -> out.println("却下 " + m));
        out.println("国保資格取得喪失年月日連携ファイル " + r.fileName() + ": " + r.accepted() + " rows reconciled, "
            + r.mismatches().size() + " 不整合, " + r.rejected().size() + " rejected, sha256 " + r.sha256());
    }
}
