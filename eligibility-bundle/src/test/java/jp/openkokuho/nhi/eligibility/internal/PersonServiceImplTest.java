package jp.openkokuho.nhi.eligibility.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.openkokuho.nhi.api.audit.AccessDeniedException;
import jp.openkokuho.nhi.api.eligibility.RuleViolationException;
import jp.openkokuho.nhi.api.person.Person;
import jp.openkokuho.nhi.api.person.Sex;
import jp.openkokuho.nhi.api.tenant.UnknownTenantException;
import jp.openkokuho.nhi.eligibility.internal.security.RunAs;
import jp.openkokuho.nhi.eligibility.internal.security.Staff;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantRegistry;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

@RunAs(user = "test-supervisor", roles = "nhi-supervisor@112291")
class PersonServiceImplTest {
    private static final String WAKO = "112291";
    private static final ZoneId JST = ZoneId.of("Asia/Tokyo");

    private TenantStore store;
    private PersonServiceImpl persons;

    @BeforeEach
    void setUp() {
        TenantRegistry registry = new TenantRegistry();
        store = TestStores.open(WAKO, List.of());
        registry.register(store);
        persons = new PersonServiceImpl(registry, Staff.guard(registry), new TestStores.MutableClock(
            ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, JST).toInstant(), JST));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private List<Integer> versions(String atena) {
        return store.read(em -> em.createQuery("SELECT p.versionNo FROM PersonEntity p WHERE p.atenaNo = :a"
            + " ORDER BY p.versionNo", Integer.class).setParameter("a", atena).getResultList());
    }

    @Test
    void registeringAppendsAVersionOnlyWhenTheParticularsChange() {
        Person first = new Person("000123", "国保 花子", "コクホ ハナコ", LocalDate.of(1956, 11, 15), Sex.FEMALE);
        persons.register(WAKO, first);
        persons.register(WAKO, first);
        assertThat(versions("000123")).containsExactly(1);
        Person married = new Person("000123", "和光 花子", "ワコウ ハナコ", LocalDate.of(1956, 11, 15), Sex.FEMALE);
        assertThat(persons.register(WAKO, married)).isEqualTo(married);
        assertThat(versions("000123")).containsExactly(1, 2);
        assertThat(persons.find(WAKO, "000123")).contains(married);
        assertThat(persons.find(WAKO, "000124")).isEmpty();
        assertThat(married.toString()).doesNotContain("花子").doesNotContain("1956");
    }

    @Test
    void badParticularsAndUnknownTenantsAreRefused() {
        assertThatThrownBy(() -> persons.register(WAKO, new Person("12A", "x", "", LocalDate.of(2000, 1, 1),
            Sex.MALE))).isInstanceOf(RuleViolationException.class).hasMessageContaining("宛名番号 must be 1 to 15");
        assertThatThrownBy(() -> persons.register(WAKO, new Person("12", " ", "", LocalDate.of(2000, 1, 1),
            Sex.MALE))).hasMessageContaining("氏名 must be 1 to 100 characters");
        assertThatThrownBy(() -> persons.register(WAKO, new Person("12", "x", "", LocalDate.of(2026, 11, 28),
            Sex.MALE))).hasMessageContaining("生年月日 is in the future").hasMessageNotContaining("2026-11-28");
        // without a role in the municipality the guard refuses first; with one, the tenant is unknown
        assertThatThrownBy(() -> persons.find("999999", "12")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Staff.as(Staff.subject("test-supervisor", "nhi-supervisor@999999"),
            () -> persons.find("999999", "12"))).isInstanceOf(UnknownTenantException.class);
        assertThat(versions("12")).isEmpty();
    }
}
