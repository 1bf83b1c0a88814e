package jp.openkokuho.nhi.api.household;

import java.time.LocalDate;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads and changes 国保世帯. Households come into being with the first 資格取得 that names their number
 * ({@link jp.openkokuho.nhi.api.eligibility.EligibilityService#recordAcquisition}); members join on acquisition and
 * leave on loss. Nothing is updated in place: every change appends a version, so every past state stays readable.
 *
 * <p>Every change runs in one transaction of the tenant's store: it locks the household, compares the version with
 * the request's expected version, checks the rules and appends the change. A stale version raises
 * {@link jp.openkokuho.nhi.api.eligibility.ConcurrentChangeException} naming the household; a broken rule raises
 * {@link jp.openkokuho.nhi.api.eligibility.RuleViolationException} naming the rule; either way nothing is stored.
 *
 * <p>Thread safe. Every method throws {@link jp.openkokuho.nhi.api.tenant.UnknownTenantException} for a tenant that
 * is not open on this installation.
 */
@ProviderType
public interface HouseholdService {
    /**
     * @param tenantCode 全国地方公共団体コード
     * @param nhiHouseholdNo 国保世帯番号
     * @param asOf the day asked about
     * @return the household as of that day; empty if the number is unknown
     */
    Optional<Household> household(String tenantCode, String nhiHouseholdNo, LocalDate asOf);

    /**
     * @param tenantCode 全国地方公共団体コード
     * @param atenaNo 宛名番号
     * @param asOf the day asked about
     * @return the household the person is an insured member of on that day; empty if none
     */
    Optional<Household> householdOf(String tenantCode, String atenaNo, LocalDate asOf);

    /**
     * Records a 世帯主変更.
     *
     * @param tenantCode 全国地方公共団体コード
     * @param request the change
     * @return the household as of the effective date, with its new version
     * @throws jp.openkokuho.nhi.api.eligibility.RuleViolationException R1 if the new head is not registered; R21 if
     *         the new head is already the head, belongs to another household, or replaces a 擬制世帯主 without
     *         consent or with arrears
     * @throws jp.openkokuho.nhi.api.eligibility.ConcurrentChangeException if the household changed since the
     *         staff member read {@code expectedVersion}
     */
    Household changeHead(String tenantCode, HeadChangeRequest request);

    /**
     * Records a change of 記載順位 / 続柄名称.
     *
     * @param tenantCode 全国地方公共団体コード
     * @param request the change
     * @return the household as of the effective date, with its new version
     * @throws jp.openkokuho.nhi.api.eligibility.RuleViolationException R21 if the person is not a member on the
     *         effective date or the 記載順位 is taken by another member
     * @throws jp.openkokuho.nhi.api.eligibility.ConcurrentChangeException if the household changed since the
     *         staff member read {@code expectedVersion}
     */
    Household changeMembership(String tenantCode, MembershipChangeRequest request);
}
