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
     * Imports a file into the tenant's store in one transaction, unless it has an error or was imported before.
     * This version stores {@link InterchangeFileKind#RESIDENCE_STATUS} files; the other kinds can be validated.
     *
     * @param tenantCode 全国地方公共団体コード
     * @param kind the file kind
     * @param file the file
     * @param charset UTF-8 or Windows-31J
     * @return the result
     * @throws UnknownTenantException if the tenant is not provisioned
     * @throws NhiException {@code IMPORT_KIND} for a kind this version does not store; or if the file cannot be read
     */
    ImportResult importFile(String tenantCode, InterchangeFileKind kind, Path file, Charset charset);
}
