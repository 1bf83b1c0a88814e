package jp.openkokuho.nhi.api;

/**
 * Base of every exception that a platform service throws on purpose: a caller error (bad input, a broken rule, an
 * unknown tenant) or a state the caller has to react to (a concurrent change). Its message is one line, written
 * for staff and administrators, and never contains a name or an individual number in clear.
 *
 * <p>The {@link #code()} is stable and machine readable (for example {@code R3}, {@code TENANT_UNKNOWN},
 * {@code CONFLICT}); the message may change between versions.
 */
public class NhiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;

    /**
     * @param code stable identifier of the rule or condition that was violated
     * @param message one-line explanation for staff; must not contain personal data in clear
     */
    public NhiException(String code, String message) {
        super(message);
        this.code = code;
    }

    /**
     * @param code stable identifier of the rule or condition that was violated
     * @param message one-line explanation for staff; must not contain personal data in clear
     * @param cause the underlying failure
     */
    public NhiException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** @return the stable identifier of the violated rule or condition */
    public String code() {
        return code;
    }

    /** @return {@code "[code] message"}, the form shells and reports print */
    public String oneLine() {
        return "[" + code + "] " + getMessage();
    }
}
