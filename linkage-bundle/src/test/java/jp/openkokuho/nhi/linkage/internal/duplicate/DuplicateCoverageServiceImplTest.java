package jp.openkokuho.nhi.linkage.internal.duplicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import jp.openkokuho.nhi.api.linkage.DuplicateCandidate;
import jp.openkokuho.nhi.api.linkage.DuplicateStage;
import jp.openkokuho.nhi.api.tenant.TenantService;
import jp.openkokuho.nhi.linkage.internal.PassGuard;
import jp.openkokuho.nhi.linkage.internal.store.MemoryStores;

/** R5 end to end: two lists → candidate → 勧奨 (31 days) → 再勧奨 (14 days) → 職権喪失 proposal. */
class DuplicateCoverageServiceImplTest {
    private static final String TENANT = "112291";
    private static final YearMonth OCT = YearMonth.of(2026, 10);

    private static byte[] list(String... rows) {
        return ("一覧年月,宛名番号,被用者保険保険者番号,被用者保険資格取得日,国保資格取得日\n" + String.join("\n", rows) + "\n")
            .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aCandidateIsNotifiedRenotifiedAndProposedForLoss() {
        PassGuard guard = new PassGuard();
        DuplicateCoverageServiceImpl s = new DuplicateCoverageServiceImpl(mock(TenantService.class), new MemoryStores(),
            guard, Clock.systemUTC());
        assertThat(s.importDuplicateList(TENANT, "sep.csv", list("202609,101,06130012,20260801,20250401")).accepted())
            .isEqualTo(1);
        // every public operation goes through the platform's guard, once
        assertThat(guard.actions).containsExactly("linkage.duplicate.import");
        s.importDuplicateList(TENANT, "oct.csv", list("202610,101,06130012,20260801,20250401",
            "202610,102,06130012,20260801,20250401"));
        assertThat(s.candidates(TENANT, OCT)).containsExactly(
            new DuplicateCandidate("101", "06130012", 2, LocalDate.of(2026, 8, 2), DuplicateStage.CANDIDATE, null));

        DuplicateCandidate n = s.advance(TENANT, "101", OCT, LocalDate.of(2026, 11, 2));
        assertThat(n.stage()).isEqualTo(DuplicateStage.NOTIFIED);
        assertThat(n.noticeDeadline()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThatThrownBy(() -> s.advance(TENANT, "101", OCT, LocalDate.of(2026, 12, 3)))
            .hasMessage("the reply deadline 2026-12-03 has not passed");
        DuplicateCandidate r = s.advance(TENANT, "101", OCT, LocalDate.of(2026, 12, 4));
        assertThat(r.stage()).isEqualTo(DuplicateStage.RENOTIFIED);
        assertThat(r.noticeDeadline()).isEqualTo(LocalDate.of(2026, 12, 18));
        DuplicateCandidate p = s.advance(TENANT, "101", OCT, LocalDate.of(2026, 12, 19));
        assertThat(p.stage()).isEqualTo(DuplicateStage.LOSS_PROPOSED);
        assertThat(p.proposedLossDate()).isEqualTo(LocalDate.of(2026, 8, 2));
        assertThatThrownBy(() -> s.advance(TENANT, "102", OCT, LocalDate.of(2026, 11, 2)))
            .hasMessage("宛名番号 102 is not a 資格重複 candidate on the list of 2026-10".replace("102", "＊＊＊"));
    }

    @Test
    void aBadDateRefusesTheWholeList() {
        DuplicateCoverageServiceImpl s = new DuplicateCoverageServiceImpl(mock(TenantService.class), new MemoryStores(),
            new PassGuard(), Clock.systemUTC());
        assertThatThrownBy(() -> s.importDuplicateList(TENANT, "oct.csv", list("202610,101,06130012,20260801,20250401",
            "202610,102,06130012,20260231,20250401")))
            .hasMessage("oct.csv line 3: 被用者保険資格取得日 must be a calendar date yyyyMMdd");
        assertThat(s.candidates(TENANT, OCT)).isEmpty();
    }
}
