package jp.openkokuho.nhi.eligibility.internal.disclosure;

import static jp.openkokuho.nhi.eligibility.internal.security.GuardedServices.A;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.security.auth.Subject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.openkokuho.nhi.api.NhiException;
import jp.openkokuho.nhi.api.audit.AccessDeniedException;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequest;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestAction;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestActionKind;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestKind;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestOutcome;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestRegistration;
import jp.openkokuho.nhi.api.disclosure.PrivacyRequestStatus;
import jp.openkokuho.nhi.api.disclosure.RequesterRelation;
import jp.openkokuho.nhi.api.eligibility.RuleViolationException;
import jp.openkokuho.nhi.api.privacy.UseSuspension;
import jp.openkokuho.nhi.eligibility.internal.audit.LoggedOperation;
import jp.openkokuho.nhi.eligibility.internal.privacy.PrivacyTestSupport;
import jp.openkokuho.nhi.eligibility.internal.security.GuardedServices;
import jp.openkokuho.nhi.eligibility.internal.security.Staff;

/** Registering, listing, applying and closing 開示・訂正・利用停止請求 on a real store behind the real guard. */
class PrivacyRequestServiceImplTest {
    private static final Subject CLERK = Staff.subject("sato", "nhi-clerk@" + A);
    private static final Subject SUPERVISOR = Staff.subject("suzuki", "nhi-supervisor@" + A);
    private static final Subject AUDITOR = Staff.subject("takahashi", "nhi-auditor@" + A);

    @TempDir
    Path dir;
    private GuardedServices s;

    @BeforeEach
    void setUp() {
        s = new GuardedServices(dir);
    }

    @AfterEach
    void tearDown() {
        s.close();
    }

    private PrivacyRequest register(String ref, PrivacyRequestKind kind, String atena, LocalDate received) {
        return Staff.as(CLERK, () -> s.requests.register(A, new PrivacyRequestRegistration(ref, kind, atena, received,
            RequesterRelation.SELF)));
    }

    private long requestRows() {
        return s.storeA.read(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM NHI_PRIVACY_REQUEST")
            .getSingleResult()).longValue() * 1000 + ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM NHI_PRIVACY_REQUEST_ACTION").getSingleResult()).longValue());
    }

