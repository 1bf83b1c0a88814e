package jp.openkokuho.nhi.api.linkage;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** 資格継続 (R6, R7) between municipalities of one prefecture. Thread safe; the tenant code comes first. */
@ProviderType
public interface ContinuityService {

    /**
     * Compares the 転出地's 適用終了年月日 with the 転入地's 適用開始年月日 for a person who moved between two tenants
     * of this installation (both read through the eligibility service) and reports the result to both tenants.
     *
     * @param tenantCode the 転出地
     * @param atenaNo 宛名番号 in the 転出地
     * @param incomingTenantCode the 転入地
     * @param incomingAtenaNo 宛名番号 in the 転入地
     * @return the finding as stored for the 転出地
     * @throws LinkageException (R7) if the tenants are in different prefectures, the 転出地 has no ended period or
     *         the 転入地 no period
     */
    ContinuityFinding checkMove(String tenantCode, String atenaNo, String incomingTenantCode, String incomingAtenaNo);

    /**
     * @param tenantCode tenant
     * @return every finding reported to this tenant, newest first
     */
    List<ContinuityFinding> findings(String tenantCode);

    /**
     * R6: corrects the loss recorded on the 転出予定日 to the 転出確定日 and records which fiscal years need a
     * 変更決定通知. Since 1.1.0 the correction is applied to the eligibility history through
     * {@link jp.openkokuho.nhi.api.eligibility.EligibilityService#recordCorrection} (a new version of the last ended
     * period, reference {@code R6 転出確定 <date>}); nothing is recorded here if the core refuses it.
     *
     * <p>{@link #checkMove} writes findings into both tenants: the caller must be allowed the check in both, else
     * {@link jp.openkokuho.nhi.api.audit.AccessDeniedException} and nothing is stored.
     *
     * @param tenantCode the 転出地
     * @param atenaNo 宛名番号
     * @param confirmedDate 資格喪失年月日 from the 転出確定日
     * @return the correction
     * @throws LinkageException (R6) if the person has no ended period or the dates agree
     * @throws jp.openkokuho.nhi.api.eligibility.RuleViolationException if the core refuses the corrected period
     *         (e.g. it would overlap another period, R1)
     */
    MoveOutCorrection correctMoveOut(String tenantCode, String atenaNo, LocalDate confirmedDate);
}
