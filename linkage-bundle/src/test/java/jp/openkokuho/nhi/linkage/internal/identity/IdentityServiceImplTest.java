package jp.openkokuho.nhi.linkage.internal.identity;

import static jp.openkokuho.nhi.linkage.internal.Fixtures.WAKO;
import static jp.openkokuho.nhi.linkage.internal.Fixtures.period;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.openkokuho.nhi.api.eligibility.EligibilityService;
import jp.openkokuho.nhi.api.eligibility.RelationshipType;
import jp.openkokuho.nhi.api.linkage.BranchAssignment;
import jp.openkokuho.nhi.api.linkage.IdentityLink;
import jp.openkokuho.nhi.api.linkage.JlisItem;
import jp.openkokuho.nhi.api.linkage.JlisStatus;
import jp.openkokuho.nhi.api.linkage.LinkageException;
import jp.openkokuho.nhi.api.linkage.MyNumberFlow;
import jp.openkokuho.nhi.api.privacy.MyNumber;
import jp.openkokuho.nhi.api.privacy.MyNumberPurpose;
import jp.openkokuho.nhi.api.tenant.TenantService;
import jp.openkokuho.nhi.linkage.internal.MemoryMyNumbers;
import jp.openkokuho.nhi.linkage.internal.PassGuard;
import jp.openkokuho.nhi.linkage.internal.store.MemoryStores;

/** R17 枝番, R20 J-LIS flag, the 個人番号 ↔ 宛名番号 ↔ 符号 mapping. */
class IdentityServiceImplTest {
    private static final MyNumber NUMBER = MyNumber.of("123456789018");
    private static final MyNumber OTHER = MyNumber.of("00000000001" + MyNumber.checkDigit("00000000001"));
    private static final LocalDate DAY = LocalDate.of(2026, 4, 1);

    private final EligibilityService eligibility = mock(EligibilityService.class);
    private final MemoryStores stores = new MemoryStores();
    private final MemoryMyNumbers myNumbers = new MemoryMyNumbers();
    private IdentityServiceImpl service;

    @BeforeEach
    void setUp() {
        service = new IdentityServiceImpl(eligibility, mock(TenantService.class), stores, new PassGuard(), myNumbers,
            Clock.fixed(Instant.parse("2026-04-01T00:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void issuedAtenaNumbersSkipNumbersTheCoreAlreadyKnows() {
        when(eligibility.periods(WAKO, "000000002")).thenReturn(List.of(
            period("000000002", "1", RelationshipType.HEAD, DAY, null)));
        assertThat(service.issueAtenaNo(WAKO)).isEqualTo("000000001");
        assertThat(service.issueAtenaNo(WAKO)).isEqualTo("000000003");
        assertThat(service.issueAtenaNo(WAKO)).isEqualTo("000000004");
    }

    @Test
    void aLinkedNumberIsFoundMaskedAndReleasedOnlyForALawfulFlow() {
        IdentityLink link = service.linkMyNumber(WAKO, "000000101", NUMBER);
        assertThat(link.myNumber()).isEqualTo(MyNumber.MASK);
        assertThat(link.toString()).doesNotContain("123456789018");
        assertThat(service.findAtenaNo(WAKO, NUMBER)).contains("000000101");
        assertThat(service.findAtenaNo(WAKO, OTHER)).isEmpty();
        assertThat(service.myNumberFor(WAKO, "000000101", MyNumberFlow.INSURER_INTERMEDIATE_SERVER).digits())
            .isEqualTo("123456789018");
        assertThatThrownBy(() -> service.myNumberFor(WAKO, "000000102", MyNumberFlow.FEDERATION_QUALIFICATION))
            .isInstanceOf(LinkageException.class).hasMessage("宛名番号 ＊＊＊＊＊0102 has no linked 個人番号");
        // a number linked in the core directly (nhi:mynumber-link) is released as well
        myNumbers.link(WAKO, "000000102", OTHER);
        assertThat(service.myNumberFor(WAKO, "000000102", MyNumberFlow.FEDERATION_QUALIFICATION)).isEqualTo(OTHER);
        assertThatThrownBy(() -> service.myNumberFor(WAKO, "000000101", null))
            .isInstanceOf(LinkageException.class).hasMessageContaining("law allows");
        // the number itself is kept by the core's MyNumberService; the linkage database only knows that one is linked
        assertThat(myNumbers.byAtena).containsEntry("000000101", NUMBER);
        assertThat(stores.forTenant(WAKO).<Boolean>inTransaction(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT * FROM identity_link")) {
                rs.next();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    if (String.valueOf(rs.getObject(i)).contains("123456789018")) {
                        return false;
                    }
                }
                return rs.getBoolean("MY_NUMBER_LINKED");
            }
        })).isTrue();
        assertThat(IdentityServiceImpl.purpose(MyNumberFlow.FEDERATION_QUALIFICATION))
            .isEqualTo(MyNumberPurpose.NHI_ADMINISTRATION);
    }

