package jp.openkokuho.nhi.eligibility.internal.security;

import static jp.openkokuho.nhi.eligibility.internal.security.GuardedServices.A;
import static jp.openkokuho.nhi.eligibility.internal.security.GuardedServices.B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import javax.security.auth.Subject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.openkokuho.nhi.api.NhiException;
import jp.openkokuho.nhi.api.audit.AccessDeniedException;
import jp.openkokuho.nhi.api.audit.GuardedOperation;
import jp.openkokuho.nhi.api.audit.GuardedOperation.Access;
import jp.openkokuho.nhi.api.tenant.UnknownTenantException;
import jp.openkokuho.nhi.eligibility.internal.audit.LoggedOperation;

/** Another bundle's operations through the same guard and log as the core's. */
class OperationGuardImplTest {
    private static final GuardedOperation READ = new GuardedOperation("linkage.test.read", Access.READ, "テスト（参照）",
        List.of("atena_no"));
    private static final GuardedOperation DECIDE = new GuardedOperation("linkage.test.decide", Access.SUPERVISOR,
        "テスト（責任者の判断）", List.of("decision"));

    @TempDir
    Path dir;
    private GuardedServices s;
    private OperationGuardImpl gate;

    @BeforeEach
    void setUp() {
        s = new GuardedServices(dir);
        gate = new OperationGuardImpl(s.registry, s.guard);
    }

    @AfterEach
    void tearDown() {
        s.close();
    }

    private boolean allowed(Subject who, GuardedOperation op) {
        try {
            return Staff.as(who, () -> gate.call(A, op, "100", () -> true));
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    @Test
    void theCoreRoleSetsDecideAndEveryCallIsOneEntryInTheMunicipalityLog() {
        Subject clerk = Staff.subject("sato", "nhi-clerk@" + A);
        Subject supervisor = Staff.subject("suzuki", "nhi-supervisor@" + A);
        Subject auditor = Staff.subject("takahashi", "nhi-auditor@" + A);
        Subject clerkB = Staff.subject("tanaka", "nhi-clerk@" + B);
        Subject vendor = Staff.subject("vendor", "nhi-admin", "admin");
        long before = s.count(A);
        assertThat(List.of(clerk, supervisor, auditor, clerkB, vendor)).map(w -> allowed(w, READ))
            .containsExactly(true, true, false, false, false);
        assertThat(List.of(clerk, supervisor, auditor, clerkB, vendor)).map(w -> allowed(w, DECIDE))
            .containsExactly(false, true, false, false, false);
        assertThat(allowed(null, READ)).isFalse();
        assertThat(s.count(A)).isEqualTo(before + 11);
        assertThat(s.count(A, "DENIED")).isEqualTo(8);
        LoggedOperation last = s.entries(A).get((int) before + 6);
        assertThat(last.action()).isEqualTo("linkage.test.decide");
        assertThat(last.purpose()).isEqualTo("テスト（責任者の判断）");
        assertThat(last.staffId()).isEqualTo("suzuki");
        assertThat(last.subjectIndex()).startsWith("bik1:");
        assertThat(s.log.verify(A).ok()).isTrue();
    }

    @Test
    void aRefusalInsideTheOperationIsLoggedAsRejectedAndCoreNamesAndUnknownTenantsAreRefused() {
        Subject clerk = Staff.subject("sato", "nhi-clerk@" + A);
        assertThatThrownBy(() -> Staff.as(clerk, () -> gate.call(A, READ, null, () -> {
            throw new NhiException("R7", "no coverage");
        }))).isInstanceOf(NhiException.class);
        assertThat(s.entries(A).get((int) s.count(A) - 1).outcome()).isEqualTo("REJECTED");
        GuardedOperation posing = new GuardedOperation("eligibility.read", Access.READ, "x", List.of());
        assertThatThrownBy(() -> Staff.as(clerk, () -> gate.call(A, posing, null, () -> 1)))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("core");
        Subject elsewhere = Staff.subject("x", "nhi-clerk@999999");
        assertThatThrownBy(() -> Staff.as(elsewhere, () -> gate.call("999999", READ, null, () -> 1)))
            .isInstanceOf(UnknownTenantException.class);
        assertThatThrownBy(() -> new GuardedOperation("Linkage Read", Access.READ, "x", List.of()))
            .isInstanceOf(IllegalArgumentException.class);
    }
}
