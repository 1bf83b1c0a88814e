package jp.openkokuho.nhi.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.privacy.PurgeResult;
import jp.openkokuho.nhi.api.privacy.PurgedRecords;
import jp.openkokuho.nhi.api.privacy.RetentionService;

/** Deletes a tenant's records past their retention period (保管期間), or only counts them. */
@Service
@Command(scope = "nhi", name = "purge", description = "Deletes records past retention and logs what it deleted")
public class PurgeCommand extends NhiAction {
    @Reference
    RetentionService retention;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Option(name = "--dry-run", description = "only count; delete nothing")
    boolean dryRun;

    @Override
    void run() {
        PurgeResult r = retention.purge(tenant, dryRun);
        for (PurgedRecords k : r.kinds()) {
            out.println(k.kind().japaneseName() + " (" + k.kind() + ", " + k.retentionYears() + " years, before "
                + k.cutoff() + "): " + k.count() + (k.count() == 0 ? "" : " recorded " + k.oldest() + " to " + k.newest()));
        }
        out.println((dryRun ? "DRY RUN: would delete " : "PURGED: ") + r.total() + " records of tenant " + tenant
            + (dryRun ? "; nothing deleted" : "; logged in the purge log"));
    }
}
