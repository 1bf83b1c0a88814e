package jp.openkokuho.nhi.eligibility.internal.interchange;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The two charsets interchange files may use: UTF-8 and Windows-31J (Microsoft's code page 932, Java name
 * {@code windows-31j}, alias {@code MS932}). Shift_JIS is deliberately not accepted: it decodes some bytes differently
 * (0x8160 is U+FF5E FULLWIDTH TILDE in Windows-31J but U+301C WAVE DASH in Shift_JIS) and lacks the NEC/IBM extensions
 * (①, ㈱, 髙 …) that Japanese municipal files use.
 */
public final class InterchangeCharsets {
    /** UTF-8. */
    public static final Charset UTF_8 = StandardCharsets.UTF_8;
    /** Windows-31J. */
    public static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    private InterchangeCharsets() {
    }

    /**
     * @param charset a charset
     * @return the same charset
     * @throws IllegalArgumentException if it is neither UTF-8 nor Windows-31J
     * @throws NullPointerException if it is {@code null}
     */
    public static Charset requireSupported(Charset charset) {
        if (!charset.equals(UTF_8) && !charset.equals(WINDOWS_31J)) {
            throw new IllegalArgumentException(
                "interchange files are UTF-8 or Windows-31J (not Shift_JIS or others): " + charset.name());
        }
        return charset;
    }
}