    @Test
    void oneNumberCannotBeLinkedToTwoAtenaNumbers() {
        service.linkMyNumber(WAKO, "000000101", NUMBER);
        assertThatThrownBy(() -> service.linkMyNumber(WAKO, "000000102", NUMBER))
            .hasMessage("this 個人番号 is already linked to 宛名番号 ＊＊＊＊＊0101; unlink it there first");
        assertThatThrownBy(() -> service.linkMyNumber(WAKO, "000000101", OTHER))
            .hasMessage("宛名番号 ＊＊＊＊＊0101 is already linked to another 個人番号");
    }

    @Test
    void theAgencyCodeIsKeptWithTheLink() {
        service.linkMyNumber(WAKO, "000000101", NUMBER);
        IdentityLink link = service.registerAgencyCode(WAKO, "000000101", "FUGO-0001");
        assertThat(link.agencyCode()).isEqualTo("FUGO-0001");
        assertThat(link.myNumber()).isEqualTo(MyNumber.MASK);
        assertThat(service.identity(WAKO, "000000999").myNumber()).isEqualTo(MyNumber.ABSENT);
    }

    @Test
    void aNumberLinkedInTheCoreDirectlyIsShownAsLinked() {
        // nhi:mynumber-link stores the number in the core only; the linkage view must still say one is held
        myNumbers.link(WAKO, "000000102", NUMBER);
        assertThat(service.identity(WAKO, "000000102").myNumber()).isEqualTo(MyNumber.MASK);
        assertThat(service.identity(WAKO, "000000103").myNumber()).isEqualTo(MyNumber.ABSENT);
    }

    @Test
    void aKanaMismatchWithJlisExcludesThePersonUntilCorrected() {
        IdentityLink unchecked = service.identity(WAKO, "000000101");
        assertThat(unchecked.jlisStatus()).isEqualTo(JlisStatus.UNCHECKED);
        assertThat(unchecked.onlineConfirmationAllowed()).isFalse();
        IdentityLink flagged = service.recordJlisCheck(WAKO, "000000101", Set.of(JlisItem.KANA_NAME));
        assertThat(flagged.jlisStatus()).isEqualTo(JlisStatus.MISMATCH);
        assertThat(flagged.jlisMismatches()).containsExactly(JlisItem.KANA_NAME);
        assertThat(flagged.onlineConfirmationAllowed()).isFalse();
        IdentityLink cleared = service.recordJlisCheck(WAKO, "000000101", Set.of());
        assertThat(cleared.jlisStatus()).isEqualTo(JlisStatus.VERIFIED);
        assertThat(cleared.jlisMismatches()).isEmpty();
        assertThat(cleared.onlineConfirmationAllowed()).isTrue();
    }

    @Test
    void aHouseholdOfThreeGets01To03AndANewbornGets04() {
        assertThat(service.assignBranches(WAKO, "7001", List.of("000000101", "000000102", "000000103"), DAY))
            .extracting(BranchAssignment::branchNo).containsExactly("01", "02", "03");
        List<BranchAssignment> later = service.assignBranches(WAKO, "7001", List.of("000000101", "000000104"),
            DAY.plusMonths(3));
        assertThat(later).containsExactly(new BranchAssignment("7001", "000000101", "01", DAY),
            new BranchAssignment("7001", "000000104", "04", DAY.plusMonths(3)));
    }

    @Test
    void aLeavingMembersNumberIsNotReused() {
        assertThat(BranchNumbers.assign("7001", List.of("01", "03"), List.of("A"))).containsEntry("A", "04");
        assertThatThrownBy(() -> BranchNumbers.assign("7001", List.of("99"), List.of("A")))
            .hasMessage("国保世帯 7001 has used all 99 被保険者枝番");
    }
}
