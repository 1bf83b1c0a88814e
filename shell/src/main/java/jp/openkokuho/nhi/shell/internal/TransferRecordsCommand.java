package jp.openkokuho.nhi.shell.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import jp.openkokuho.nhi.api.transfer.TransferRecord;
import jp.openkokuho.nhi.api.transfer.TransferStatusService;

/** Lists transfer records (移転記録), newest first. */
@Service
@Command(scope = "nhi", name = "transfer-records",
        description = "Lists the transfer records (移転記録) of a tenant, or of one person, newest first")
public class TransferRecordsCommand extends NhiAction {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
        .withZone(ZoneId.of("Asia/Tokyo"));

    @Reference
    TransferStatusService transfers;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Option(name = "--subject", description = "宛名番号 of one person")
    String subject;

    @Option(name = "--limit", description = "most records to list (default 50)")
    int limit = 50;

    @Override
    void run() {
        ShellTable table = new ShellTable();
        table.column("Time (JST)");
        table.column("Destination");
        table.column("宛名番号");
        table.column("Seq").alignRight();
        table.column("Outcome");
        table.column("Legal basis");
        table.column("Items");
        for (TransferRecord r : transfers.records(tenant, subject, limit)) {
            table.addRow().addContent(TIME.format(r.attemptedAt()), r.destinationId(), r.subjectKey(), r.sequence(),
                r.outcome(), r.legalBasis(), String.join(",", r.items()));
        }
        table.print(out);
    }
}
