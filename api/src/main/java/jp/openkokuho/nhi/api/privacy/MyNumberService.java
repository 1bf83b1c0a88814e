package jp.openkokuho.nhi.api.privacy;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The link of a person (宛名番号) to their individual number (個人番号), stored encrypted per tenant.
 *
 * <p>The number is encrypted with the tenant's data-encryption key (kept outside the database) and bound to the
 * tenant, table, column and row, and found through a keyed blind index; see {@code docs/my-number.md}. Numbers
 * travel only as {@link MyNumber}, which prints as {@link MyNumber#MASK}; no exception message or log line of this
 * service contains a number, and 宛名番号 appear in messages masked ({@link Masking#atenaNumber(String)}).
 *
 * <p>Exceptions: {@link jp.openkokuho.nhi.api.tenant.UnknownTenantException} for a tenant that is not open;
 * {@link jp.openkokuho.nhi.api.NhiException} with code {@code MY_NUMBER_IN_USE} (the number is linked to another
 * person), {@code MY_NUMBER_NOT_LINKED} (no number for the person), {@code MY_NUMBER_PURPOSE_DENIED} (purpose not
 * permitted), {@code INPUT} (bad 宛名番号) or a protection code ({@code KEY_STORE}, {@code MY_NUMBER_…}) when keys
 * or stored values cannot be used. Every method takes the tenant code first. Thread safe.
 */
@ProviderType
public interface MyNumberService {
    /**
     * Links (or re-links) a person to a number. Linking the number the person already has changes nothing.
     *
     * @param tenantCode 全国地方公共団体コード
     * @param atenaNo the person's 宛名番号 (1–15 characters, letters and digits)
     * @param number the validated number (obtain with {@link MyNumber#of(String)} or
     *        {@link MyNumber#normalize(String)}, which reject a bad check digit without echoing the input)
     * @return {@code true} if stored or changed, {@code false} if the person already had this number
     */
    boolean link(String tenantCode, String atenaNo, MyNumber number);

    /**
     * Finds the person a number is linked to, by the keyed blind index (nothing is decrypted).
     *
     * @param tenantCode 全国地方公共団体コード
     * @param number the number
     * @return the 宛名番号, or empty if the number is not linked in this tenant
     */
    Optional<String> findAtenaNo(String tenantCode, MyNumber number);

    /**
     * Whether a number is held for the person; nothing is decrypted and the number never leaves the store.
     *
     * @param tenantCode 全国地方公共団体コード
     * @param atenaNo the person's 宛名番号
     * @return {@code true} if the person has a linked number in this tenant
     * @since 1.2
     */
    boolean isLinked(String tenantCode, String atenaNo);

    /**
     * Decrypts a person's number for a permitted purpose ({@link MyNumberPurpose#permitted()}).
     *
     * @param tenantCode 全国地方公共団体コード
     * @param atenaNo the person's 宛名番号
     * @param purpose why the number is needed
     * @return the number
     * @throws jp.openkokuho.nhi.api.NhiException {@code MY_NUMBER_PURPOSE_DENIED} for a purpose that is not permitted
     *         (checked before anything is read), {@code MY_NUMBER_NOT_LINKED} if the person has no number
     */
    MyNumber reveal(String tenantCode, String atenaNo, MyNumberPurpose purpose);

    /**
     * Rotates the tenant's data-encryption key while the platform runs, then re-encrypts every stored number in
     * batches, each row in its own short transaction with a compare-and-set, so reads and links go on meanwhile
     * (old keys stay loaded until the end). When every row is under the new key, the older keys are retired.
     * Resumable: if an earlier run was interrupted (rows are still under an older key), this call makes no new key
     * and finishes that rotation.
     *
     * @param tenantCode 全国地方公共団体コード
     * @param progress told after every batch
     * @return counts and key ids
     */
    KeyRotationResult rotateKey(String tenantCode, KeyRotationProgress progress);
}
