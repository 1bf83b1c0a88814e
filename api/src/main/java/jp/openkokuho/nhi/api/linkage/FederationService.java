package jp.openkokuho.nhi.api.linkage;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Files for the 国保連合会 (layouts in docs/federation-files.md), generated from the eligibility history and written
 * to the tenant's drop directory. Every send is recorded (period, counts, SHA-256, file name) and can be regenerated
 * byte for byte. The persons covered are those with a 被保険者枝番 ({@link IdentityService#assignBranches}), the
 * linkage's roster of insured persons; since 1.1.0 every other person the linkage knows who is insured on the
 * cut-off day is listed with the send as excluded, with the reason ({@link #exclusions}). The federation's
 * 受付結果 / エラー files are collected from the tenant's drop directory and recorded against the send they answer
 * ({@link #collectResponses}). Tenant code first.
 */
@ProviderType
public interface FederationService {

    /**
     * Writes the 資格情報(個人)ファイル and 資格情報(世帯)ファイル with the changes recorded since the last such send
     * up to {@code until}.
     *
     * @param tenantCode tenant
     * @param until cut-off (inclusive)
     * @return the two sends, person file first
     * @throws LinkageException if {@code until} is not after the previous cut-off
     */
    List<FederationSend> exportChanges(String tenantCode, Instant until);

    /**
     * Writes the monthly full 被保険者マスタ: every insured person on the last day of the month, as recorded by the end
     * of that day (Japan).
     *
     * @param tenantCode tenant
     * @param month the month
     * @return the send
     */
    FederationSend exportMaster(String tenantCode, YearMonth month);

    /**
     * @param tenantCode tenant
     * @return every send, oldest first
     */
    List<FederationSend> sends(String tenantCode);

    /**
     * Regenerates a sent file from the history and checks it is identical.
     *
     * @param tenantCode tenant
     * @param sendId the send
     * @return the file's bytes
     * @throws LinkageException if the send is unknown or the regenerated file differs (SHA-256 named)
     */
    byte[] regenerate(String tenantCode, long sendId);

    /**
     * Reconciles a 国保資格取得喪失年月日連携ファイル (layout in docs/federation-files.md) with the eligibility history:
     * a row that agrees is counted; a row that ends a period still open here is applied as a new version through
     * {@link jp.openkokuho.nhi.api.eligibility.EligibilityService#recordLoss} (reason 転出, the 適用終了年月日 as the
     * day); a row that disagrees is a 不整合 naming both values; a row for an unknown person or another municipality is
     * rejected. Rows naming the 転入地 also produce an R7 continuity finding with the file as its source. A malformed
     * file is refused whole before anything is applied.
     *
     * @param tenantCode tenant
     * @param fileName for messages
     * @param content UTF-8 CSV
     * @return the report ({@code accepted} = agreeing plus applied rows)
     */
    ImportReport importQualificationDates(String tenantCode, String fileName, byte[] content);

    /**
     * Reconciles a 市区町村被保険者ID連携ファイル (layout in docs/federation-files.md): the prefecture's 被保険者ID and
     * 枝番 per person. A malformed file is refused whole; otherwise, in one transaction, a row that agrees with the
     * local records (国保世帯番号 of the period covering the 基準日, the local 枝番 if any, an 被保険者ID stored
     * earlier) is stored as the person's {@link InsuredIdLink}; a row that disagrees is a 不整合 naming both values and
     * changes nothing; a row for an unknown person or another municipality is rejected with its reason.
     *
     * @param tenantCode tenant
     * @param fileName for messages
     * @param content UTF-8 CSV
     * @return the report ({@code accepted} = links stored or confirmed)
     * @since 1.1.0
     */
    ImportReport importInsuredIds(String tenantCode, String fileName, byte[] content);

    /**
     * @param tenantCode tenant
     * @param atenaNo 宛名番号
     * @return the person's 被保険者ID link, if a 市区町村被保険者ID連携ファイル established one
     * @since 1.1.0
     */
    Optional<InsuredIdLink> insuredId(String tenantCode, String atenaNo);

    /**
     * Persons left out of a send, with the reason (today: insured on the cut-off day but without 被保険者枝番).
     *
     * @param tenantCode tenant
     * @param sendId the send
     * @return the exclusions, by 宛名番号
     * @throws LinkageException if the send is unknown
     * @since 1.1.0
     */
    List<SendExclusion> exclusions(String tenantCode, long sendId);

    /**
     * Collects the 受付結果 / エラー files the federation wrote to the tenant's receive directory (layout in
     * docs/federation-files.md) and records each against the send it names (file name and SHA-256 must match). A
     * response that cannot be read is recorded as {@code REFUSED} with the reason. Each file is moved out of the
     * receive directory once recorded, so a file is recorded once.
     *
     * @param tenantCode tenant
     * @return the responses recorded by this call, in file-name order
     * @since 1.1.0
     */
    List<FederationResponse> collectResponses(String tenantCode);

    /**
     * @param tenantCode tenant
     * @return every recorded response, oldest first
     * @since 1.1.0
     */
    List<FederationResponse> responses(String tenantCode);
}