    @Test
    void aRegisteredRequestIsFoundListedAndCarriesItsFirstStep() {
        PrivacyRequest r = register(" D-1 ", PrivacyRequestKind.DISCLOSURE, "100", LocalDate.of(2026, 11, 20));
        register("S-1", PrivacyRequestKind.SUSPENSION, "501", LocalDate.of(2026, 11, 25));

        assertThat(r).isEqualTo(new PrivacyRequest(A, "D-1", PrivacyRequestKind.DISCLOSURE, "100",
            LocalDate.of(2026, 11, 20), RequesterRelation.SELF, PrivacyRequestStatus.RECEIVED, "sato",
            Instant.parse("2026-11-27T01:00:00Z"), null, null, null, null));
        assertThat(r.toString()).doesNotContain("100");
        // auditors check that requests are answered
        List<PrivacyRequest> all = Staff.as(AUDITOR, () -> s.requests.list(A, null, null, null));
        assertThat(all).extracting(PrivacyRequest::requestReference).containsExactly("D-1", "S-1");
        assertThat(Staff.as(AUDITOR, () -> s.requests.list(A, LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 30),
            PrivacyRequestStatus.RECEIVED))).extracting(PrivacyRequest::requestReference).containsExactly("S-1");
        assertThat(Staff.as(CLERK, () -> s.requests.listOfPerson(A, "100"))).containsExactly(r);
        assertThat(Staff.as(CLERK, () -> s.requests.actions(A, "D-1"))).containsExactly(new PrivacyRequestAction(1,
            "D-1", PrivacyRequestActionKind.REGISTERED, "開示請求（本人）受付日 2026-11-20", "sato",
            Instant.parse("2026-11-27T01:00:00Z")));
        assertThatThrownBy(() -> Staff.as(AUDITOR, () -> s.requests.register(A, new PrivacyRequestRegistration("D-2",
            PrivacyRequestKind.DISCLOSURE, "100", LocalDate.of(2026, 11, 20), RequesterRelation.SELF))))
            .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void badInputIsRefusedWithAClearErrorAndStoresNothing() {
        register("D-1", PrivacyRequestKind.DISCLOSURE, "100", LocalDate.of(2026, 11, 20));
        long rows = requestRows();

        assertThatThrownBy(() -> register("D-1", PrivacyRequestKind.CORRECTION, "501", LocalDate.of(2026, 11, 21)))
            .isInstanceOf(NhiException.class).hasMessageContaining("request reference D-1 is already registered")
            .extracting(t -> ((NhiException) t).code()).isEqualTo("DUPLICATE_REQUEST");
        assertThatThrownBy(() -> register("D-9", PrivacyRequestKind.DISCLOSURE, "777", LocalDate.of(2026, 11, 21)))
            .isInstanceOf(RuleViolationException.class).hasMessageContaining("not a registered person")
            .extracting(t -> ((NhiException) t).code()).isEqualTo("R1");
        assertThatThrownBy(() -> register("D-9", PrivacyRequestKind.DISCLOSURE, "100", LocalDate.of(2026, 11, 28)))
            .isInstanceOf(NhiException.class).hasMessage("received date (受付日) 2026-11-28 is after today");
        assertThatThrownBy(() -> register("D-9", null, "100", LocalDate.of(2026, 11, 20)))
            .hasMessage("request kind is missing");
        assertThatThrownBy(() -> register("", PrivacyRequestKind.DISCLOSURE, "100", LocalDate.of(2026, 11, 20)))
            .hasMessageContaining("request reference must be 1 to 64 characters");
        assertThatThrownBy(() -> register("D-9", PrivacyRequestKind.DISCLOSURE, "１００", LocalDate.of(2026, 11, 20)))
            .hasMessageContaining("宛名番号 must be 1 to 15 ASCII digits");

        assertThat(requestRows()).isEqualTo(rows);
        assertThat(s.entries(A).stream().filter(e -> e.action().equals("privacy_request.register"))
            .map(LoggedOperation::outcome).toList()).containsExactly("OK", "REJECTED", "REJECTED", "REJECTED",
                "REJECTED", "REJECTED", "REJECTED");
    }

    @Test
    void aSuspensionRequestSuspendsUnderItsReferenceAndARefusalResumes() {
        register("S-1", PrivacyRequestKind.SUSPENSION, "501", LocalDate.of(2026, 11, 25));
        long before = s.count(A);

        // the suspension itself is the supervisor's: a clerk is denied and logged, nothing happens
        assertThatThrownBy(() -> Staff.as(CLERK, () -> s.requests.applySuspension(A, "S-1")))
            .isInstanceOf(AccessDeniedException.class);
        assertThat(s.entries(A).get((int) before).outcome()).isEqualTo("DENIED");
        assertThat(Staff.as(SUPERVISOR, () -> s.suspensions.history(A, "501"))).isEmpty();

        UseSuspension on = Staff.as(SUPERVISOR, () -> s.requests.applySuspension(A, "S-1"));
        assertThat(on.requestReference()).isEqualTo("S-1");
        assertThat(on.active()).isTrue();
        assertThat(Staff.as(CLERK, () -> s.requests.find(A, "S-1")).orElseThrow().status())
            .isEqualTo(PrivacyRequestStatus.IN_PROGRESS);
        // (after the denial and the history read above) the suspension and the step are each logged
        assertThat(s.entries(A).subList((int) before + 2, (int) before + 4)).extracting(LoggedOperation::action,
            LoggedOperation::outcome).containsExactly(tuple("mynumber.suspend", "OK"),
                tuple("privacy_request.suspend", "OK"));

        PrivacyRequest closed = Staff.as(SUPERVISOR, () -> s.requests.close(A, "S-1", PrivacyRequestOutcome.REFUSED,
            "利用停止の要件に該当しないため（番号 " + PrivacyTestSupport.number(3) + " 確認済）"));

        assertThat(closed.status()).isEqualTo(PrivacyRequestStatus.CLOSED);
        assertThat(closed.outcome()).isEqualTo(PrivacyRequestOutcome.REFUSED);
        assertThat(closed.closedBy()).isEqualTo("suzuki");
        // an individual number typed into the note is never stored
        assertThat(closed.closingNote()).doesNotContain(PrivacyTestSupport.number(3)).contains("個人番号");
        List<UseSuspension> history = Staff.as(SUPERVISOR, () -> s.suspensions.history(A, "501"));
        assertThat(history).hasSize(1);
        assertThat(history.get(0).active()).isFalse();
        assertThat(history.get(0).resumeReference()).isEqualTo("S-1");
        assertThat(Staff.as(CLERK, () -> s.requests.actions(A, "S-1"))).extracting(PrivacyRequestAction::kind)
            .containsExactly(PrivacyRequestActionKind.REGISTERED, PrivacyRequestActionKind.SUSPENSION_APPLIED,
                PrivacyRequestActionKind.SUSPENSION_ENDED, PrivacyRequestActionKind.CLOSED);
        // a closed request takes no further step
        assertThatThrownBy(() -> Staff.as(SUPERVISOR, () -> s.requests.applySuspension(A, "S-1")))
            .isInstanceOf(NhiException.class).hasMessageContaining("request S-1 is closed (不認容)");
    }

