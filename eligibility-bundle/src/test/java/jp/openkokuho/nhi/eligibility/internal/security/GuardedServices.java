package jp.openkokuho.nhi.eligibility.internal.security;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mockito.Mockito;

import jp.openkokuho.nhi.api.eligibility.AcquisitionReason;
import jp.openkokuho.nhi.api.eligibility.AcquisitionRequest;
import jp.openkokuho.nhi.api.eligibility.RelationshipType;
import jp.openkokuho.nhi.api.linkage.InfoExchangeService;
import jp.openkokuho.nhi.api.privacy.RetainedRecordKind;
import jp.openkokuho.nhi.api.transfer.ChangeItems;
import jp.openkokuho.nhi.eligibility.internal.DocumentServiceImpl;
import jp.openkokuho.nhi.eligibility.internal.EligibilityServiceImpl;
import jp.openkokuho.nhi.eligibility.internal.ExportServiceImpl;
import jp.openkokuho.nhi.eligibility.internal.ImportServiceImpl;
import jp.openkokuho.nhi.eligibility.internal.PersonServiceImpl;
import jp.openkokuho.nhi.eligibility.internal.TestStores;
import jp.openkokuho.nhi.eligibility.internal.audit.LoggedOperation;
import jp.openkokuho.nhi.eligibility.internal.audit.OperationLogService;
import jp.openkokuho.nhi.eligibility.internal.crypto.TenantKeyStore;
import jp.openkokuho.nhi.eligibility.internal.delivery.DeliveryDispatcher;
import jp.openkokuho.nhi.eligibility.internal.delivery.TransferPolicy;
import jp.openkokuho.nhi.eligibility.internal.disclosure.DisclosureServiceImpl;
import jp.openkokuho.nhi.eligibility.internal.disclosure.InquiryServiceImpl;
import jp.openkokuho.nhi.eligibility.internal.disclosure.PrivacyRequestServiceImpl;
import jp.openkokuho.nhi.eligibility.internal.document.JapaneseFont;
import jp.openkokuho.nhi.eligibility.internal.document.RuleBasedBurdenRateSource;
import jp.openkokuho.nhi.eligibility.internal.household.HouseholdServiceImpl;
import jp.openkokuho.nhi.eligibility.internal.income.IncomeServiceImpl;
import jp.openkokuho.nhi.eligibility.internal.privacy.MyNumberServiceImpl;
import jp.openkokuho.nhi.eligibility.internal.privacy.RetentionServiceImpl;
import jp.openkokuho.nhi.eligibility.internal.privacy.UseSuspensionServiceImpl;
import jp.openkokuho.nhi.eligibility.internal.rules.RuleParameters;
import jp.openkokuho.nhi.eligibility.internal.rules.RuleParametersRegistry;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantRegistry;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/**
 * Two municipalities on real stores with every core service behind one real access guard and operation log, as the
 * bundle wires them in Karaf.
 */
public final class GuardedServices implements AutoCloseable {
    public static final String A = "112291";
    public static final String B = "131016";
    public static final String RR = "residentregistry";
    public static final String BASIS = "住民基本台帳法第7条第10号";
    public static final ZoneId JST = ZoneId.of("Asia/Tokyo");

    public final TenantRegistry registry = new TenantRegistry();
    public final TenantStore storeA = TestStores.open(A, List.of(RR));
    public final TenantStore storeB = TestStores.open(B, List.of(RR));
    public final OperationLogService log;
    public final AccessGuard guard;
    public final EligibilityServiceImpl eligibility;
    public final ImportServiceImpl imports;
    public final DeliveryDispatcher dispatcher;
    public final AuditServiceImpl audit;
    public final PersonServiceImpl persons;
    public final HouseholdServiceImpl households;
    public final IncomeServiceImpl incomes;
    public final DocumentServiceImpl documents;
    public final ExportServiceImpl exports;
    public final MyNumberServiceImpl myNumbers;
    public final UseSuspensionServiceImpl suspensions;
    public final RetentionServiceImpl retention;
    public final PrivacyRequestServiceImpl requests;
    public final DisclosureServiceImpl disclosures;
    public final InquiryServiceImpl inquiries;
    /** The linkage's 情報提供等記録 as the disclosure service sees it (a mock; no records unless stubbed). */
    public final InfoExchangeService exchange = Mockito.mock(InfoExchangeService.class);
    /** Where exports and keys go. */
    public final Path dir;

