package jp.openkokuho.nhi.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.linkage.DuplicateCoverageService;
import jp.openkokuho.nhi.api.linkage.ImportReport;

/** Imports a 資格重複結果リスト. */
@Service
@Command(scope = "nhi", name = "duplicate-import",
    description = "Imports a 資格重複結果リスト (R5; layout in docs/federation-files.md), all or nothing")
public class DuplicateImportCommand extends LinkageFileImportAction {
    @Reference
    DuplicateCoverageService duplicates;

    @Override
    String kind() {
        return "資格重複結果リスト";
    }

    @Override
    String acceptedWhat() {
        return "rows stored";
    }

    @Override
    ImportReport importFile(String tenantCode, String fileName, byte[] content) {
        return duplicates.importDuplicateList(tenantCode, fileName, content);
    }
}
