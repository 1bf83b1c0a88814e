package jp.openkokuho.nhi.api.privacy;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * 利用停止 (suspension of use at the person's request, 個人情報保護法 第35条 / 番号法 第30条): while a person's use is
 * suspended, the platform sends none of their changes to any destination. Transfers are <em>held</em>, neither
 * delivered nor dropped, and go out in their original order when the suspension ends. Suspending and resuming are
 * supervisor operations (the platform's authorization decides who may call them) and each is recorded with the
 * reference of the request.
 *
 * <p>Exceptions: {@link jp.openkokuho.nhi.api.tenant.UnknownTenantException}; {@link jp.openkokuho.nhi.api.NhiException}
 * with code {@code INPUT} for a bad 宛名番号 or a missing reference. Every method takes the tenant code first.
 */
@ProviderType
public interface UseSuspensionService {
    /**
     * Suspends use for a person. Suspending a person who is already suspended changes nothing.
     *
     * @param tenantCode 全国地方公共団体コード
     * @param atenaNo the person's 宛名番号
     * @param requestReference the reference of the request (1–64 characters, no control characters)
     * @return the suspension in force after the call
     */
    UseSuspension suspend(String tenantCode, String atenaNo, String requestReference);

    /**
     * Ends the person's suspension; their held transfers are delivered by the next dispatcher pass.
     *
     * @param tenantCode 全国地方公共団体コード
     * @param atenaNo the person's 宛名番号
     * @param resumeReference the reference of the request or decision that ends it
     * @return the ended suspension, or empty if the person was not suspended
     */
    Optional<UseSuspension> resume(String tenantCode, String atenaNo, String resumeReference);

    /**
     * @param tenantCode 全国地方公共団体コード
     * @param atenaNo the person's 宛名番号
     * @return the person's suspensions, oldest first (at most one is active)
     */
    List<UseSuspension> history(String tenantCode, String atenaNo);
}
