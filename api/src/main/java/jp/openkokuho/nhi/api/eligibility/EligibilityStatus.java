package jp.openkokuho.nhi.api.eligibility;

import java.time.LocalDate;

/**
 * Whether a person is insured on a given day.
 *
 * @param tenantCode the tenant asked
 * @param atenaNo 宛名番号
 * @param asOf the day asked about
 * @param period the coverage period that covers {@code asOf}, or {@code null} if the person is not insured then
 */
public record EligibilityStatus(String tenantCode, String atenaNo, LocalDate asOf, CoveragePeriod period) {
    /** @return {@code true} if a coverage period covers {@code asOf} */
    public boolean insured() {
        return period != null;
    }
}
