package jp.openkokuho.nhi.api.disclosure;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * 特定個人情報ファイルの取扱いに関する問合せ (評価書 IV-2: 問い合わせ受付時に、対応について記録を残す): an append-only
 * record, per tenant, of each inquiry and how staff answered it. The staff member is the authenticated caller.
 *
 * <p>Exceptions: {@link jp.openkokuho.nhi.api.tenant.UnknownTenantException};
 * {@link jp.openkokuho.nhi.api.NhiException} with code {@code INPUT} (naming the item), {@code R1} for a 宛名番号
 * not registered as a person,
 * or {@code UNKNOWN_INQUIRY} for a follow-up of an inquiry that does not exist or is itself a follow-up. A call that
 * throws stores nothing.
 */
@ProviderType
public interface InquiryService {
    /**
     * @param tenantCode 全国地方公共団体コード
     * @param inquiry what came in and how it was answered
     * @return the stored record
     */
    Inquiry record(String tenantCode, InquiryRegistration inquiry);

    /**
     * @param tenantCode 全国地方公共団体コード
     * @param atenaNo 宛名番号
     * @return the inquiries about the person, oldest first
     */
    List<Inquiry> ofPerson(String tenantCode, String atenaNo);

    /**
     * @param tenantCode 全国地方公共団体コード
     * @param from first day (in Japan) of reception, inclusive
     * @param to last day (in Japan) of reception, inclusive
     * @return the inquiries received in the period, oldest first
     */
    List<Inquiry> inPeriod(String tenantCode, LocalDate from, LocalDate to);
}
