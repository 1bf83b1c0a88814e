package jp.openkokuho.nhi.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.linkage.FederationService;
import jp.openkokuho.nhi.api.linkage.ImportReport;

/** Reconciles a 市区町村被保険者ID連携ファイル with the identity records of the linkage. */
@Service
@Command(scope = "nhi", name = "federation-id-import",
    description = "Reconciles a 市区町村被保険者ID連携ファイル (docs/federation-files.md)")
public class FederationIdImportCommand extends LinkageFileImportAction {
    @Reference
    FederationService federation;

    @Override
    String kind() {
        return "市区町村被保険者ID連携ファイル";
    }

    @Override
    String acceptedWhat() {
        return "links stored";
    }

    @Override
    ImportReport importFile(String tenantCode, String fileName, byte[] content) {
        return federation.importInsuredIds(tenantCode, fileName, content);
    }
}
