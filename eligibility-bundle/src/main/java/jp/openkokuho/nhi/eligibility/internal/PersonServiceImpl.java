package jp.openkokuho.nhi.eligibility.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jp.openkokuho.nhi.api.eligibility.ConcurrentChangeException;
import jp.openkokuho.nhi.api.eligibility.RuleViolationException;
import jp.openkokuho.nhi.api.person.Person;
import jp.openkokuho.nhi.api.person.PersonService;
import jp.openkokuho.nhi.api.person.Sex;
import jp.openkokuho.nhi.eligibility.internal.security.AccessGuard;
import jp.openkokuho.nhi.eligibility.internal.security.Operation;
import jp.openkokuho.nhi.eligibility.internal.store.PersonEntity;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantRegistry;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/**
 * {@link PersonService} over the tenant stores' {@code NHI_PERSON} table. Registering appends a version when the
 * particulars differ from the current ones (registering the same particulars again stores nothing), so the history
 * of names and corrections stays. Two registrations of the same person racing for the same version number collide
 * on the table's unique key; the later one stores nothing and gets {@link ConcurrentChangeException}.
 *
 * <p>The My Number is not kept here (see docs/my-number.md).
 */
@Component(service = PersonService.class)
public class PersonServiceImpl implements PersonService {
    /** Rule id for "the 宛名番号 names no registered person" (R1: only a resident with an address can be insured). */
    public static final String UNKNOWN_PERSON_RULE = "R1";
    private static final String DIGITS_15 = "[0-9]{1,15}";
    private static final int MAX_NAME = 100;

    private final TenantRegistry tenants;
    private final AccessGuard guard;
    private final Clock clock;

    /**
     * @param tenants the open tenant stores
     * @param guard authorises and logs every operation
     */
    @Activate
    public PersonServiceImpl(@Reference TenantRegistry tenants, @Reference AccessGuard guard) {
        this(tenants, guard, Clock.system(EligibilityServiceImpl.JAPAN));
    }

    /**
     * @param tenants the open tenant stores
     * @param guard authorises and logs every operation
     * @param clock time source (zone = Japan)
     */
    public PersonServiceImpl(TenantRegistry tenants, AccessGuard guard, Clock clock) {
        this.tenants = tenants;
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    public Person register(String tenantCode, Person person) {
        return guard.call(tenantCode, Operation.PERSON_REGISTER, person == null ? null : person.atenaNo(),
            () -> store(tenantCode, person));
    }

    private Person store(String tenantCode, Person person) {
        TenantStore store = tenants.store(tenantCode);
        if (person == null) {
            throw new RuleViolationException("INPUT", "no person given");
        }
        requireAtenaNo(person.atenaNo());
        require(!person.name().isBlank() && person.name().length() <= MAX_NAME, "氏名 must be 1 to " + MAX_NAME
            + " characters");
        require(person.nameKana().length() <= MAX_NAME, "氏名カナ must be at most " + MAX_NAME + " characters");
        require(!person.birthDate().isAfter(LocalDate.now(clock)), "宛名番号 " + person.atenaNo()
            + ": 生年月日 is in the future");
        try {
            return store.inTransaction(em -> {
                Optional<PersonEntity> current = current(em, person.atenaNo());
                if (current.isPresent() && toPerson(current.get()).equals(person)) {
                    guard.sealInTransaction(em); // logged although nothing changed: the particulars were submitted
                    return person;
                }
                PersonEntity e = new PersonEntity();
                e.setId(UUID.randomUUID().toString());
                e.setAtenaNo(person.atenaNo());
                e.setVersionNo(current.map(PersonEntity::getVersionNo).orElse(0) + 1);
                e.setName(person.name());
                e.setNameKana(person.nameKana());
                e.setBirthDate(person.birthDate());
                e.setSex(person.sex().name());
                e.setRecordedAt(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                em.persist(e);
                em.flush();
                guard.sealInTransaction(em);
                return person;
            });
        } catch (PersistenceException e) {
            if (EligibilityServiceImpl.isUniqueViolation(e)) {
                throw new ConcurrentChangeException("宛名番号 " + person.atenaNo()
                    + " was registered by another operation at the same time; nothing was stored, read it again", e);
            }
            throw e;
        }
    }

    @Override
    public Optional<Person> find(String tenantCode, String atenaNo) {
        return guard.call(tenantCode, Operation.PERSON_READ, atenaNo, () -> {
            TenantStore store = tenants.store(tenantCode);
            requireAtenaNo(atenaNo);
            return store.read(em -> current(em, atenaNo).map(PersonServiceImpl::toPerson));
        });
    }

    /**
     * @param em an entity manager of the tenant's store
     * @param atenaNo 宛名番号
     * @return the current version of the person's particulars
     */
    public static Optional<PersonEntity> current(EntityManager em, String atenaNo) {
        List<PersonEntity> rows = em.createQuery(
            "SELECT p FROM PersonEntity p WHERE p.atenaNo = :a ORDER BY p.versionNo DESC", PersonEntity.class)
            .setParameter("a", atenaNo).setMaxResults(1).getResultList();
        return rows.stream().findFirst();
    }

    /**
     * @param em an entity manager of the tenant's store
     * @param atenaNo 宛名番号
     * @return the current particulars
     * @throws RuleViolationException R1 if the person is not registered
     */
    public static PersonEntity require(EntityManager em, String atenaNo) {
        return current(em, atenaNo).orElseThrow(() -> new RuleViolationException(UNKNOWN_PERSON_RULE, "宛名番号 "
            + atenaNo + " is not a registered person of this tenant; register the person first (nhi:person-register)"));
    }

    static Person toPerson(PersonEntity e) {
        return new Person(e.getAtenaNo(), e.getName(), e.getNameKana(), e.getBirthDate(), Sex.valueOf(e.getSex()));
    }

    private static void requireAtenaNo(String atenaNo) {
        require(atenaNo != null && atenaNo.matches(DIGITS_15), "宛名番号 must be 1 to 15 ASCII digits"
            + (atenaNo == null ? " (missing)" : ""));
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new RuleViolationException("INPUT", message);
        }
    }
}
