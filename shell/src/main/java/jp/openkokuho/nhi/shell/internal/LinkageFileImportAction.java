package jp.openkokuho.nhi.shell.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.support.completers.FileCompleter;

import jp.openkokuho.nhi.api.linkage.ImportReport;

/**
 * Base of the commands that hand one file of the 国保連合会 (or of another municipality) to a linkage service and
 * print its {@link ImportReport}: their shared arguments (Karaf reads them from this superclass), the file check and
 * one report layout — 不整合 rows, rejected rows, then the totals.
 */
abstract class LinkageFileImportAction extends NhiAction {
    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Argument(index = 1, name = "file", required = true, description = "the CSV file (UTF-8)")
    @Completion(FileCompleter.class)
    String file;

    /** @return the file's name as staff know it, e.g. 国保資格取得喪失年月日連携ファイル */
    abstract String kind();

    /** @return what the accepted count counts, e.g. "rows reconciled" */
    abstract String acceptedWhat();

    /** Hands the file to the service; the service stores all or nothing. */
    abstract ImportReport importFile(String tenantCode, String fileName, byte[] content);

    @Override
    final void run() throws IOException {
        Path path = Args.existingFile(file);
        ImportReport r = importFile(tenant, path.getFileName().toString(), Files.readAllBytes(path));
        r.mismatches().forEach(m -> out.println("不整合 " + m));
        r.rejected().forEach(m -> out.println("却下 " + m));
        out.println(kind() + " " + r.fileName() + ": " + r.accepted() + " " + acceptedWhat() + ", "
            + r.mismatches().size() + " 不整合, " + r.rejected().size() + " rejected, sha256 " + r.sha256());
    }
}
