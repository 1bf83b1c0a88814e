package jp.openkokuho.nhi.shell.internal;

import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.disclosure.DisclosureResult;
import jp.openkokuho.nhi.api.disclosure.DisclosureSection;
import jp.openkokuho.nhi.api.disclosure.DisclosureService;

/** Produces the disclosure bundle (ZIP: PDF + CSV) of a 開示請求. */
@Service
@Command(scope = "nhi", name = "disclosure",
        description = "開示書類の作成: writes the bundle (PDF and CSV files in a ZIP) of one 開示請求 into a directory;"
            + " supervisors only, recorded against the request")
public class DisclosureCommand extends NhiAction {
    @Reference
    DisclosureService disclosures;

    @Option(name = "--out", required = true, description = "existing directory to write the ZIP into")
    String outDir;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Argument(index = 1, name = "requestRef", required = true, description = "受付番号 of the 開示請求")
    String requestRef;

    @Override
    void run() {
        DisclosureResult r = disclosures.produce(tenant, requestRef, Path.of(outDir));
        for (DisclosureSection s : r.sections()) {
            out.println("  " + s.fileName() + "  " + s.title() + ": " + s.rows() + " rows");
        }
        if (!r.provisionRecordsIncluded()) {
            out.println("  NOTE: 情報提供等記録 not included (the linkage service is not running); the bundle says so");
        }
        out.println("PRODUCED: " + r.file() + ", " + r.bytes() + " bytes, sha256 " + r.sha256() + " (request "
            + r.requestReference() + ")");
    }
}
