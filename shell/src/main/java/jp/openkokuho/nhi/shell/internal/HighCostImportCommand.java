package jp.openkokuho.nhi.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.linkage.HighCostCarryOverService;
import jp.openkokuho.nhi.api.linkage.ImportReport;

/** Imports a 転出地高額該当情報 file for confirmed 継続世帯. */
@Service
@Command(scope = "nhi", name = "highcost-import",
    description = "Imports a 転出地高額該当情報 file (docs/federation-files.md)")
public class HighCostImportCommand extends LinkageFileImportAction {
    @Reference
    HighCostCarryOverService highCost;

    @Override
    String kind() {
        return "転出地高額該当情報";
    }

    @Override
    String acceptedWhat() {
        return "months stored";
    }

    @Override
    ImportReport importFile(String tenantCode, String fileName, byte[] content) {
        return highCost.importOutgoingHistory(tenantCode, fileName, content);
    }
}
