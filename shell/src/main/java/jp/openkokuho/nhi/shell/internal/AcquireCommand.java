package jp.openkokuho.nhi.shell.internal;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.eligibility.AcquisitionReason;
import jp.openkokuho.nhi.api.eligibility.AcquisitionRequest;
import jp.openkokuho.nhi.api.eligibility.EligibilityService;
import jp.openkokuho.nhi.api.eligibility.RecordedChange;
import jp.openkokuho.nhi.api.eligibility.RelationshipType;

/** Records a 資格取得. */
@Service
@Command(scope = "nhi", name = "acquire", description = "Records an NHI acquisition (資格取得) of a person")
public class AcquireCommand extends NhiAction {
    @Reference
    EligibilityService eligibility;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Argument(index = 1, name = "atenaNo", required = true, description = "宛名番号")
    String atenaNo;

    @Argument(index = 2, name = "householdNo", required = true, description = "国保世帯番号")
    String householdNo;

    @Argument(index = 3, name = "reason", required = true, description = "資格取得事由, e.g. MOVE_IN")
    @Completion(AcquisitionReasonCompleter.class)
    String reason;

    @Argument(index = 4, name = "eventDate", required = true, description = "date of the event the reason names (yyyy-MM-dd)")
    String eventDate;

    @Option(name = "--notified", description = "届出日 (yyyy-MM-dd); default: today")
    String notified;

    @Option(name = "--member", description = "the person is a 世帯員 (default: 世帯主)")
    boolean member;

    @Override
    void run() {
        LocalDate event = Args.date(eventDate, "eventDate");
        LocalDate notifiedDate = Args.notifiedOrToday(notified);
        RecordedChange c = eligibility.recordAcquisition(tenant, new AcquisitionRequest(atenaNo, householdNo,
            member ? RelationshipType.MEMBER : RelationshipType.HEAD,
            Args.constant(AcquisitionReason.class, reason, "reason"), event, notifiedDate));
        out.println("資格取得 recorded: 宛名番号 " + c.atenaNo() + ", 履歴番号 " + c.historySeq() + ", 資格取得年月日 "
            + c.effectiveDate() + (c.lateNotification() ? ", 届出遅延 (more than 14 days)" : "") + ", event "
            + c.eventId());
    }
}
