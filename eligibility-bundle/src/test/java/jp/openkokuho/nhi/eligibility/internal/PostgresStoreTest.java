package jp.openkokuho.nhi.eligibility.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

import jp.openkokuho.nhi.api.disclosure.DisclosureResult;
import jp.openkokuho.nhi.api.disclosure.Inquiry;
import jp.openkokuho.nhi.api.disclosure.InquiryChannel;
import jp.openkokuho.nhi.api.disclosure.InquiryRegistration;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequest;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestAction;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestActionKind;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestKind;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestOutcome;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestRegistration;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestStatus;
import jp.openkokuho.nhi.api.disclosure.RequesterRelation;
import jp.openkokuho.nhi.api.document.DocumentStatus;
import jp.openkokuho.nhi.api.document.IssuedDocument;
import jp.openkokuho.nhi.eligibility.internal.security.RunAs;
import jp.openkokuho.nhi.eligibility.internal.security.Staff;
import jp.openkokuho.nhi.eligibility.internal.security.AccessGuard;
import jp.openkokuho.nhi.api.eligibility.AcquisitionReason;
import jp.openkokuho.nhi.api.eligibility.AcquisitionRequest;
import jp.openkokuho.nhi.api.eligibility.LossReason;
import jp.openkokuho.nhi.api.eligibility.LossRequest;
import jp.openkokuho.nhi.api.eligibility.RelationshipType;
import jp.openkokuho.nhi.api.eligibility.RuleViolationException;
import jp.openkokuho.nhi.api.person.Person;
import jp.openkokuho.nhi.api.person.Sex;
import jp.openkokuho.nhi.api.tenant.Tenant;
import jp.openkokuho.nhi.api.transfer.DeliveryResult;
import jp.openkokuho.nhi.api.transfer.DestinationStatus;
import jp.openkokuho.nhi.eligibility.internal.audit.AuditVerifier;
import jp.openkokuho.nhi.eligibility.internal.audit.Checkpointer;
import jp.openkokuho.nhi.eligibility.internal.audit.FileCheckpointStore;
import jp.openkokuho.nhi.eligibility.internal.audit.FileTenantKeyProvider;
import jp.openkokuho.nhi.eligibility.internal.audit.OperationEntry;
import jp.openkokuho.nhi.eligibility.internal.audit.OperationLog;
import jp.openkokuho.nhi.eligibility.internal.audit.OperationOutcome;
import jp.openkokuho.nhi.eligibility.internal.audit.VerificationResult;
import jp.openkokuho.nhi.eligibility.internal.delivery.DeliveryDispatcher;
import jp.openkokuho.nhi.eligibility.internal.disclosure.DisclosureServiceImpl;
import jp.openkokuho.nhi.eligibility.internal.disclosure.InquiryServiceImpl;
import jp.openkokuho.nhi.eligibility.internal.disclosure.PrivacyRequestServiceImpl;
import jp.openkokuho.nhi.eligibility.internal.document.DocumentTestSupport;
import jp.openkokuho.nhi.eligibility.internal.document.RuleBasedBurdenRateSource;
import jp.openkokuho.nhi.eligibility.internal.privacy.UseSuspensionServiceImpl;
import jp.openkokuho.nhi.eligibility.internal.rules.RuleParameters;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantRegistry;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/**
 * The production database: the same store, rules and dispatcher on PostgreSQL, each run in a schema of its own.
 * Runs when {@code NHI_TEST_POSTGRES_URL} names a server (.ci/run starts one on 127.0.0.1); skipped otherwise.
 */
@RunAs(user = "test-supervisor", roles = "nhi-supervisor@112291")
class PostgresStoreTest {
    private static final String URL = System.getenv("NHI_TEST_POSTGRES_URL");
    private static final ZoneId JST = ZoneId.of("Asia/Tokyo");

    private String schema;
    private TenantStore store;
    private DeliveryDispatcher dispatcher;
    private EligibilityServiceImpl service;
    private TenantRegistry registry;
    private TestStores.MutableClock clock;

