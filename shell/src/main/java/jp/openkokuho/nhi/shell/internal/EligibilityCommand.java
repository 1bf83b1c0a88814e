package jp.openkokuho.nhi.shell.internal;

import java.time.LocalDate;
import java.time.ZoneId;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.eligibility.CoveragePeriod;
import jp.openkokuho.nhi.api.eligibility.EligibilityService;
import jp.openkokuho.nhi.api.eligibility.EligibilityStatus;

/** Shows whether a person is insured on a date. */
@Service
@Command(scope = "nhi", name = "eligibility", description = "Shows a person's NHI eligibility as of a date")
public class EligibilityCommand extends NhiAction {
    @Reference
    EligibilityService eligibility;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Argument(index = 1, name = "atenaNo", required = true, description = "宛名番号")
    String atenaNo;

    @Argument(index = 2, name = "asOf", required = false, description = "yyyy-MM-dd; default: today")
    String asOf;

    @Option(name = "--recorded-by", description = "answer as recorded up to this 処理日 (yyyy-MM-dd), ignoring later corrections")
    String recordedBy;

    @Override
    void run() {
        LocalDate day = asOf == null ? LocalDate.now(ZoneId.of("Asia/Tokyo")) : Args.date(asOf, "asOf");
        EligibilityStatus s = recordedBy == null ? eligibility.eligibility(tenant, atenaNo, day)
            : eligibility.eligibilityAsRecorded(tenant, atenaNo, day, Args.date(recordedBy, "--recorded-by"));
        if (!s.insured()) {
            out.println("宛名番号 " + atenaNo + ": 資格なし on " + day);
            return;
        }
        CoveragePeriod p = s.period();
        out.println("宛名番号 " + atenaNo + ": 資格あり on " + day + " (国保世帯番号 " + p.nhiHouseholdNo() + ", "
            + p.relationship().label() + ", 資格取得年月日 " + p.startDate() + " " + p.startReason().label()
            + (p.endDate() == null ? "" : ", 資格喪失年月日 " + p.endDate() + " " + p.endReason().label())
            + ", 履歴番号 " + p.historySeq() + ")");
    }
}
