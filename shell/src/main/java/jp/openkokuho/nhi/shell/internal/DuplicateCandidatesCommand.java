package jp.openkokuho.nhi.shell.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import jp.openkokuho.nhi.api.NhiException;
import jp.openkokuho.nhi.api.linkage.DuplicateCandidate;
import jp.openkokuho.nhi.api.linkage.DuplicateCoverageService;

/** R5: lists 資格重複 candidates of a list month, or moves one on (勧奨 → 再勧奨 → 職権喪失 proposal). */
@Service
@Command(scope = "nhi", name = "duplicate-candidates",
    description = "Lists 資格重複 candidates (R5) or, with --advance, records the next 勧奨 step for one")
public class DuplicateCandidatesCommand extends NhiAction {
    @Reference
    DuplicateCoverageService duplicates;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Argument(index = 1, name = "listMonth", required = true, description = "month of the newest 資格重複状況結果一覧 (yyyy-MM)")
    String listMonth;

    @Option(name = "--advance", description = "宛名番号 of the candidate to move to the next step today")
    String advance;

    @Override
    void run() {
        YearMonth month;
        try {
            month = YearMonth.parse(listMonth);
        } catch (DateTimeParseException e) {
            throw new NhiException("INPUT", "listMonth must be yyyy-MM, not '" + listMonth + "'");
        }
        if (advance != null) {
            DuplicateCandidate c = duplicates.advance(tenant, advance, month, LocalDate.now(ZoneId.of("Asia/Tokyo")));
            out.println("宛名番号 " + c.atenaNo() + ": " + c.stage()
                + (c.noticeDeadline() == null ? ", 職権喪失 proposed with 資格喪失年月日 " + c.proposedLossDate()
                    : ", reply deadline " + c.noticeDeadline()));
            return;
        }
        ShellTable table = new ShellTable();
        table.column("宛名番号");
        table.column("被用者保険保険者番号");
        table.column("連続一覧数").alignRight();
        table.column("喪失予定日");
        table.column("段階");
        table.column("回答期限");
        for (DuplicateCandidate c : duplicates.candidates(tenant, month)) {
            table.addRow().addContent(c.atenaNo(), c.employeeInsurerNo(), c.consecutiveLists(), c.proposedLossDate(),
                c.stage(), c.noticeDeadline() == null ? "" : c.noticeDeadline());
        }
        table.print(out);
    }
}
