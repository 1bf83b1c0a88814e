package jp.openkokuho.nhi.itests;

import java.time.LocalDate;

import jp.openkokuho.nhi.api.person.Person;
import jp.openkokuho.nhi.api.person.PersonService;
import jp.openkokuho.nhi.api.person.Sex;

/** Registers synthetic persons: an eligibility change must name a registered 宛名番号 (rule R1). */
final class ItPersons {
    /** Birth date of the synthetic adults. */
    static final LocalDate ADULT = LocalDate.of(1980, 1, 1);

    private ItPersons() {
    }

    static void register(PersonService persons, String tenant, String atenaNo, LocalDate birthDate) {
        persons.register(tenant, new Person(atenaNo, "試験" + atenaNo, "シケン", birthDate, Sex.FEMALE));
    }
}
