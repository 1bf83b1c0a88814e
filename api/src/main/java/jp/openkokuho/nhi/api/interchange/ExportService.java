package jp.openkokuho.nhi.api.interchange;

import java.nio.charset.Charset;
import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

import jp.openkokuho.nhi.api.NhiException;
import jp.openkokuho.nhi.api.tenant.UnknownTenantException;

/**
 * Writes a tenant's stored rows of one 別添1 file kind as an interchange file: the header row is exactly the 別添1
 * item names, then one row per stored row in the order the rows arrived, dates as {@code yyyy-MM-dd}, reasons as
 * their Japanese labels, formula-leading cells guarded with an apostrophe. The file is written to a temporary file
 * beside the target and moved into place when complete, so the target is either the whole new file or untouched.
 * Exporting a tenant and importing the file into a tenant without rows of that kind gives a tenant whose export is
 * byte-identical. Thread safe; memory does not grow with the number of rows.
 */
@ProviderType
public interface ExportService {

    /**
     * Exports one file kind of a tenant.
     *
     * @param tenantCode 全国地方公共団体コード
     * @param kind the file kind
     * @param file the target file; replaced if it exists
     * @param charset UTF-8 (written without byte order mark) or Windows-31J
     * @param purpose why the whole file leaves the platform (利用目的, 1–180 characters, e.g. the receiving system
     *        and the legal basis); recorded in the tenant's operation log with the export
     * @param progress told about the rows written
     * @return the result
     * @throws UnknownTenantException if the tenant is not provisioned
     * @throws jp.openkokuho.nhi.api.audit.AccessDeniedException unless the caller is a supervisor (責任者) of the
     *         tenant: a bulk export of every person is never a clerk's decision
     * @throws IllegalArgumentException if the purpose is missing, blank or longer than 180 characters
     * @throws NhiException {@code EXPORT_CHARSET} for another charset, {@code EXPORT_VALUE} if a stored value cannot
     *         be written in the charset (naming row and item, never the value), {@code EXPORT_IO} if the file cannot
     *         be written; the target is untouched in every case
     */
    ExportResult exportFile(String tenantCode, InterchangeFileKind kind, Path file, Charset charset, String purpose,
            InterchangeProgress progress);
}
