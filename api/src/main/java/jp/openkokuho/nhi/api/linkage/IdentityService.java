package jp.openkokuho.nhi.api.linkage;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

import jp.openkokuho.nhi.api.privacy.MyNumber;

/**
 * 宛名番号 issuance, the 個人番号 ↔ 宛名番号 ↔ 符号 mapping, 被保険者枝番 and the J-LIS five-item flag (R17, R20).
 * Individual numbers are kept by the platform's {@link jp.openkokuho.nhi.api.privacy.MyNumberService} (encrypted,
 * with a keyed blind index for look-up); they are never logged, and no method returns one except
 * {@link #myNumberFor(String, String, MyNumberFlow)} for a flow the law allows. Thread safe; the tenant code comes
 * first.
 */
@ProviderType
public interface IdentityService {

    /**
     * Issues the next free 宛名番号 (9 digits), skipping numbers the core or the mapping already knows.
     *
     * @param tenantCode tenant
     * @return the new number
     */
    String issueAtenaNo(String tenantCode);

    /**
     * Links an individual number to a 宛名番号.
     *
     * @param tenantCode tenant
     * @param atenaNo 宛名番号
     * @param myNumber the number
     * @return the link
     * @throws LinkageException (R20) if the number is already linked to another 宛名番号 or the 宛名番号 to another number
     */
    IdentityLink linkMyNumber(String tenantCode, String atenaNo, MyNumber myNumber);

    /**
     * @param tenantCode tenant
     * @param myNumber the number
     * @return the 宛名番号 it is linked to
     */
    Optional<String> findAtenaNo(String tenantCode, MyNumber myNumber);

    /**
     * Records the 符号 the 中間サーバー issued for a person.
     *
     * @param tenantCode tenant
     * @param atenaNo 宛名番号
     * @param agencyCode 符号
     * @return the link
     */
    IdentityLink registerAgencyCode(String tenantCode, String atenaNo, String agencyCode);

    /**
     * @param tenantCode tenant
     * @param atenaNo 宛名番号
     * @return the link (UNCHECKED and without number for a person not yet seen)
     */
    IdentityLink identity(String tenantCode, String atenaNo);

    /**
     * Records a J-LIS five-item comparison: no mismatched item clears the flag, any mismatch excludes the person from
     * オンライン資格確認 until a later comparison matches.
     *
     * @param tenantCode tenant
     * @param atenaNo 宛名番号
     * @param mismatches items that differ; empty when all five match
     * @return the link
     */
    IdentityLink recordJlisCheck(String tenantCode, String atenaNo, Set<JlisItem> mismatches);

    /**
     * Assigns 被保険者枝番 to the persons of a household who have none: the next free numbers in the order given.
     * Numbers are never reused within a household.
     *
     * @param tenantCode tenant
     * @param householdNo 国保世帯番号
     * @param atenaNos persons of the household
     * @param on the assignment day
     * @return the assignments of the persons given, in their order
     * @throws LinkageException (R17) when the household would need more than 99 numbers
     */
    List<BranchAssignment> assignBranches(String tenantCode, String householdNo, List<String> atenaNos, LocalDate on);

    /**
     * The clear individual number for one of the flows the law allows.
     *
     * @param tenantCode tenant
     * @param atenaNo 宛名番号
     * @param flow the flow
     * @return the number (prints masked)
     * @throws LinkageException if no number is linked
     */
    MyNumber myNumberFor(String tenantCode, String atenaNo, MyNumberFlow flow);
}