    @Test
    void aGrantedSuspensionRequestKeepsTheSuspensionAndAClerkMayCloseIt() {
        register("S-2", PrivacyRequestKind.SUSPENSION, "501", LocalDate.of(2026, 11, 25));
        Staff.as(SUPERVISOR, () -> s.requests.applySuspension(A, "S-2"));

        Staff.as(CLERK, () -> s.requests.close(A, "S-2", PrivacyRequestOutcome.GRANTED, ""));

        assertThat(Staff.as(SUPERVISOR, () -> s.suspensions.history(A, "501")).get(0).active()).isTrue();
        assertThat(Staff.as(CLERK, () -> s.requests.actions(A, "S-2")).get(2).detail()).isEqualTo("全部認容");
    }

    @Test
    void aCorrectionRequestCorrectsCoverageUnderItsReferenceAndOnlyACorrectionRequestMay() {
        Staff.as(CLERK, () -> s.eligibility.recordAcquisition(A, GuardedServices.moveIn("100")));
        register("C-1", PrivacyRequestKind.CORRECTION, "100", LocalDate.of(2026, 11, 26));
        register("D-1", PrivacyRequestKind.DISCLOSURE, "100", LocalDate.of(2026, 11, 26));

        assertThatThrownBy(() -> Staff.as(CLERK, () -> s.requests.applyCorrection(A, "D-1", LocalDate.of(2026, 4, 1),
            LocalDate.of(2026, 3, 30), null))).isInstanceOf(NhiException.class)
            .hasMessageContaining("is a 開示請求, not a 訂正請求");
        assertThat(Staff.as(CLERK, () -> s.eligibility.history(A, "100"))).hasSize(1);

        var change = Staff.as(CLERK, () -> s.requests.applyCorrection(A, "C-1", LocalDate.of(2026, 4, 1),
            LocalDate.of(2026, 3, 30), null));

        var versions = Staff.as(CLERK, () -> s.eligibility.history(A, "100"));
        assertThat(versions).hasSize(2);
        assertThat(versions.get(1).historySeq()).isEqualTo(change.historySeq());
        assertThat(versions.get(1).correctionRef()).isEqualTo("C-1");
        assertThat(versions.get(1).period().startDate()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(Staff.as(CLERK, () -> s.requests.actions(A, "C-1")).get(1).detail())
            .isEqualTo("国保資格 履歴番号 2（適用開始 2026-04-01 の期間：適用開始を 2026-03-30 に訂正）");
    }
}
