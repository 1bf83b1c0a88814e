package jp.openkokuho.nhi.api.tenant;

/**
 * 全国地方公共団体コード: five digits (2 for the prefecture, 3 for the municipality) plus a check digit (検査数字).
 *
 * <p>The check digit is computed as the 総務省 code table defines it: multiply the five digits by 6, 5, 4, 3, 2,
 * add the products, take the remainder modulo 11, subtract it from 11 and keep the last digit. Examples:
 * 東京都千代田区 13101 → 6 (131016); 埼玉県和光市 11229 → 1 (112291).
 *
 * <p>Stateless and thread safe.
 */
public final class MunicipalityCode {
    private static final int[] WEIGHTS = {6, 5, 4, 3, 2};

    private MunicipalityCode() {
    }

    /**
     * @param fiveDigits the first five digits of the code
     * @return the check digit (0–9)
     * @throws IllegalArgumentException if the argument is not exactly five ASCII digits
     */
    public static int checkDigit(String fiveDigits) {
        if (fiveDigits == null || !fiveDigits.matches("[0-9]{5}")) {
            throw new IllegalArgumentException("a municipality code body must be 5 digits");
        }
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += (fiveDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        return (11 - sum % 11) % 10;
    }

    /**
     * @param code a candidate 6-digit code
     * @return {@code true} if it is six ASCII digits, the prefecture part is 01–47 and the check digit matches
     */
    public static boolean isValid(String code) {
        if (code == null || !code.matches("[0-9]{6}")) {
            return false;
        }
        int prefecture = Integer.parseInt(code.substring(0, 2));
        if (prefecture < 1 || prefecture > 47) {
            return false;
        }
        return checkDigit(code.substring(0, 5)) == code.charAt(5) - '0';
    }

    /**
     * @param code a candidate 6-digit code
     * @return the same code
     * @throws InvalidTenantException naming the code and the rule when {@link #isValid(String)} is false
     */
    public static String requireValid(String code) {
        if (!isValid(code)) {
            throw new InvalidTenantException("全国地方公共団体コード '" + code
                + "' is not valid: 6 digits, prefecture 01-47, check digit over weights 6,5,4,3,2 mod 11");
        }
        return code;
    }
}
