package jp.openkokuho.nhi.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.linkage.FederationService;
import jp.openkokuho.nhi.api.linkage.ImportReport;

/** Reconciles a 国保資格取得喪失年月日連携ファイル with the eligibility history. */
@Service
@Command(scope = "nhi", name = "federation-import",
    description = "Reconciles a 国保資格取得喪失年月日連携ファイル (docs/federation-files.md)")
public class FederationImportCommand extends LinkageFileImportAction {
    @Reference
    FederationService federation;

    @Override
    String kind() {
        return "国保資格取得喪失年月日連携ファイル";
    }

    @Override
    String acceptedWhat() {
        return "rows reconciled";
    }

    @Override
    ImportReport importFile(String tenantCode, String fileName, byte[] content) {
        return federation.importQualificationDates(tenantCode, fileName, content);
    }
}
