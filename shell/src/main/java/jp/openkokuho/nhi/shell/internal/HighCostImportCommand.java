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
import jp.openkokuho.nhi.api.linkage.HighCostCarryOverService;
import jp.openkokuho.nhi.api.linkage.ImportReport;

/** Imports a 転出地高額該当情報 file for confirmed 継続世帯. */
@Service
@Command(scope = "nhi", name = "highcost-import", description = "Imports a 転出地高額該当情報 file (docs/federation-files.md)")
public class HighCostImportCommand extends NhiAction {
    @Reference
    HighCostCarryOverService highCost;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード (転入地)")
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
        ImportReport r = highCost.importOutgoingHistory(tenant, path.getFileName().toString(), Files.readAllBytes(path));
        r.rejected().forEach(out::println);
        out.println("転出地高額該当情報 " + r.fileName() + ": " + r.accepted() + " months stored, " + r.rejected().size()
            + " rows rejected, sha256 " + r.sha256());
    }
}
