package jp.openkokuho.nhi.shell.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.linkage.DuplicateCoverageService;
import jp.openkokuho.nhi.api.linkage.ImportReport;

/** Imports a 資格重複結果リスト. */
@Service
@Command(scope = "nhi", name = "duplicate-import",
    description = "Imports a 資格重複結果リスト (R5; layout in docs/federation-files.md), all or nothing")
public class DuplicateImportCommand extends NhiAction {
    @Reference
    DuplicateCoverageService duplicates;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Argument(index = 1, name = "file", required = true, description = "the CSV file (UTF-8)")
    String file;

    @Override
    void run() throws IOException {
        Path path = Args.existingFile(file);
        ImportReport r = duplicates.importDuplicateList(tenant, path.getFileName().toString(),
            java.nio.file.Files.readAllBytes(path));
        r.mismatches().forEach(out::println);
        r.rejected().forEach(out::println);
        out.println("資格重複結果リスト " + r.fileName() + ": " + r.accepted() + " rows stored, " + r.rejected().size()
            + " rows rejected, sha256 " + r.sha256());
    }
}
