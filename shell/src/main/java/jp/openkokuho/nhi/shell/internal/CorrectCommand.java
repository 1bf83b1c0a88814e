package jp.openkokuho.nhi.shell.internal;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.eligibility.CorrectionRequest;
import jp.openkokuho.nhi.api.eligibility.EligibilityService;
import jp.openkokuho.nhi.api.eligibility.RecordedChange;

/** Records a correction (訂正) of the dates of one coverage period. */
@Service
@Command(scope = "nhi", name = "correct", description = "Corrects the 資格取得年月日 and/or 資格喪失年月日 of one coverage"
    + " period (訂正) as a new history version carrying a reference")
public class CorrectCommand extends NhiAction {
    @Reference
    EligibilityService eligibility;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Argument(index = 1, name = "atenaNo", required = true, description = "宛名番号")
    String atenaNo;

    @Argument(index = 2, name = "periodStart", required = true,
        description = "the 資格取得年月日 the period has now (yyyy-MM-dd); names the period")
    String periodStart;

    @Option(name = "--start", description = "the correct 資格取得年月日 (yyyy-MM-dd)")
    String start;

    @Option(name = "--end", description = "the correct 資格喪失年月日 (yyyy-MM-dd)")
    String end;

    @Option(name = "--reference", required = true,
        description = "訂正の根拠 (1-64 characters), e.g. the 訂正請求 number or \"R6 転出確定 2026-05-12\"")
    String reference;

    @Override
    void run() {
        LocalDate period = Args.date(periodStart, "periodStart");
        LocalDate newStart = start == null ? null : Args.date(start, "--start");
        LocalDate newEnd = end == null ? null : Args.date(end, "--end");
        RecordedChange c = eligibility.recordCorrection(tenant,
            new CorrectionRequest(atenaNo, period, newStart, newEnd, reference));
        out.println("訂正 recorded: 宛名番号 " + c.atenaNo() + ", 履歴番号 " + c.historySeq() + ", "
            + (c.kind() == jp.openkokuho.nhi.api.eligibility.ChangeKind.ACQUIRED ? "資格取得年月日 " : "資格喪失年月日 ")
            + c.effectiveDate() + ", event " + c.eventId());
    }
}
