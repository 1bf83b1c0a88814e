package jp.openkokuho.nhi.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import jp.openkokuho.nhi.api.eligibility.CoveragePeriod;
import jp.openkokuho.nhi.api.eligibility.CoverageVersion;
import jp.openkokuho.nhi.api.eligibility.EligibilityService;

/** Lists every recorded version of a person's coverage (資格異動履歴), oldest first. */
@Service
@Command(scope = "nhi", name = "history", description = "Lists every recorded version (履歴番号) of a person's NHI coverage")
public class HistoryCommand extends NhiAction {
    @Reference
    EligibilityService eligibility;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Argument(index = 1, name = "atenaNo", required = true, description = "宛名番号")
    String atenaNo;

    @Override
    void run() {
        ShellTable table = new ShellTable();
        table.column("履歴番号").alignRight();
        table.column("期間").alignRight();
        table.column("異動");
        table.column("国保世帯番号");
        table.column("続柄");
        table.column("資格取得年月日");
        table.column("取得事由");
        table.column("開始届出日");
        table.column("資格喪失年月日");
        table.column("喪失事由");
        table.column("終了届出日");
        table.column("処理日");
        table.column("削除");
        table.column("訂正の根拠");
        for (CoverageVersion v : eligibility.history(tenant, atenaNo)) {
            CoveragePeriod p = v.period();
            table.addRow().addContent(v.historySeq(), v.periodSeq(), v.kind() == null ? "" : label(v),
                p.nhiHouseholdNo(), p.relationship().label(), p.startDate(), p.startReason().label(),
                p.startNotifiedDate() + (p.startLate() ? " 遅延" : ""), p.endDate() == null ? "" : p.endDate(),
                p.endReason() == null ? "" : p.endReason().label(),
                p.endNotifiedDate() == null ? "" : p.endNotifiedDate() + (p.endLate() ? " 遅延" : ""),
                v.processedOn(), v.deleted() ? "削除" : "", v.correctionRef() == null ? "" : v.correctionRef());
        }
        table.print(out);
    }

    private static String label(CoverageVersion v) {
        return switch (v.kind()) {
            case ACQUIRED -> "取得";
            case LOST -> "喪失";
        };
    }
}
