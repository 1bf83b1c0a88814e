package jp.openkokuho.nhi.shell.internal;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.NhiException;
import jp.openkokuho.nhi.api.household.Household;
import jp.openkokuho.nhi.api.household.HouseholdMember;
import jp.openkokuho.nhi.api.household.HouseholdService;

/** Shows a 国保世帯 as of a date. */
@Service
@Command(scope = "nhi", name = "household", description = "Shows a 国保世帯 (head, members) as of a date")
public class HouseholdCommand extends NhiAction {
    @Reference
    HouseholdService households;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Argument(index = 1, name = "householdNo", required = true, description = "国保世帯番号")
    String householdNo;

    @Argument(index = 2, name = "asOf", required = false, description = "yyyy-MM-dd; default: today")
    String asOf;

    @Override
    void run() {
        LocalDate day = Args.dateOrToday(asOf, "asOf");
        Household h = households.household(tenant, householdNo, day).orElseThrow(() -> new NhiException("INPUT",
            "国保世帯番号 " + householdNo + " is unknown in tenant " + tenant));
        out.println("国保世帯番号 " + h.nhiHouseholdNo() + " on " + day + " (version " + h.version() + ")");
        out.println("  世帯主: " + (h.headAtenaNo() == null ? "-" : "宛名番号 " + h.headAtenaNo()
            + (h.deemedHead() ? " (擬制世帯主)" : "")));
        if (h.members().isEmpty()) {
            out.println("  no insured member");
        }
        for (HouseholdMember m : h.members()) {
            out.println("  " + m.listingOrder() + ". 宛名番号 " + m.atenaNo() + " " + m.relationship().label()
                + (m.relationshipName().isEmpty() ? "" : " " + m.relationshipName()) + " since " + m.since());
        }
    }
}