    /** @param dir keys and checkpoints */
    public GuardedServices(Path dir) {
        this.dir = dir;
        registry.register(storeA);
        registry.register(storeB);
        log = Staff.operationLog(registry, dir);
        guard = Staff.guard(registry, log, dir);
        Clock clock = Clock.fixed(ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, JST).toInstant(), JST);
        dispatcher = new DeliveryDispatcher(registry, guard, new DeliveryDispatcher.Settings(Duration.ofSeconds(1),
            3, Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofMillis(500), 100), clock, false);
        dispatcher.putPolicy(new TransferPolicy(RR, BASIS, Set.of(ChangeItems.ATENA_NO)));
        eligibility = EligibilityServiceImpl.withDefaultRules(registry, dispatcher, guard, clock);
        imports = new ImportServiceImpl(registry, dispatcher, guard, clock);
        audit = new AuditServiceImpl(log, guard);
        persons = new PersonServiceImpl(registry, guard, clock);
        households = new HouseholdServiceImpl(registry, new RuleParametersRegistry(), guard, clock);
        incomes = new IncomeServiceImpl(registry, new RuleParametersRegistry(), guard, clock);
        // no font: document operations get past the guard and then stop at the font check
        documents = new DocumentServiceImpl(registry, guard, JapaneseFont.at(dir.resolve("no-font.ttf")),
            new RuleBasedBurdenRateSource(), RuleParameters.defaults(), clock);
        exports = new ExportServiceImpl(registry, guard);
        myNumbers = new MyNumberServiceImpl(registry, guard, new TenantKeyStore(dir.resolve("my-number-keys")), 20,
            clock);
        suspensions = new UseSuspensionServiceImpl(registry, null, guard, clock);
        Map<RetainedRecordKind, Integer> years = new EnumMap<>(RetainedRecordKind.class);
        for (RetainedRecordKind k : RetainedRecordKind.values()) {
            years.put(k, 10);
        }
        retention = new RetentionServiceImpl(registry, guard, new RetentionServiceImpl.Periods(years), clock);
        requests = new PrivacyRequestServiceImpl(registry, guard, suspensions, eligibility, clock);
        disclosures = new DisclosureServiceImpl(registry, guard, dispatcher, JapaneseFont.at(Path.of(
            JapaneseFont.DEFAULT_PATH)), exchange, clock);
        inquiries = new InquiryServiceImpl(registry, guard, clock);
        persons(A, "100", "501");
        persons(B, "100", "501");
    }

    /**
     * Registers persons (R1) directly in a tenant's store: set-up, not an operation of anyone, so nothing is logged.
     *
     * @param tenant the tenant
     * @param atenaNos 宛名番号
     */
    public void persons(String tenant, String... atenaNos) {
        TestStores.insertPersons(registry.store(tenant), atenaNos);
    }

    public static AcquisitionRequest moveIn(String atena) {
        return new AcquisitionRequest(atena, "900" + atena, RelationshipType.HEAD, AcquisitionReason.MOVE_IN,
            LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 3));
    }

    /** @return every entry of a tenant's log, oldest first */
    public List<LoggedOperation> entries(String tenant) {
        return log.search(tenant, null, null, null, null, null, OperationLogService.MAX_SEARCH);
    }

    /** @return how many entries the tenant's log has */
    public long count(String tenant) {
        return registry.store(tenant).read(em -> ((Number) em.createNativeQuery(
            "SELECT COUNT(*) FROM NHI_OPERATION_LOG").getSingleResult()).longValue());
    }

    /** @return how many entries with this outcome */
    public long count(String tenant, String outcome) {
        return registry.store(tenant).read(em -> ((Number) em.createNativeQuery(
            "SELECT COUNT(*) FROM NHI_OPERATION_LOG WHERE OUTCOME = ?").setParameter(1, outcome).getSingleResult())
            .longValue());
    }

    @Override
    public void close() {
        dispatcher.close();
        storeA.close();
        storeB.close();
    }
}
