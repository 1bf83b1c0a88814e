package jp.openkokuho.nhi.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.NhiException;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestService;
import jp.openkokuho.nhi.api.eligibility.RecordedChange;

/** Applies a 訂正請求 to the person's coverage dates, under the request reference. */
@Service
@Command(scope = "nhi", name = "correction-apply",
        description = "訂正請求の実施: corrects the dates of one coverage period of the request's person; the new history"
            + " version carries the request reference")
public class CorrectionApplyCommand extends NhiAction {
    @Reference
    PrivacyRequestService requests;

    @Option(name = "--start", description = "the correct 適用開始年月日 (yyyy-MM-dd)")
    String start;

    @Option(name = "--end", description = "the correct 適用終了年月日 (yyyy-MM-dd)")
    String end;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Argument(index = 1, name = "requestRef", required = true, description = "受付番号 of the 訂正請求")
    String requestRef;

    @Argument(index = 2, name = "periodStart", required = true,
            description = "the 適用開始年月日 the period has now (yyyy-MM-dd)")
    String periodStart;

    @Override
    void run() {
        if (start == null && end == null) {
            throw new NhiException("INPUT", "give --start, --end or both");
        }
        RecordedChange c = requests.applyCorrection(tenant, requestRef, Args.date(periodStart, "periodStart"),
            start == null ? null : Args.date(start, "--start"), end == null ? null : Args.date(end, "--end"));
        out.println("CORRECTED: 履歴番号 " + c.historySeq() + " under request " + requestRef + " (event "
            + c.eventId() + ")");
    }
}
