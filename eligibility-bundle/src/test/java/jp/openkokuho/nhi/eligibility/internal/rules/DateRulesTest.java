package jp.openkokuho.nhi.eligibility.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.openkokuho.nhi.api.eligibility.AcquisitionReason;
import jp.openkokuho.nhi.api.eligibility.LossReason;

/** Worked examples of R2, R3 and R4 from the domain rules, as exact dates. */
class DateRulesTest {

    @ParameterizedTest(name = "R2 {0}: event {1} -> acquisition {2}")
    @CsvSource({
        "MOVE_IN, 2026-04-10, 2026-04-10",
        "LEFT_EMPLOYEE_INSURANCE, 2026-03-31, 2026-04-01",
        "LEFT_DEPENDENT_STATUS, 2026-05-20, 2026-05-20",
        "BIRTH, 2026-07-07, 2026-07-07",
        "WELFARE_ENDED, 2026-08-01, 2026-08-01",
        "LATE_ELDERLY_DISABILITY_REVOKED, 2026-09-10, 2026-09-11",
        // the month end rolls over correctly
        "LEFT_EMPLOYEE_INSURANCE, 2024-02-29, 2024-03-01"})
    void acquisitionDates(AcquisitionReason reason, LocalDate event, LocalDate expected) {
        assertThat(AcquisitionDateRule.acquisitionDate(reason, event)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "R3 {0}: event {1} -> loss {2}")
    @CsvSource({
        "MOVE_OUT, 2026-05-10, 2026-05-10",
        "MOVE_OUT_ABROAD, 2026-05-10, 2026-05-11",
        "JOINED_EMPLOYEE_INSURANCE, 2026-04-01, 2026-04-02",
        "BECAME_DEPENDENT, 2026-04-01, 2026-04-02",
        "DEATH, 2026-03-15, 2026-03-16",
        "DEATH, 2026-03-31, 2026-04-01",
        "WELFARE_STARTED, 2026-06-01, 2026-06-01",
        "JOINED_NHI_SOCIETY, 2026-06-01, 2026-06-01",
        // born 1951-06-15: the 75th birthday is the 後期 acquisition and the NHI loss date
        "LATE_ELDERLY, 2026-06-15, 2026-06-15",
        "EX_OFFICIO_NO_RESIDENCE, 2026-10-01, 2026-10-01"})
    void lossDates(LossReason reason, LocalDate event, LocalDate expected) {
        assertThat(LossDateRule.lossDate(reason, event)).isEqualTo(expected);
    }

    @Test
    void r4RetiredAndNotifiedLateIsFlagged() {
        // retired 2025-06-30, notified 2026-02-10 → coverage from 2025-07-01, late
        LocalDate event = LocalDate.of(2025, 6, 30);
        assertThat(AcquisitionDateRule.acquisitionDate(AcquisitionReason.LEFT_EMPLOYEE_INSURANCE, event))
            .isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(NotificationDeadlineRule.isLate(event, LocalDate.of(2026, 2, 10))).isTrue();
    }

    @Test
    void r4DeadlineIsFourteenDaysAfterTheEventDayNotCounted() {
        LocalDate event = LocalDate.of(2026, 4, 10);
        assertThat(NotificationDeadlineRule.deadline(event)).isEqualTo(LocalDate.of(2026, 4, 24));
        assertThat(NotificationDeadlineRule.isLate(event, LocalDate.of(2026, 4, 24))).isFalse();
        assertThat(NotificationDeadlineRule.isLate(event, LocalDate.of(2026, 4, 25))).isTrue();
        assertThat(NotificationDeadlineRule.isLate(event, event)).isFalse();
    }
}
