package jp.openkokuho.nhi.shell.internal;

import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.interchange.ExportResult;
import jp.openkokuho.nhi.api.interchange.ExportService;
import jp.openkokuho.nhi.api.interchange.InterchangeFileKind;

/** Exports a tenant's stored rows of one interchange file kind (別添1). */
@Service
@Command(scope = "nhi", name = "export",
        description = "Writes a tenant's stored rows of one 別添1 file kind as CSV (header = the 別添1 item names);"
            + " supervisors only, with the purpose recorded in the operation log")
public class ExportCommand extends InterchangeFileAction {
    @Reference
    ExportService exports;

    @Option(name = "--purpose", required = true,
            description = "利用目的: why the whole file leaves the platform (recorded in the operation log)")
    String purpose;

    @Override
    void run() {
        InterchangeFileKind k = kind(kind);
        ExportResult r = exports.exportFile(tenant, k, Path.of(file), charset(charset), purpose,
            printer(out));
        out.println(k.japaneseName() + " " + r.fileName() + ": " + r.rows() + " rows, " + r.bytes() + " bytes, "
            + r.charset() + ", sha256 " + r.sha256() + " - EXPORTED");
    }
}
