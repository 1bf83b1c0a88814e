package jp.openkokuho.nhi.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.person.Person;
import jp.openkokuho.nhi.api.person.PersonService;
import jp.openkokuho.nhi.api.person.Sex;

/** Registers a person (宛名) or a new version of their particulars. */
@Service
@Command(scope = "nhi", name = "person-register",
        description = "Registers a person (宛名) so that eligibility changes, documents and income may name them")
public class PersonRegisterCommand extends NhiAction {
    @Reference
    PersonService persons;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Argument(index = 1, name = "atenaNo", required = true, description = "宛名番号")
    String atenaNo;

    @Argument(index = 2, name = "birthDate", required = true, description = "生年月日 (yyyy-MM-dd)")
    String birthDate;

    @Argument(index = 3, name = "sex", required = true, description = "MALE or FEMALE")
    String sex;

    @Argument(index = 4, name = "name", required = true, description = "氏名 (quote it if it has a space)")
    String name;

    @Option(name = "--kana", description = "氏名カナ")
    String kana = "";

    @Override
    void run() {
        Person p = persons.register(tenant, new Person(atenaNo, name, kana,
            Args.date(birthDate, "birthDate"), Args.constant(Sex.class, sex, "sex")));
        // the particulars are personal data: the confirmation names the 宛名番号 only
        out.println("宛名 registered: 宛名番号 " + p.atenaNo());
    }
}
