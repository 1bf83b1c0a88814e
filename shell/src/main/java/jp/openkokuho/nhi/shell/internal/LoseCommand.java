package jp.openkokuho.nhi.shell.internal;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.eligibility.EligibilityService;
import jp.openkokuho.nhi.api.eligibility.LossReason;
import jp.openkokuho.nhi.api.eligibility.LossRequest;
import jp.openkokuho.nhi.api.eligibility.RecordedChange;

/** Records a 資格喪失. */
@Service
@Command(scope = "nhi", name = "lose", description = "Records an NHI loss (資格喪失) of a person")
public class LoseCommand extends NhiAction {
    @Reference
    EligibilityService eligibility;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Argument(index = 1, name = "atenaNo", required = true, description = "宛名番号")
    String atenaNo;

    @Argument(index = 2, name = "reason", required = true, description = "資格喪失事由, e.g. JOINED_EMPLOYEE_INSURANCE")
    @Completion(LossReasonCompleter.class)
    String reason;

    @Argument(index = 3, name = "eventDate", required = true, description = "date of the event the reason names (yyyy-MM-dd)")
    String eventDate;

    @Option(name = "--notified", description = "届出日 (yyyy-MM-dd); default: today")
    String notified;

    @Override
    void run() {
        LocalDate event = Args.date(eventDate, "eventDate");
        LocalDate notifiedDate = Args.notifiedOrToday(notified);
        RecordedChange c = eligibility.recordLoss(tenant, new LossRequest(atenaNo,
            Args.constant(LossReason.class, reason, "reason"), event, notifiedDate));
        out.println("資格喪失 recorded: 宛名番号 " + c.atenaNo() + ", 履歴番号 " + c.historySeq() + ", 資格喪失年月日 "
            + c.effectiveDate() + (c.lateNotification() ? ", 届出遅延 (more than 14 days)" : "") + ", event "
            + c.eventId());
    }
}
