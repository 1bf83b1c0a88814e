package jp.openkokuho.nhi.shell.internal;

import java.nio.charset.Charset;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.NhiException;
import jp.openkokuho.nhi.api.interchange.ImportResult;
import jp.openkokuho.nhi.api.interchange.ImportService;
import jp.openkokuho.nhi.api.interchange.InterchangeFileKind;

/** Validates or imports an interchange file (別添1); a long import prints its progress. */
@Service
@Command(scope = "nhi", name = "import",
        description = "Imports an interchange file (all-or-nothing), or only checks it with --check")
public class ImportCommand extends InterchangeFileAction {
    @Reference
    ImportService imports;

    @Option(name = "--check", description = "only validate; store nothing")
    boolean check;

    @Override
    void run() {
        InterchangeFileKind k = kind(kind);
        Path path = Args.existingFile(file);
        Charset cs = charset(charset);
        ImportResult r = check ? imports.validate(tenant, k, path, cs)
            : imports.importFile(tenant, k, path, cs, printer(out));
        for (String line : r.report()) {
            out.println(line);
        }
        String verdict = !r.accepted() ? "REJECTED: nothing stored"
            : check ? "OK: valid, nothing stored (--check)"
            : r.alreadyImported() ? "ALREADY IMPORTED: this file (same SHA-256) was imported before; nothing changed"
            : "IMPORTED: " + r.stored() + " rows stored";
        out.println(k.japaneseName() + " " + r.fileName() + ": " + r.records() + " records, sha256 " + r.sha256()
            + " - " + verdict);
    }
}
