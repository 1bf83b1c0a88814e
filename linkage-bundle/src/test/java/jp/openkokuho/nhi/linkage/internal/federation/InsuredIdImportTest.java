package jp.openkokuho.nhi.linkage.internal.federation;

import static jp.openkokuho.nhi.linkage.internal.Fixtures.WAKO;
import static jp.openkokuho.nhi.linkage.internal.Fixtures.period;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.openkokuho.nhi.api.eligibility.EligibilityService;
import jp.openkokuho.nhi.api.eligibility.RelationshipType;
import jp.openkokuho.nhi.api.household.HouseholdService;
import jp.openkokuho.nhi.api.linkage.ImportReport;
import jp.openkokuho.nhi.api.linkage.InsuredIdLink;
import jp.openkokuho.nhi.api.tenant.TenantService;
import jp.openkokuho.nhi.linkage.internal.MemoryMyNumbers;
import jp.openkokuho.nhi.linkage.internal.PassGuard;
import jp.openkokuho.nhi.linkage.internal.identity.IdentityServiceImpl;
import jp.openkokuho.nhi.linkage.internal.store.MemoryStores;

/** 市区町村被保険者ID連携ファイル: stored link, 不整合 with both values, rejected rows, all or nothing. */
class InsuredIdImportTest {
    private static final LocalDate SINCE = LocalDate.of(2019, 4, 1);
    private static final LocalDate BASE = LocalDate.of(2026, 6, 1);
    private static final String HEADER = "市町村コード,宛名番号,被保険者ID,国保世帯番号,枝番,基準日";

    private final EligibilityService eligibility = mock(EligibilityService.class);
    private final MemoryStores stores = new MemoryStores();
    private final PassGuard guard = new PassGuard();
    private FederationServiceImpl service;

    private static byte[] file(String... rows) {
        return (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @BeforeEach
    void setUp(@TempDir Path drop) {
        for (String a : List.of("000000101", "000000102", "000000103", "000000104", "000000105")) {
            when(eligibility.periods(WAKO, a)).thenReturn(List.of(period(a, "7001",
                a.endsWith("1") ? RelationshipType.HEAD : RelationshipType.MEMBER, SINCE, null)));
        }
        TenantService tenants = mock(TenantService.class);
        Clock clock = Clock.fixed(Instant.parse("2026-06-02T00:00:00Z"), ZoneOffset.UTC);
        new IdentityServiceImpl(eligibility, tenants, stores, guard, new MemoryMyNumbers(), clock)
            .assignBranches(WAKO, "7001", List.of("000000101", "000000102", "000000103"), SINCE);
        service = new FederationServiceImpl(eligibility, mock(HouseholdService.class), tenants, stores, guard,
            DropDirectories.under(drop), clock);
    }

    @Test
    void eachRowIsLinkedMismatchedOrRejected() {
        ImportReport r = service.importInsuredIds(WAKO, "hihokenshaid.csv", file(
            "112291,000000101,1000000001,7001,01,20260601",
            "112291,000000102,1000000002,7001,05,20260601",
            "112291,000000103,1000000003,7002,03,20260601",
            "112291,000000999,1000000009,7001,09,20260601",
            "111007,000000101,1000000001,7001,01,20260601",
            "112291,000000104,1000000004,7001,04,20260601",
            "112291,000000105,1000000001,7001,05,20260601",
            "112291,000000105,1000000005,7001,02,20260601",
            "112291,000000105,1000000005,7001,05,20190301"));
        assertThat(r.accepted()).isEqualTo(2);
        assertThat(r.mismatches()).containsExactly(
            "hihokenshaid.csv line 3: 宛名番号 ＊＊＊＊＊0102 枝番 here 02, in the file 05",
            "hihokenshaid.csv line 4: 宛名番号 ＊＊＊＊＊0103 国保世帯番号 here 7001, in the file 7002",
            "hihokenshaid.csv line 8: 宛名番号 ＊＊＊＊＊0105 被保険者ID 1000000001 here belongs to 宛名番号 ＊＊＊＊＊0101, "
                + "in the file to this person",
            "hihokenshaid.csv line 9: 宛名番号 ＊＊＊＊＊0105 枝番 02 here belongs to 宛名番号 ＊＊＊＊＊0102, in the file to "
                + "this person",
            "hihokenshaid.csv line 10: 宛名番号 ＊＊＊＊＊0105 国保世帯番号 here (no coverage on 2019-03-01), in the file 7001");
        assertThat(r.rejected()).containsExactly("hihokenshaid.csv line 5: 宛名番号 ＊＊＊＊＊0999 is unknown here",
            "hihokenshaid.csv line 6: 市町村コード 111007 is not this municipality (112291)");
        assertThat(service.insuredId(WAKO, "000000101")).contains(new InsuredIdLink("000000101", "1000000001", "7001",
            "01", BASE, "hihokenshaid.csv"));
        // no 枝番 here yet: the prefecture's number is kept with the link, nobody else holds it in the household
        assertThat(service.insuredId(WAKO, "000000104")).contains(new InsuredIdLink("000000104", "1000000004", "7001",
            "04", BASE, "hihokenshaid.csv"));
        assertThat(service.insuredId(WAKO, "000000102")).isEmpty();
        assertThat(service.insuredId(WAKO, "000000105")).isEmpty();
        assertThat(guard.actions).contains("linkage.federation.import_ids", "linkage.federation.insured_id");

        // a later file with another 被保険者ID never overwrites the stored one
        ImportReport again = service.importInsuredIds(WAKO, "hihokenshaid2.csv", file(
            "112291,000000101,1000000010,7001,01,20260701"));
        assertThat(again.accepted()).isZero();
        assertThat(again.mismatches()).containsExactly(
            "hihokenshaid2.csv line 2: 宛名番号 ＊＊＊＊＊0101 被保険者ID here 1000000001, in the file 1000000010");
        assertThat(service.insuredId(WAKO, "000000101").map(InsuredIdLink::insuredId)).contains("1000000001");
        assertThat(imports()).isEqualTo(2);
    }

    @Test
    void aMalformedRowRefusesTheWholeFile() {
        assertThatThrownBy(() -> service.importInsuredIds(WAKO, "hihokenshaid.csv", file(
            "112291,000000101,1000000001,7001,01,20260601",
            "112291,000000102,1000000002,7001,00,20260601")))
            .hasMessage("hihokenshaid.csv line 3: 枝番 must be two digits 01–99 (R17)");
        assertThatThrownBy(() -> service.importInsuredIds(WAKO, "hihokenshaid.csv", file(
            "112291,000000101,ID-1,7001,01,20260601")))
            .hasMessage("hihokenshaid.csv line 2: 被保険者ID must be 1–20 ASCII digits");
        assertThatThrownBy(() -> service.importInsuredIds(WAKO, "hihokenshaid.csv",
            "市町村コード,宛名番号,被保険者ID,国保世帯番号,枝番\n".getBytes(StandardCharsets.UTF_8)))
            .hasMessage("hihokenshaid.csv line 1: header must be " + HEADER);
        assertThatThrownBy(() -> service.importInsuredIds(WAKO, "hihokenshaid.csv", new byte[] {(byte) 0x82, 0x20}))
            .hasMessage("hihokenshaid.csv: not UTF-8 text");
        assertThat(service.insuredId(WAKO, "000000101")).isEmpty();
        assertThat(imports()).isZero();
    }

    private int imports() {
        return stores.forTenant(WAKO).inTransaction(c -> {
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT COUNT(*) FROM linkage_import WHERE file_kind = 'INSURED_IDS'")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