    @BeforeEach
    void setUp() throws SQLException {
        assumeTrue(URL != null, "NHI_TEST_POSTGRES_URL is not set: no PostgreSQL server to test against");
        schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(URL);
        try (Connection c = admin.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(URL);
        ds.setCurrentSchema(schema);
        store = new TenantStore(new Tenant("112291", "和光市", "110270", List.of("residentregistry")), ds,
            Clock.systemUTC(), null);
        registry = new TenantRegistry();
        registry.register(store);
        clock = new TestStores.MutableClock(
            ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, JST).toInstant(), JST);
        AccessGuard guard = Staff.guard(registry);
        dispatcher = new DeliveryDispatcher(registry, guard, new DeliveryDispatcher.Settings(Duration.ofSeconds(1), 3,
            Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofSeconds(5), 100), clock, false);
        service = EligibilityServiceImpl.withDefaultRules(registry, dispatcher, guard, clock);
    }

    @AfterEach
    void tearDown() throws SQLException {
        if (store == null) {
            return;
        }
        dispatcher.close();
        store.close();
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(URL);
        try (Connection c = admin.getConnection(); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    @Test
    void theSchemaMigratesAndTheWholeSliceRunsOnPostgres() {
        assertThat(store.schemaVersion()).isEqualTo(TestStores.SCHEMA_VERSION);
        TestStores.registerPersons(registry, "112291", LocalDate.of(1980, 1, 1), "000123");
        TestStores.registerPersons(registry, "112291", LocalDate.of(2026, 5, 5), "000124");
        service.recordAcquisition("112291", new AcquisitionRequest("000123", "900001", RelationshipType.HEAD,
            AcquisitionReason.LEFT_EMPLOYEE_INSURANCE, LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 3)));
        service.recordAcquisition("112291", new AcquisitionRequest("000124", "900001", RelationshipType.MEMBER,
            AcquisitionReason.BIRTH, LocalDate.of(2026, 5, 5), LocalDate.of(2026, 5, 8)));
        service.recordLoss("112291", new LossRequest("000123", LossReason.DEATH, LocalDate.of(2026, 9, 30),
            LocalDate.of(2026, 10, 1)));
        assertThatThrownBy(() -> service.recordAcquisition("112291", new AcquisitionRequest("000124", "900001",
            RelationshipType.MEMBER, AcquisitionReason.MOVE_IN, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 2))))
            .isInstanceOf(RuleViolationException.class).hasMessageContaining("overlaps");

        assertThat(service.eligibility("112291", "000123", LocalDate.of(2026, 9, 30)).insured()).isTrue();
        assertThat(service.eligibility("112291", "000123", LocalDate.of(2026, 10, 1)).insured()).isFalse();
        assertThat(service.periods("112291", "000123").get(0).startDate()).isEqualTo(LocalDate.of(2026, 4, 1));

        List<String> applied = new CopyOnWriteArrayList<>();
        dispatcher.putPolicy(new jp.openkokuho.nhi.eligibility.internal.delivery.TransferPolicy("residentregistry",
            "住民基本台帳法第7条第10号", java.util.Set.of("atena_no")));
        dispatcher.bind("residentregistry", "住民基本台帳法第7条第10号", List.of("atena_no"), c -> {
            applied.add(c.subjectKey() + "#" + c.subjectSequence());
            return DeliveryResult.OK;
        });
        assertThat(dispatcher.runPass()).isEqualTo(3);
        assertThat(applied).containsExactly("000123#1", "000124#1", "000123#2");
        assertThat(dispatcher.records("112291", "000123", 10)).hasSize(2);
        DestinationStatus s = dispatcher.status("112291").get(0);
        assertThat(s.delivered()).isEqualTo(3);
        assertThat(s.pending()).isZero();
    }

