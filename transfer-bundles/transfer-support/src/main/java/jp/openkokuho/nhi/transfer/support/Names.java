package jp.openkokuho.nhi.transfer.support;

import java.util.regex.Pattern;

/** The checks every channel applies to the names it puts into paths and headers. */
final class Names {
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,200}");
    private static final Pattern TENANT = Pattern.compile("[0-9]{6}");

    private Names() {
    }

    /**
     * @param tenantCode a tenant code
     * @return the code
     * @throws IllegalArgumentException unless it is 6 ASCII digits
     */
    static String tenant(String tenantCode) {
        if (tenantCode == null || !TENANT.matcher(tenantCode).matches()) {
            throw new IllegalArgumentException("tenant code must be 6 digits");
        }
        return tenantCode;
    }

    /**
     * @param value a file name or event id
     * @param what what it is, for the message
     * @return the value
     * @throws IllegalArgumentException unless it is letters, digits, {@code . _ -}, not starting with a dot
     */
    static String safe(String value, String what) {
        if (value == null || !SAFE_NAME.matcher(value).matches()) {
            throw new IllegalArgumentException("unsafe " + what);
        }
        return value;
    }
}
