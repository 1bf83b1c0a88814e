package jp.openkokuho.nhi.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.karaf.shell.support.CommandException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.openkokuho.nhi.api.eligibility.RelationshipType;
import jp.openkokuho.nhi.api.eligibility.RuleViolationException;
import jp.openkokuho.nhi.api.household.Household;
import jp.openkokuho.nhi.api.household.HouseholdMember;
import jp.openkokuho.nhi.api.household.HouseholdService;
import jp.openkokuho.nhi.api.income.BurdenRate;
import jp.openkokuho.nhi.api.income.HouseholdIncomeCategory;
import jp.openkokuho.nhi.api.income.IncomeBracket;
import jp.openkokuho.nhi.api.income.IncomeImportResult;
import jp.openkokuho.nhi.api.income.IncomeService;
import jp.openkokuho.nhi.api.person.Person;
import jp.openkokuho.nhi.api.person.PersonService;
import jp.openkokuho.nhi.api.person.Sex;

class DomainCommandsTest {
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final PersonService persons = mock(PersonService.class);
    private final HouseholdService households = mock(HouseholdService.class);
    private final IncomeService incomes = mock(IncomeService.class);

    private <T extends NhiAction> T wire(T action) {
        action.out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        return action;
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void personRegisterPassesTheParticularsAndPrintsNoName() throws Exception {
        Person p = new Person("000123", "国保 花子", "コクホ ハナコ", LocalDate.of(1956, 11, 15), Sex.FEMALE);
        when(persons.register("112291", p)).thenReturn(p);
        PersonRegisterCommand c = wire(new PersonRegisterCommand());
        c.persons = persons;
        c.tenant = "112291";
        c.atenaNo = "000123";
        c.birthDate = "1956-11-15";
        c.sex = "female";
        c.name = "国保 花子";
        c.kana = "コクホ ハナコ";
        c.execute();
        verify(persons).register("112291", p);
        assertThat(out()).isEqualTo("宛名 registered: 宛名番号 000123\n").doesNotContain("花子");

        c.birthDate = "15.11.1956";
        assertThat(assertThrows(CommandException.class, c::execute).getMessage())
            .isEqualTo("[INPUT] birthDate '15.11.1956' is not a date (yyyy-MM-dd)");
    }

    @Test
    void householdShowsHeadDeemedFlagAndMembersInListingOrder() throws Exception {
        when(households.household("112291", "700001", LocalDate.of(2026, 10, 14))).thenReturn(Optional.of(
            new Household("700001", LocalDate.of(2026, 10, 14), "101", true, List.of(
                new HouseholdMember("102", 1, RelationshipType.MEMBER, "妻", LocalDate.of(2026, 4, 1)),
                new HouseholdMember("103", 2, RelationshipType.MEMBER, "", LocalDate.of(2026, 4, 1))), 4)));
        HouseholdCommand c = wire(new HouseholdCommand());
        c.households = households;
        c.tenant = "112291";
        c.householdNo = "700001";
        c.asOf = "2026-10-14";
        c.execute();
        assertThat(out()).isEqualTo("国保世帯番号 700001 on 2026-10-14 (version 4)\n"
            + "  世帯主: 宛名番号 101 (擬制世帯主)\n"
            + "  1. 宛名番号 102 世帯員 妻 since 2026-04-01\n"
            + "  2. 宛名番号 103 世帯員 since 2026-04-01\n");
        c.householdNo = "700009";
        when(households.household(any(), eq("700009"), any())).thenReturn(Optional.empty());
        assertThat(assertThrows(CommandException.class, c::execute).getMessage())
            .isEqualTo("[INPUT] 国保世帯番号 700009 is unknown in tenant 112291");
    }

    @Test
    void incomeImportPrintsTheReportAndTheVerdict(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("i.csv"), "x");
        when(incomes.importFile(eq("112291"), eq(f), any())).thenReturn(new IncomeImportResult("i.csv", "ab", 2,
            false, false, 0, List.of("i.csv:3: 宛名番号: R1: 宛名番号 names no registered person")));
        IncomeImportCommand c = wire(new IncomeImportCommand());
        c.incomes = incomes;
        c.tenant = "112291";
        c.file = f.toString();
        c.charset = "Windows-31J";
        c.execute();
        assertThat(out()).isEqualTo("i.csv:3: 宛名番号: R1: 宛名番号 names no registered person\n"
            + "所得ファイル i.csv: 2 records, sha256 ab - REJECTED: nothing stored\n");
        c.file = dir.resolve("missing.csv").toString();
        assertThat(assertThrows(CommandException.class, c::execute).getMessage()).startsWith("[INPUT] no file ");
    }

    @Test
    void burdenRateShowsTheRateAndTheHouseholdCategoryOrWhyNot() throws Exception {
        LocalDate day = LocalDate.of(2026, 8, 1);
        when(incomes.burdenRate("112291", "301", day, true)).thenReturn(new BurdenRate("301", day, true, 20,
            "基準収入額適用申請", 2026, day, LocalDate.of(2027, 7, 31)));
        when(households.householdOf("112291", "301", day)).thenReturn(Optional.of(new Household("830001", day, "301",
            false, List.of(), 3)));
        when(incomes.incomeCategory("112291", "830001", day)).thenReturn(new HouseholdIncomeCategory("830001", day,
            2026, 1_600_000, IncomeBracket.BRACKET_E, List.of("301")));
        BurdenRateCommand c = wire(new BurdenRateCommand());
        c.incomes = incomes;
        c.households = households;
        c.tenant = "112291";
        c.atenaNo = "301";
        c.asOf = "2026-08-01";
        c.standardIncomeApplication = true;
        c.execute();
        assertThat(out()).isEqualTo("宛名番号 301 on 2026-08-01: 一部負担金割合 2割 (基準収入額適用申請, 高齢受給者, 年度 2026 の所得,"
            + " 2026-08-01 – 2027-07-31)\n所得区分 (国保世帯番号 830001): エ (年度 2026, 非自発的失業者 軽減 301)\n");

        outBytes.reset();
        when(incomes.incomeCategory("112291", "830001", day)).thenThrow(new RuleViolationException("R9",
            "宛名番号 302 has no income of 年度 2026 imported (nhi:income-import)"));
        c.execute();
        assertThat(out()).endsWith("所得区分: - [R9] 宛名番号 302 has no income of 年度 2026 imported"
            + " (nhi:income-import)\n");
        verifyNoInteractions(persons);
    }
}