    @Test
    void theOperationLogChainsVerifiesAndCatchesTamperingOnPostgres(@TempDir Path dir) {
        FileTenantKeyProvider keys = new FileTenantKeyProvider(dir.resolve("keys"), new SecureRandom());
        FileCheckpointStore checkpoints = new FileCheckpointStore(dir.resolve("checkpoints"));
        // a time below the microsecond: PostgreSQL keeps microseconds, so the log must chain exactly what it keeps
        OperationLog log = new OperationLog(keys, Clock.fixed(Instant.parse("2026-04-01T00:00:00.123456789Z"),
            ZoneOffset.UTC), null);
        store.inTransaction(em -> {
            for (int i = 1; i <= 50; i++) {
                log.append(em, new OperationEntry("staff-" + (i % 3), "clerk", "eligibility.read",
                    "国民健康保険法第9条", i % 5 == 0 ? "" : "bi1:0f1e2d3c4b5a69788796a5b4c3d2e1f" + (i % 10),
                    List.of("atena_no"), OperationOutcome.OK, "req-" + i));
            }
            return null;
        });
        AuditVerifier verifier = new AuditVerifier(keys, checkpoints);
        new Checkpointer(keys, checkpoints, verifier, Checkpointer.Policy.DEFAULT, Clock.systemUTC())
            .checkpoint(store);
        VerificationResult ok = verifier.verify(store);
        assertThat(ok.ok()).as(ok.summary()).isTrue();
        assertThat(ok.entries()).isEqualTo(50);
        assertThat(ok.lastCheckpoint().size()).isEqualTo(50);

        VerificationResult broken = store.read(em -> {
            em.createNativeQuery("UPDATE NHI_OPERATION_LOG SET STAFF_ID = 'staff-9' WHERE SEQ = 17").executeUpdate();
            return verifier.verify(em);
        });
        assertThat(broken.failure().reason()).isEqualTo(VerificationResult.Reason.HASH_MISMATCH);
        assertThat(broken.failure().seq()).isEqualTo(17);
        VerificationResult cut = store.read(em -> {
            em.createNativeQuery("DELETE FROM NHI_OPERATION_LOG WHERE SEQ > 40").executeUpdate();
            return verifier.verify(em);
        });
        assertThat(cut.failure().reason()).isEqualTo(VerificationResult.Reason.TRUNCATED);
        assertThat(cut.failure().seq()).isEqualTo(41);
    }

    @Test
    void migratingAgainChangesNothing() throws SQLException {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(URL);
        ds.setCurrentSchema(schema);
        assertThat(new jp.openkokuho.nhi.eligibility.internal.store.SchemaMigrator(getClass().getClassLoader(),
            "db/migration", Clock.systemUTC()).migrate(ds, "112291")).isEqualTo(TestStores.SCHEMA_VERSION);
    }

    @Test
    void documentsAreIssuedRenewedAndReturnedOnPostgres() {
        // the person first: recording eligibility refuses an unregistered 宛名番号 (R1)
        AccessGuard guard = Staff.guard(registry);
        new PersonServiceImpl(registry, guard).register("112291",
            new Person("000123", "和光　太郎", "", LocalDate.of(1980, 5, 5), Sex.MALE));
        service.recordAcquisition("112291", new AcquisitionRequest("000123", "900001", RelationshipType.HEAD,
            AcquisitionReason.MOVE_IN, LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 10)));
        DocumentServiceImpl documents = new DocumentServiceImpl(registry, guard, DocumentTestSupport.requireFont(),
            new RuleBasedBurdenRateSource(), RuleParameters.defaults(), clock);

