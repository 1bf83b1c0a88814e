package jp.openkokuho.nhi.shell.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import jp.openkokuho.nhi.api.audit.AuditCriteria;
import jp.openkokuho.nhi.api.audit.AuditEntry;
import jp.openkokuho.nhi.api.audit.AuditService;

/** Searches a municipality's operation log (操作ログ), oldest first; auditors and supervisors only. */
@Service
@Command(scope = "nhi", name = "audit-search",
        description = "Searches a municipality's operation log (操作ログ) by time, staff, operation or person")
public class AuditSearchCommand extends NhiAction {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
        .withZone(ZoneId.of("Asia/Tokyo"));

    @Reference
    AuditService audit;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Option(name = "--staff", description = "login name of one staff member")
    String staff;

    @Option(name = "--from", description = "from this date (yyyy-MM-dd, JST) or time (ISO-8601 with offset), inclusive")
    String from;

    @Option(name = "--to", description = "until this date (yyyy-MM-dd, JST) or time (ISO-8601 with offset), exclusive")
    String to;

    @Option(name = "--atena", description = "宛名番号 of one person (searched as the person's blind index)")
    String atena;

    @Option(name = "--action", description = "one operation, e.g. eligibility.read")
    String action;

    @Option(name = "--limit", description = "most entries to list (default 1000, at most 10000)")
    int limit = 1000;

    @Override
    void run() {
        List<AuditEntry> found = audit.search(tenant, new AuditCriteria(Args.instant(from, "--from"),
            Args.instant(to, "--to"), staff, action, atena, limit));
        ShellTable table = new ShellTable();
        table.column("Seq").alignRight();
        table.column("Time (JST)");
        table.column("Staff");
        table.column("Role");
        table.column("Operation");
        table.column("Outcome");
        table.column("Purpose");
        table.column("Subject");
        table.column("Items");
        for (AuditEntry e : found) {
            table.addRow().addContent(e.seq(), TIME.format(e.occurredAt()), e.staffId(), e.role(), e.action(),
                e.outcome(), e.purpose(), e.subjectIndex(), String.join(",", e.items()));
        }
        table.print(out);
        out.println(found.size() + " entries");
    }
}
