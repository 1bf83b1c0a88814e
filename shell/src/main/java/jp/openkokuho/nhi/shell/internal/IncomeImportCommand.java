package jp.openkokuho.nhi.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

import jp.openkokuho.nhi.api.income.IncomeImportResult;
import jp.openkokuho.nhi.api.income.IncomeService;

/** Imports an income file (地方税関係情報). */
@Service
@Command(scope = "nhi", name = "income-import",
        description = "Imports a tax income file (宛名番号,年度,課税所得,旧ただし書所得,収入,給与所得), all-or-nothing")
public class IncomeImportCommand extends NhiAction {
    @Reference
    IncomeService incomes;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Argument(index = 1, name = "file", required = true, description = "the CSV file")
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "--charset", description = "UTF-8 (default) or Windows-31J")
    String charset = "UTF-8";

    @Override
    void run() {
        IncomeImportResult r = incomes.importFile(tenant, Args.existingFile(file), Args.charset(charset));
        for (String line : r.report()) {
            out.println(line);
        }
        String verdict = !r.accepted() ? "REJECTED: nothing stored"
            : r.alreadyImported() ? "ALREADY IMPORTED: this file (same SHA-256) was imported before; nothing changed"
            : "IMPORTED: " + r.stored() + " rows stored";
        out.println("所得ファイル " + r.fileName() + ": " + r.records() + " records, sha256 " + r.sha256() + " - "
            + verdict);
    }
}
