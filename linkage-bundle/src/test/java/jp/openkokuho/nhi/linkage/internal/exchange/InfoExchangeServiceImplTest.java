package jp.openkokuho.nhi.linkage.internal.exchange;

import static jp.openkokuho.nhi.linkage.internal.Fixtures.WAKO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.openkokuho.nhi.api.eligibility.EligibilityService;
import jp.openkokuho.nhi.api.linkage.ExchangeDirection;
import jp.openkokuho.nhi.api.linkage.LinkageException;
import jp.openkokuho.nhi.api.linkage.PermittedItem;
import jp.openkokuho.nhi.api.linkage.ProvisionRecord;
import jp.openkokuho.nhi.api.privacy.MyNumber;
import jp.openkokuho.nhi.api.tenant.TenantService;
import jp.openkokuho.nhi.linkage.internal.MemoryMyNumbers;
import jp.openkokuho.nhi.linkage.internal.PassGuard;
import jp.openkokuho.nhi.linkage.internal.identity.IdentityServiceImpl;
import jp.openkokuho.nhi.linkage.internal.store.MemoryStores;

/** R19: the seed's 別表第二 items, refusal of anything else, 情報提供等記録 kept 7 years; the 中間サーバー over HTTP. */
class InfoExchangeServiceImplTest {
    private static final Instant FEB_1 = Instant.parse("2026-02-01T01:00:00Z");
    private static final String PERSON = "000000101";

    private FakeIntermediateServer server;
    private InfoExchangeServiceImpl service;

    @BeforeEach
    void setUp() throws Exception {
        server = new FakeIntermediateServer();
        MemoryStores stores = new MemoryStores();
        Clock clock = Clock.fixed(FEB_1, ZoneOffset.UTC);
        TenantService tenants = mock(TenantService.class);
        IdentityServiceImpl identity = new IdentityServiceImpl(mock(EligibilityService.class), tenants, stores, new PassGuard(),
            new MemoryMyNumbers(), clock);
        identity.linkMyNumber(WAKO, PERSON, MyNumber.of("123456789018"));
        identity.registerAgencyCode(WAKO, PERSON, "FUGO-0101");
        service = new InfoExchangeServiceImpl(tenants, stores, new PassGuard(), identity,
            new HttpIntermediateServerClient(server.uri(), Duration.ofSeconds(5)), clock);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void theSeedsItemsArePermittedFromThe評価書Date() {
        List<PermittedItem> items = service.permittedItems(WAKO, LocalDate.of(2026, 2, 1));
        assertThat(items).filteredOn(i -> i.direction() == ExchangeDirection.INQUIRY)
            .extracting(PermittedItem::itemNo).containsExactly(42, 43);
        assertThat(items).filteredOn(i -> i.direction() == ExchangeDirection.PROVISION)
            .extracting(PermittedItem::itemNo)
            .containsExactly(1, 2, 3, 4, 5, 9, 17, 22, 26, 27, 30, 33, 39, 42, 46, 58, 62, 78, 88, 93, 97, 106, 109, 120);
        assertThat(service.permittedItems(WAKO, LocalDate.of(2021, 8, 31))).isEmpty();
    }

    @Test
    void anInquiryOfItem42IsSentWithThe符号AndLoggedForSevenYears() {
        ProvisionRecord r = service.exchange(WAKO, ExchangeDirection.INQUIRY, PERSON, List.of(42), "税務担当(地方税関係情報)",
            "staff01");
        assertThat(r.outcome()).isEqualTo("SENT");
        assertThat(r.legalBasis()).isEqualTo("番号法第19条第8号 別表第二 第42号");
        assertThat(r.retainUntil()).isEqualTo(LocalDate.of(2033, 2, 1));
        assertThat(server.paths()).containsExactly("/nhi/" + WAKO);
        assertThat(server.bodies()).singleElement().asString()
            .contains("direction=INQUIRY", "agencyCode=FUGO-0101", "items=42").doesNotContain("123456789018");
        assertThat(service.provisionLog(WAKO, PERSON)).containsExactly(r);
    }

    @Test
    void anItemOutsideTheTableIsRefusedAndTheRefusalIsLogged() {
        assertThatThrownBy(() -> service.exchange(WAKO, ExchangeDirection.INQUIRY, PERSON, List.of(1), "X", "staff01"))
            .isInstanceOf(LinkageException.class)
            .hasMessage("情報照会 of 別表第二 第1号 is not permitted for 国保資格管理 on 2026-02-01");
        assertThat(server.bodies()).isEmpty();
        assertThat(service.provisionLog(WAKO, PERSON)).singleElement()
            .satisfies(r -> assertThat(r.outcome()).isEqualTo("REFUSED"));
    }

    @Test
    void aPersonWithout符号CannotBeExchanged() {
        assertThatThrownBy(() -> service.exchange(WAKO, ExchangeDirection.PROVISION, "000000999", List.of(1), "X", "s"))
            .hasMessageContaining("has no 符号 yet");
    }

    @Test
    void aProvisionOf2026_02_01IsKeptUntil2033_02_01() {
        service.exchange(WAKO, ExchangeDirection.PROVISION, PERSON, List.of(1, 2), "日本年金機構", "system");
        assertThat(service.purgeExpired(WAKO, LocalDate.of(2033, 2, 1))).isZero();
        assertThat(service.provisionLog(WAKO, PERSON)).hasSize(1);
        assertThat(service.purgeExpired(WAKO, LocalDate.of(2033, 2, 2))).isEqualTo(1);
        assertThat(service.provisionLog(WAKO, PERSON)).isEmpty();
    }

    @Test
    void aServerErrorIsRecordedAsFailed() {
        server.answer(503);
        assertThat(service.exchange(WAKO, ExchangeDirection.PROVISION, PERSON, List.of(120), "X", "s").outcome())
            .isEqualTo("FAILED");
        assertThat(service.provisionLog(WAKO, PERSON)).extracting(ProvisionRecord::outcome).containsExactly("FAILED");
    }

    @Test
    void anAdministratorClosesAnItemAndAddsANewOne() {
        PermittedItem old = service.permittedItems(WAKO, LocalDate.of(2026, 2, 1)).stream()
            .filter(i -> i.direction() == ExchangeDirection.PROVISION && i.itemNo() == 120).findFirst().orElseThrow();
        service.updatePermittedItem(WAKO, new PermittedItem(ExchangeDirection.PROVISION, 120, old.validFrom(),
            LocalDate.of(2027, 4, 1), old.legalBasis()), "admin");
        service.updatePermittedItem(WAKO, new PermittedItem(ExchangeDirection.INQUIRY, 44, LocalDate.of(2027, 4, 1),
            null, "主務省令 第44号(仮)"), "admin");
        assertThat(service.permittedItems(WAKO, LocalDate.of(2027, 3, 31))).hasSize(26);
        List<PermittedItem> april = service.permittedItems(WAKO, LocalDate.of(2027, 4, 1));
        assertThat(april).hasSize(26);
        assertThat(april).extracting(PermittedItem::itemNo).contains(44).doesNotContain(120);
    }
}