        IssuedDocument joined = documents.issue("112291", "000123", null, LocalDate.of(2025, 3, 10), "転入");
        assertThat(joined.expiryDate()).isEqualTo(LocalDate.of(2025, 7, 31));
        assertThat(joined.branchNo()).isEqualTo("01");
        assertThat(documents.annualRenewal("112291", LocalDate.of(2025, 7, 10)).issued()).isEqualTo(1);
        IssuedDocument renewed = documents.list("112291", "000123").get(1);
        assertThat(renewed.expiryDate()).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(renewed.branchNo()).isEqualTo("01");
        assertThat(DocumentTestSupport.text(documents.render("112291", renewed.documentId())))
            .contains("\n有効期限 令和8年7月31日\n");
        documents.recordReturn("112291", renewed.documentId(), LocalDate.of(2026, 11, 27));
        assertThat(documents.list("112291", "000123")).extracting(IssuedDocument::status)
            .containsExactly(DocumentStatus.SUPERSEDED, DocumentStatus.RETURNED);
    }

    @Test
    void privacyRequestsDisclosuresAndInquiriesRunOnPostgres(@TempDir Path out) throws Exception {
        AccessGuard guard = Staff.guard(registry);
        new PersonServiceImpl(registry, guard).register("112291",
            new Person("000124", "和光　花子", "", LocalDate.of(1985, 6, 6), Sex.FEMALE));
        service.recordAcquisition("112291", new AcquisitionRequest("000124", "900002", RelationshipType.HEAD,
            AcquisitionReason.MOVE_IN, LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 10)));
        UseSuspensionServiceImpl suspensions = new UseSuspensionServiceImpl(registry, null, guard, clock);
        PrivacyRequestServiceImpl requests = new PrivacyRequestServiceImpl(registry, guard, suspensions, service,
            clock);
        requests.register("112291", new PrivacyRequestRegistration("C-1", PrivacyRequestKind.CORRECTION, "000124",
            LocalDate.of(2026, 11, 26), RequesterRelation.SELF));
        requests.register("112291", new PrivacyRequestRegistration("S-1", PrivacyRequestKind.SUSPENSION, "000124",
            LocalDate.of(2026, 11, 26), RequesterRelation.SELF));
        requests.register("112291", new PrivacyRequestRegistration("K-1", PrivacyRequestKind.DISCLOSURE, "000124",
            LocalDate.of(2026, 11, 27), RequesterRelation.AUTHORISED_AGENT));
        assertThatThrownBy(() -> requests.register("112291", new PrivacyRequestRegistration("K-1",
            PrivacyRequestKind.DISCLOSURE, "000124", LocalDate.of(2026, 11, 27), RequesterRelation.SELF)))
            .hasMessageContaining("already registered");
        requests.applyCorrection("112291", "C-1", LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 9), null);
        requests.applySuspension("112291", "S-1");
        requests.close("112291", "S-1", PrivacyRequestOutcome.WITHDRAWN, "");
        assertThat(suspensions.history("112291", "000124").get(0).resumeReference()).isEqualTo("S-1");
        assertThat(requests.list("112291", LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 26),
            PrivacyRequestStatus.CLOSED)).extracting(PrivacyRequest::requestReference).containsExactly("S-1");

        DisclosureResult r = new DisclosureServiceImpl(registry, guard, dispatcher, DocumentTestSupport.requireFont(),
            null, clock).produce("112291", "K-1", out);
        assertThat(r.sections().get(1).rows()).isEqualTo(2);
        assertThat(requests.actions("112291", "K-1")).extracting(PrivacyRequestAction::kind).containsExactly(
            PrivacyRequestActionKind.REGISTERED, PrivacyRequestActionKind.DISCLOSURE_PRODUCED);

        InquiryServiceImpl inquiries = new InquiryServiceImpl(registry, guard, clock);
        Inquiry first = inquiries.record("112291", new InquiryRegistration(null, InquiryChannel.LETTER,
            Instant.parse("2026-11-26T15:30:00Z"), "取扱いについて", "", null));
        inquiries.record("112291", new InquiryRegistration("000124", InquiryChannel.PHONE,
            Instant.parse("2026-11-26T16:00:00Z"), "続き", "回答した", first.inquiryId()));
        assertThat(inquiries.inPeriod("112291", LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 27)))
            .extracting(Inquiry::followsUp).containsExactly(null, first.inquiryId());
        assertThat(inquiries.ofPerson("112291", "000124")).hasSize(1);
    }
}
