package jp.openkokuho.nhi.api.disclosure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import jp.openkokuho.nhi.api.eligibility.RecordedChange;
import jp.openkokuho.nhi.api.privacy.UseSuspension;

/**
 * 開示・訂正・利用停止請求 (評価書 IV-1: 指定様式による書面で受け付ける): registers each request with its reference, applies
 * what it asks for under that reference, and closes it with a decision. Every step is kept
 * ({@link #actions(String, String)}) and logged in the operation log with its purpose.
 *
 * <p>Who may do what is the platform's authorization: registering, listing and closing are staff work (clerk and
 * supervisor; auditors may list), applying a correction needs the right to correct coverage, applying a suspension
 * is the supervisor's, like
 * {@link jp.openkokuho.nhi.api.privacy.UseSuspensionService}.
 *
 * <p>Exceptions: {@link jp.openkokuho.nhi.api.tenant.UnknownTenantException};
 * {@link jp.openkokuho.nhi.api.NhiException} with code {@code INPUT} for a missing or malformed item (naming it),
 * {@code R1} ({@link jp.openkokuho.nhi.api.eligibility.RuleViolationException}) for a 宛名番号 not registered as a
 * person, {@code DUPLICATE_REQUEST} for a reference already used,
 * {@code UNKNOWN_REQUEST} for a reference not registered, {@code REQUEST_STATE} for a step the request's kind or
 * status does not allow. A call that throws stores nothing.
 */
@ProviderType
public interface PrivacyRequestService {
    /**
     * Registers a request received today or earlier, status {@link PrivacyRequestStatus#RECEIVED}, by the caller.
     *
     * @param tenantCode 全国地方公共団体コード
     * @param registration the request
     * @return the registered request
     */
    PrivacyRequest register(String tenantCode, PrivacyRequestRegistration registration);

    /**
     * @param tenantCode 全国地方公共団体コード
     * @param requestReference 受付番号
     * @return the request, or empty if none has this reference
     */
    Optional<PrivacyRequest> find(String tenantCode, String requestReference);

    /**
     * @param tenantCode 全国地方公共団体コード
     * @param from first 受付日, inclusive; {@code null} for no lower bound
     * @param to last 受付日, inclusive; {@code null} for no upper bound
     * @param status only requests in this status; {@code null} for all
     * @return the matching requests, by 受付日 then reference
     */
    List<PrivacyRequest> list(String tenantCode, LocalDate from, LocalDate to, PrivacyRequestStatus status);

    /**
     * @param tenantCode 全国地方公共団体コード
     * @param atenaNo 宛名番号
     * @return the person's requests, by 受付日 then reference
     */
    List<PrivacyRequest> listOfPerson(String tenantCode, String atenaNo);

    /**
     * @param tenantCode 全国地方公共団体コード
     * @param requestReference 受付番号 of a registered request
     * @return every step taken under it, oldest first (the first is {@link PrivacyRequestActionKind#REGISTERED})
     */
    List<PrivacyRequestAction> actions(String tenantCode, String requestReference);

    /**
     * Applies a 利用停止請求: suspends use of the person's data with the request reference as the suspension's
     * reference ({@link jp.openkokuho.nhi.api.privacy.UseSuspensionService#suspend}) and records the step. Applying
     * again while the suspension is in force changes nothing but is recorded.
     *
     * @param tenantCode 全国地方公共団体コード
     * @param requestReference 受付番号 of an open request of kind {@link PrivacyRequestKind#SUSPENSION}
     * @return the suspension in force
     */
    UseSuspension applySuspension(String tenantCode, String requestReference);

    /**
     * Applies a 訂正請求 to the person's coverage: records the correction of one coverage period's dates through
     * {@link jp.openkokuho.nhi.api.eligibility.EligibilityService#recordCorrection} with the request reference as the
     * correction's reference (so the new history version, and every disclosure of it, names the request), and
     * records the step. The eligibility rules apply as to any correction.
     *
     * @param tenantCode 全国地方公共団体コード
     * @param requestReference 受付番号 of an open request of kind {@link PrivacyRequestKind#CORRECTION}
     * @param periodStartDate the 適用開始年月日 the period to correct has now
     * @param correctedStartDate the correct 適用開始年月日, or {@code null} to keep it
     * @param correctedEndDate the correct 適用終了年月日, or {@code null} to keep it
     * @return the recorded history version
     * @throws jp.openkokuho.nhi.api.eligibility.RuleViolationException as
     *         {@link jp.openkokuho.nhi.api.eligibility.EligibilityService#recordCorrection}
     */
    RecordedChange applyCorrection(String tenantCode, String requestReference, LocalDate periodStartDate,
            LocalDate correctedStartDate, LocalDate correctedEndDate);

    /**
     * Closes a request with a decision. Closing a {@link PrivacyRequestKind#SUSPENSION} request with an outcome that
     * {@linkplain PrivacyRequestOutcome#endsSuspension() ends the suspension} resumes use
     * ({@link jp.openkokuho.nhi.api.privacy.UseSuspensionService#resume}, reference = the request reference), which
     * needs a caller allowed to resume.
     *
     * @param tenantCode 全国地方公共団体コード
     * @param requestReference 受付番号 of an open request
     * @param outcome the decision
     * @param note what staff record with the decision (0–500 characters, no control characters except line breaks;
     *        no My Number)
     * @return the closed request
     */
    PrivacyRequest close(String tenantCode, String requestReference, PrivacyRequestOutcome outcome, String note);
}
