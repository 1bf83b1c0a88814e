package jp.openkokuho.nhi.shell.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.NhiException;
import jp.openkokuho.nhi.api.linkage.FederationSend;
import jp.openkokuho.nhi.api.linkage.FederationService;
import jp.openkokuho.nhi.api.linkage.SendExclusion;

/** Writes the federation files into the drop directory: changes since the last send, or the monthly master. */
@Service
@Command(scope = "nhi", name = "federation-export",
    description = "Writes 資格情報(個人)/(世帯)ファイル (changes since the last send) or the monthly 被保険者マスタ")
public class FederationExportCommand extends NhiAction {
    @Reference
    FederationService federation;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Option(name = "--master", description = "the month (yyyy-MM) of a full 被保険者マスタ instead of the changes")
    String master;

    @Option(name = "--regenerate", description = "regenerate the file of this send id and check it is identical")
    Long regenerate;

    @Override
    void run() {
        if (regenerate != null) {
            byte[] content = federation.regenerate(tenant, regenerate);
            out.println("send " + regenerate + ": regenerated identically (" + content.length + " bytes)");
            return;
        }
        List<FederationSend> sends;
        if (master != null) {
            try {
                sends = List.of(federation.exportMaster(tenant, YearMonth.parse(master)));
            } catch (DateTimeParseException e) {
                throw new NhiException("INPUT", "--master must be yyyy-MM, not '" + master + "'");
            }
        } else {
            sends = federation.exportChanges(tenant, Instant.now());
        }
        for (FederationSend s : sends) {
            out.println(s.fileName() + ": " + s.recordCount() + " records, sha256 " + s.sha256() + " (send "
                + s.sendId() + ")");
            if (!"HOUSEHOLD".equals(s.fileKind())) {
                // the 世帯 file of the same call leaves out the same persons: listed once
                for (SendExclusion x : federation.exclusions(tenant, s.sendId())) {
                    out.println("  送付対象外 宛名番号 " + x.atenaNo() + ": " + x.reason());
                }
            }
        }
    }
}
