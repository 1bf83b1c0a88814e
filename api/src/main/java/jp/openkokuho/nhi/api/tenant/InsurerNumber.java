package jp.openkokuho.nhi.api.tenant;

/**
 * 保険者番号 with its 検証番号 (check digit), as the 保険者番号設定要領 defines it.
 *
 * <p>A municipal NHI insurer number has 6 digits (2 for the prefecture, 3 for the insurer, 1 check digit); an
 * employee-insurance number has 8 (法別番号 2 + prefecture 2 + insurer 3 + check 1). The check digit: multiply the
 * body digits by 2, 1, 2, 1, … starting from the rightmost, add the <em>digits</em> of the products, and take
 * {@code (10 - sum mod 10) mod 10}. Example: {@code 3312001} → 5 ({@code 33120015}).
 *
 * <p>Stateless and thread safe.
 */
public final class InsurerNumber {
    private InsurerNumber() {
    }

    /**
     * @param body the insurer number without its check digit (any length ≥ 1, ASCII digits)
     * @return the check digit (0–9)
     * @throws IllegalArgumentException if the body is empty or not all digits
     */
    public static int checkDigit(String body) {
        if (body == null || !body.matches("[0-9]+")) {
            throw new IllegalArgumentException("an insurer number body must be digits");
        }
        int sum = 0;
        boolean two = true;
        for (int i = body.length() - 1; i >= 0; i--) {
            int product = (body.charAt(i) - '0') * (two ? 2 : 1);
            sum += product / 10 + product % 10;
            two = !two;
        }
        return (10 - sum % 10) % 10;
    }

    /**
     * @param number a candidate municipal NHI insurer number
     * @return {@code true} if it has 6 ASCII digits, a prefecture part 01–47 and a matching check digit
     */
    public static boolean isValidNhi(String number) {
        if (number == null || !number.matches("[0-9]{6}")) {
            return false;
        }
        int prefecture = Integer.parseInt(number.substring(0, 2));
        return prefecture >= 1 && prefecture <= 47
            && checkDigit(number.substring(0, 5)) == number.charAt(5) - '0';
    }

    /**
     * @param number a candidate municipal NHI insurer number
     * @return the same number
     * @throws InvalidTenantException naming the number and the rule when {@link #isValidNhi(String)} is false
     */
    public static String requireValidNhi(String number) {
        if (!isValidNhi(number)) {
            throw new InvalidTenantException("保険者番号 '" + number
                + "' is not a valid NHI insurer number: 6 digits, prefecture 01-47, check digit (R17)");
        }
        return number;
    }
}
