package jp.openkokuho.nhi.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.linkage.ContinuityService;
import jp.openkokuho.nhi.api.linkage.MoveOutCorrection;

/** Applies a 転出確定日 that differs from the recorded 転出予定日 (R6). */
@Service
@Command(scope = "nhi", name = "continuity-correct",
    description = "Applies the 転出確定日 to a loss recorded with the 転出予定日 (R6): a new history version")
public class ContinuityCorrectCommand extends NhiAction {
    @Reference
    ContinuityService continuity;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード (転出地)")
    @Completion(TenantCompleter.class)
    String tenant;

    @Argument(index = 1, name = "atenaNo", required = true, description = "宛名番号")
    String atenaNo;

    @Argument(index = 2, name = "confirmedDate", required = true, description = "転出確定日 (yyyy-MM-dd)")
    String confirmedDate;

    @Override
    void run() {
        MoveOutCorrection c = continuity.correctMoveOut(tenant, atenaNo, Args.date(confirmedDate, "confirmedDate"));
        out.println("転出日の訂正 " + c.correctionId() + ": 転出予定日 " + c.plannedDate() + " → 転出確定日 "
            + c.confirmedDate() + ", 変更決定通知の対象年度 " + c.fiscalYears());
    }
}
