package jp.openkokuho.nhi.shell.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.linkage.FederationService;

/** Reconciles a 市区町村被保険者ID連携ファイル (the prefecture's 被保険者ID and 枝番) with the local records. */
@Service
@Command(scope = "nhi", name = "federation-id-import",
    description = "Reconciles a 市区町村被保険者ID連携ファイル (docs/federation-files.md)")
public class FederationIdImportCommand extends NhiAction {
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
        FederationImportCommand.print(out, "市区町村被保険者ID連携ファイル", "links stored", federation.importInsuredIds(tenant,
            path.getFileName().toString(), Files.readAllBytes(path)));
    }
}
