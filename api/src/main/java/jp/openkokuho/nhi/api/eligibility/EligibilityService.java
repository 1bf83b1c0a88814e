package jp.openkokuho.nhi.api.eligibility;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import jp.openkokuho.nhi.api.tenant.UnknownTenantException;

/**
 * Records acquisitions and losses of NHI eligibility and answers eligibility questions, per tenant.
 *
 * <p><b>Writes.</b> Each recorded change appends a new history version for the person (nothing is updated in
 * place) together with one outbox event and one delivery entry per destination the tenant uses, in
 * <em>one</em> database transaction of the tenant's own store. If any rule fails, nothing is stored and a
 * {@link RuleViolationException} names the rule. If another change to the same person commits first, this call
 * stores nothing and throws {@link ConcurrentChangeException}.
 *
 * <p><b>Threading.</b> Thread safe; calls for different persons or tenants run in parallel. Calls block on the
 * tenant's database and never on destination systems: delivery happens later, off the caller's thread.
 *
 * <p><b>Tenants.</b> Every method names its tenant; an unknown tenant raises {@link UnknownTenantException}.
 */
@ProviderType
public interface EligibilityService {

    /**
     * Records a 資格取得. The acquisition date is derived from the reason and event date (R2); the notification is
     * flagged late if it came more than 14 days after the event (R4).
     *
     * @param tenantCode 全国地方公共団体コード of the tenant
     * @param request the acquisition
     * @return the recorded version and its event id
     * @throws RuleViolationException if the person is not registered (R1), is 75 or older (R1), is already insured
     *         on or after the acquisition date (R1), belongs to another 国保世帯 or would be a second 世帯主 (R21), the
     *         reason does not fit the person (R2), the residence status excludes them or has expired (R13), a field
     *         is missing or malformed, or the notification predates the event
     * @throws ConcurrentChangeException if a concurrent change to the person committed first
     */
    RecordedChange recordAcquisition(String tenantCode, AcquisitionRequest request);

    /**
     * Records a version of a person's 退職者医療 period (legacy, R10). The person must be registered and insured
     * on the 該当年月日.
     *
     * @param tenantCode 全国地方公共団体コード of the tenant
     * @param request the period
     * @return the 退職履歴番号 of the stored version (1, 2, … per person)
     * @throws RuleViolationException R10 if a 該当年月日 is on or after 2015-04-01, the 非該当年月日 is missing, before
     *         the 該当年月日, after 2020-03-31 or after the end of the month in which 65 was attained, or the person was
     *         not insured then; R1 if the person is not registered
     * @since 1.2
     */
    int recordRetireeStatus(String tenantCode, RetireeRequest request);

    /**
     * Records a 資格喪失 of the person's open coverage period. The loss date is derived by R3.
     *
     * @param tenantCode 全国地方公共団体コード of the tenant
     * @param request the loss
     * @return the recorded version and its event id
     * @throws RuleViolationException if the person is not registered (R1) or has no open period, the loss date is
     *         not after the acquisition date, or the reason does not fit the person (R3: 後期高齢者医療該当 only from
     *         65, and at 75 on the 75th birthday itself)
     * @throws ConcurrentChangeException if a concurrent change to the person committed first
     */
    RecordedChange recordLoss(String tenantCode, LossRequest request);

    /**
     * Records a correction (訂正) of the dates of one coverage period as a new history version that carries the
     * correction's reference ({@link CoverageVersion#correctionRef()}). The period keeps its kind (still open, or
     * ended with its 喪失事由), household and reasons; destinations receive the corrected period like any other
     * change. The corrected period must still satisfy the rules a new one would: its start before its end, a start
     * not in the future, no overlap with the person's other periods (R1).
     *
     * @param tenantCode 全国地方公共団体コード of the tenant
     * @param request the correction
     * @return the recorded version and its event id
     * @throws RuleViolationException if no period of the person starts on {@code periodStartDate}, the correction
     *         changes nothing, ends an open period (record the loss instead), puts the end on or before the start,
     *         the start in the future, or overlaps another period (R1); or a field is missing or malformed
     * @throws ConcurrentChangeException if a concurrent change to the person committed first
     * @since 1.3
     */
    RecordedChange recordCorrection(String tenantCode, CorrectionRequest request);

    /**
     * @param tenantCode 全国地方公共団体コード of the tenant
     * @param atenaNo 宛名番号
     * @param asOf the day asked about
     * @return the status; {@link EligibilityStatus#insured()} is false for an unknown person
     */
    EligibilityStatus eligibility(String tenantCode, String atenaNo, LocalDate asOf);

    /**
     * @param tenantCode 全国地方公共団体コード of the tenant
     * @param atenaNo 宛名番号
     * @return every coverage period of the person in its latest version, oldest first; empty for an unknown person
     */
    List<CoveragePeriod> periods(String tenantCode, String atenaNo);

    /**
     * Every recorded version of a person's coverage, oldest first, including superseded and withdrawn ones: what an
     * auditor replays.
     *
     * @param tenantCode 全国地方公共団体コード of the tenant
     * @param atenaNo 宛名番号
     * @return the versions; empty for an unknown person
     * @since 1.1
     */
    List<CoverageVersion> history(String tenantCode, String atenaNo);

    /**
     * Bitemporal eligibility: whether the person was insured on {@code asOf} according to what had been recorded up
     * to and including the processing date {@code recordedBy} (versions with a later 処理日 are ignored). With
     * {@code recordedBy} = today this equals {@link #eligibility(String, String, LocalDate)}.
     *
     * @param tenantCode 全国地方公共団体コード of the tenant
     * @param atenaNo 宛名番号
     * @param asOf the day asked about (valid time)
     * @param recordedBy the last processing date (処理日) to take into account (transaction time)
     * @return the status as it stood then
     * @since 1.1
     */
    EligibilityStatus eligibilityAsRecorded(String tenantCode, String atenaNo, LocalDate asOf, LocalDate recordedBy);
}
