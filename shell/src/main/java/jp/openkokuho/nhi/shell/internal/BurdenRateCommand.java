package jp.openkokuho.nhi.shell.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.NhiException;
import jp.openkokuho.nhi.api.household.Household;
import jp.openkokuho.nhi.api.household.HouseholdService;
import jp.openkokuho.nhi.api.income.BurdenRate;
import jp.openkokuho.nhi.api.income.HouseholdIncomeCategory;
import jp.openkokuho.nhi.api.income.IncomeService;

/** Shows a person's 一部負担金割合 and their household's 所得区分 on a date. */
@Service
@Command(scope = "nhi", name = "burden-rate",
        description = "Shows a person's 一部負担金割合 (R15) and the household's 所得区分 (R9) as of a date")
public class BurdenRateCommand extends NhiAction {
    @Reference
    IncomeService incomes;

    @Reference
    HouseholdService households;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Argument(index = 1, name = "atenaNo", required = true, description = "宛名番号")
    String atenaNo;

    @Argument(index = 2, name = "asOf", required = false, description = "yyyy-MM-dd; default: today")
    String asOf;

    @Option(name = "--standard-income-application", description = "the household applied for 基準収入額適用")
    boolean standardIncomeApplication;

    @Override
    void run() {
        LocalDate day = Args.dateOrToday(asOf, "asOf");
        BurdenRate r = incomes.burdenRate(tenant, atenaNo, day, standardIncomeApplication);
        out.println("宛名番号 " + r.atenaNo() + " on " + day + ": 一部負担金割合 " + r.ratePercent() / 10 + "割 ("
            + r.basis() + (r.elderlyRecipient() ? ", 高齢受給者, 年度 " + r.incomeFiscalYear() + " の所得" : "")
            + ", " + r.periodFrom() + " – " + r.periodTo() + ")");
        Optional<Household> h = households.householdOf(tenant, atenaNo, day);
        if (h.isEmpty()) {
            out.println("所得区分: - (no 国保世帯 on " + day + ")");
            return;
        }
        try {
            HouseholdIncomeCategory c = incomes.incomeCategory(tenant, h.get().nhiHouseholdNo(), day);
            out.println("所得区分 (国保世帯番号 " + c.nhiHouseholdNo() + "): " + c.bracket().label() + " (年度 "
                + c.incomeFiscalYear() + (c.adjustedAtenaNos().isEmpty() ? "" : ", 非自発的失業者 軽減 "
                + String.join(" ", c.adjustedAtenaNos())) + ")");
        } catch (NhiException e) {
            out.println("所得区分: - " + e.oneLine());
        }
    }
}
