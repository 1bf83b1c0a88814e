package jp.openkokuho.nhi.eligibility.internal.crypto;

import java.util.Locale;
import java.util.regex.Pattern;

import jp.openkokuho.nhi.api.privacy.Masking;
import jp.openkokuho.nhi.api.tenant.MunicipalityCode;

/**
 * Where an encrypted individual number is stored: tenant, table, column and row. {@link MyNumberCipher} binds all
 * four to the ciphertext as associated data, so a value decrypts only at the place it was written for.
 *
 * <p>Canonical form: the tenant is a valid 全国地方公共団体コード; table and column are SQL identifiers without a
 * schema ({@code [A-Za-z][A-Za-z0-9_]*}, at most 128 characters) and are upper-cased, because unquoted SQL
 * identifiers are case-insensitive ({@code nhi_person} and {@code NHI_PERSON} are the same place). The schema is
 * left out on purpose: a tenant's tables may move between schemas or databases without re-encryption. The row key
 * is taken exactly as given (no trimming, case-sensitive), at most 512 characters: use the row's primary key in a
 * fixed, documented form (for a composite key, the parts joined in column order with {@code /}), and a key that
 * never changes for the life of the row. The row key must not be the individual number itself.
 *
 * <p>{@link #toString()} masks the row key with {@link Masking#atenaNumber(String)}, because row keys are
 * often 宛名番号.
 *
 * @param tenant 全国地方公共団体コード of the tenant that owns the row
 * @param table the table, canonicalised to upper case
 * @param column the column, canonicalised to upper case
 * @param rowKey the row's stable primary key in its fixed text form
 */
public record CipherContext(String tenant, String table, String column, String rowKey) {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,127}");
    private static final int MAX_ROW_KEY = 512;

    /**
     * Validates and canonicalises.
     *
     * @param tenant 全国地方公共団体コード of the tenant that owns the row
     * @param table the table, any case
     * @param column the column, any case
     * @param rowKey the row's stable primary key in its fixed text form
     * @throws jp.openkokuho.nhi.api.tenant.InvalidTenantException if the tenant code is not valid
     * @throws IllegalArgumentException if table or column is not a plain SQL identifier, or the row key is empty or
     *         longer than 512 characters
     */
    public CipherContext {
        MunicipalityCode.requireValid(tenant);
        table = identifier("table", table);
        column = identifier("column", column);
        if (rowKey == null || rowKey.isEmpty() || rowKey.length() > MAX_ROW_KEY) {
            throw new IllegalArgumentException("a row key must have 1 to " + MAX_ROW_KEY + " characters");
        }
    }

    private static String identifier(String what, String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("the " + what + " must be a plain SQL identifier without schema, "
                + "[A-Za-z][A-Za-z0-9_]*, at most 128 characters");
        }
        return name.toUpperCase(Locale.ROOT);
    }

    /** @return {@code TABLE.COLUMN}, for messages */
    public String place() {
        return table + "." + column;
    }

    /** @return tenant, table, column and the masked row key */
    @Override
    public String toString() {
        return "CipherContext[tenant=" + tenant + ", " + place() + ", row=" + Masking.atenaNumber(rowKey) + "]";
    }
}
