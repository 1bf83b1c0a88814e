package jp.openkokuho.nhi.api.interchange;

import java.nio.charset.Charset;
import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

import jp.openkokuho.nhi.api.NhiException;
import jp.openkokuho.nhi.api.tenant.UnknownTenantException;

/**
 * Validates and imports interchange files. Files are UTF-8 (BOM optional) or Windows-31J, decoded strictly; the
 * header row must be exactly the 別添1 item names. A file is all-or-nothing: any invalid row rejects the whole file
 * with a report, and nothing of it is stored. Thread safe; one call reads the file once.
 */
@ProviderType
public interface ImportService {

    /**
     * Checks a file of any kind without storing anything.
     *
     * @param tenantCode 全国地方公共団体コード
     * @param kind the file kind
     * @param file the file
     * @param charset UTF-8 or Windows-31J
     * @return the result ({@code stored} is 0)
     * @throws UnknownTenantException if the tenant is not provisioned
     * @throws NhiException if the file cannot be read or the charset is not supported
     */
    ImportResult validate(String tenantCode, InterchangeFileKind kind, Path file, Charset charset);

    /**
     * Imports a file into the tenant's store in one transaction, unless it has an error or was imported before;
     * the same as {@link #importFile(String, InterchangeFileKind, Path, Charset, InterchangeProgress)} without
     * progress.
     *
     * @param tenantCode 全国地方公共団体コード
     * @param kind the file kind
     * @param file the file
     * @param charset UTF-8 or Windows-31J
     * @return the result
     * @throws UnknownTenantException if the tenant is not provisioned
     * @throws NhiException if the file cannot be read
     */
    ImportResult importFile(String tenantCode, InterchangeFileKind kind, Path file, Charset charset);

    /**
     * Imports a file of any of the four kinds into the tenant's store in one transaction, unless it has an error or
     * was imported before (same SHA-256 and kind: nothing changes and the result says so). Every item of every row
     * is stored, appended after the rows already stored. The file is read twice, streaming: first every row is
     * checked (cell checks, then for a 資格異動ファイル the checks of each row against the other rows and the stored
     * history: loss not after acquisition, 退職 該当 after 2015-03-31, overlapping coverage, two households, two
     * 世帯主); then, only if nothing failed, the rows are stored. A 資格異動 row also becomes a coverage version that
     * {@link jp.openkokuho.nhi.api.eligibility.EligibilityService} returns, with its change delivered to the tenant's
     * destinations like a change recorded by staff. Memory does not grow with the number of rows stored.
     *
     * @param tenantCode 全国地方公共団体コード
     * @param kind the file kind
     * @param file the file
     * @param charset UTF-8 or Windows-31J
     * @param progress told about the rows checked and stored
     * @return the result; a rejected file lists each bad line, item and check
     * @throws UnknownTenantException if the tenant is not provisioned
     * @throws NhiException if the file cannot be read, or {@code IMPORT_CONCURRENT} if the file or the store changed
     *         between checking and storing (nothing stored; import it again)
     * @since 1.1
     */
    ImportResult importFile(String tenantCode, InterchangeFileKind kind, Path file, Charset charset,
            InterchangeProgress progress);
}
