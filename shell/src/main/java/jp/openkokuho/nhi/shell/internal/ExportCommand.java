package jp.openkokuho.nhi.shell.internal;

import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

import jp.openkokuho.nhi.api.interchange.ExportResult;
import jp.openkokuho.nhi.api.interchange.ExportService;
import jp.openkokuho.nhi.api.interchange.InterchangeFileKind;

/** Exports a tenant's stored rows of one interchange file kind (別添1). */
@Service
@Command(scope = "nhi", name = "export",
        description = "Writes a tenant's stored rows of one 別添1 file kind as CSV (header = the 別添1 item names)")
public class ExportCommand extends NhiAction {
    @Reference
    ExportService exports;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Argument(index = 1, name = "kind", required = true,
            description = "qualification-change, mitigation-change, pref-qualification-dates or residence-status")
    @Completion(FileKindCompleter.class)
    String kind;

    @Argument(index = 2, name = "file", required = true, description = "the CSV file to write (replaced if it exists)")
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "--charset", description = "UTF-8 (default) or Windows-31J")
    String charset = "UTF-8";

    @Override
    void run() {
        InterchangeFileKind k = InterchangeArgs.kind(kind);
        ExportResult r = exports.exportFile(tenant, k, Path.of(file), InterchangeArgs.charset(charset),
            InterchangeArgs.printer(out));
        out.println(k.japaneseName() + " " + r.fileName() + ": " + r.rows() + " rows, " + r.bytes() + " bytes, "
            + r.charset() + ", sha256 " + r.sha256() + " - EXPORTED");
    }
}
