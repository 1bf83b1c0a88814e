package jp.openkokuho.nhi.eligibility.internal.security;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import jp.openkokuho.nhi.api.eligibility.AcquisitionReason;
import jp.openkokuho.nhi.api.eligibility.AcquisitionRequest;
import jp.openkokuho.nhi.api.eligibility.RelationshipType;
import jp.openkokuho.nhi.api.transfer.ChangeItems;
import jp.openkokuho.nhi.eligibility.internal.EligibilityServiceImpl;
import jp.openkokuho.nhi.eligibility.internal.ImportServiceImpl;
import jp.openkokuho.nhi.eligibility.internal.TestStores;
import jp.openkokuho.nhi.eligibility.internal.audit.LoggedOperation;
import jp.openkokuho.nhi.eligibility.internal.audit.OperationLogService;
import jp.openkokuho.nhi.eligibility.internal.delivery.DeliveryDispatcher;
import jp.openkokuho.nhi.eligibility.internal.delivery.TransferPolicy;
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

    /** @param dir keys and checkpoints */
    public GuardedServices(Path dir) {
        registry.register(storeA);
        registry.register(storeB);
        // recording eligibility needs registered persons (R1): those the security tests name in A and B
        String[] atenaNos = java.util.stream.Stream.concat(
            java.util.stream.IntStream.rangeClosed(100, 120).mapToObj(Integer::toString),
            java.util.stream.Stream.concat(java.util.stream.Stream.of("501"),
                java.util.stream.IntStream.rangeClosed(7001, 7100).mapToObj(Integer::toString))).toArray(String[]::new);
        TestStores.registerPersons(registry, A, java.time.LocalDate.of(1980, 1, 1), atenaNos);
        TestStores.registerPersons(registry, B, java.time.LocalDate.of(1980, 1, 1), atenaNos);
        log = Staff.operationLog(registry, dir);
        guard = Staff.guard(registry, log, dir);
        Clock clock = Clock.fixed(ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, JST).toInstant(), JST);
        dispatcher = new DeliveryDispatcher(registry, guard, new DeliveryDispatcher.Settings(Duration.ofSeconds(1),
            3, Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofMillis(500), 100), clock, false);
        dispatcher.putPolicy(new TransferPolicy(RR, BASIS, Set.of(ChangeItems.ATENA_NO)));
        eligibility = new EligibilityServiceImpl(registry, dispatcher, guard, clock);
        imports = new ImportServiceImpl(registry, dispatcher, guard, clock);
        audit = new AuditServiceImpl(log, guard);
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
