package jp.openkokuho.nhi.api.disclosure;

import java.io.OutputStream;
import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

/**
 * 保有個人情報の開示: produces, for the person of one 開示請求, a bundle (ZIP) to hand to the requester: one PDF in
 * Japanese (個人情報開示書) and one CSV per section (UTF-8 with BOM, Japanese headers, cells that a spreadsheet would
 * read as a formula prefixed with an apostrophe). Sections: 宛名情報 (every version; the individual number only as
 * whether one is held, never its digits), 国保資格の履歴 (every history version with 処理日, 削除 and the correction
 * reference), 退職者医療, 国保世帯, 所得, 非自発的失業, 在留資格, 交付した証, 利用停止, 移転記録 (destination, legal
 * basis, items, when, outcome) and 情報提供等記録 (from the linkage service, when it runs).
 *
 * <p>The content depends only on the stored records and the production time, so two productions of an unchanged
 * person differ only in the printed time. Each production is recorded against the request
 * ({@link PrivacyRequestActionKind#DISCLOSURE_PRODUCED}, with the bundle's SHA-256) and in the operation log; only a
 * supervisor may produce one.
 *
 * <p>Exceptions as {@link PrivacyRequestService}, plus {@link jp.openkokuho.nhi.api.document.DocumentFontException}
 * when the Japanese font is missing. A failed production writes no file and records nothing.
 */
@ProviderType
public interface DisclosureService {
    /**
     * Writes the bundle into a directory, under a name derived from the request reference; an existing file of the
     * same name is never overwritten (a second production gets the next number).
     *
     * @param tenantCode 全国地方公共団体コード
     * @param requestReference 受付番号 of an open request of kind {@link PrivacyRequestKind#DISCLOSURE}
     * @param outputDirectory an existing, writable directory
     * @return what was written
     */
    DisclosureResult produce(String tenantCode, String requestReference, Path outputDirectory);

    /**
     * Writes the bundle to a stream (which is not closed), after the production has been recorded.
     *
     * @param tenantCode 全国地方公共団体コード
     * @param requestReference 受付番号 of an open request of kind {@link PrivacyRequestKind#DISCLOSURE}
     * @param out where the ZIP goes
     * @return what was written ({@code file} is {@code null})
     */
    DisclosureResult produce(String tenantCode, String requestReference, OutputStream out);
}
