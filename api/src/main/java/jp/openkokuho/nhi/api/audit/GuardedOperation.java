package jp.openkokuho.nhi.api.audit;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An operation of another bundle as the platform's access guard checks and logs it through {@link OperationGuard}:
 * the action name written to the tenant's operation log, who may perform it, the purpose (利用目的 / 法令上の根拠)
 * recorded with every entry, and the names (never the values) of the items it reads or writes.
 *
 * @param action the logged action, a lower-case dotted name of the bundle's own, e.g. {@code linkage.exchange}
 * @param access who may perform it
 * @param purpose purpose or legal basis, 1–200 characters
 * @param items item names, e.g. {@code atena_no}
 */
public record GuardedOperation(String action, Access access, String purpose, List<String> items) {
    private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+");

    /** Who may perform an operation; every kind concerns one municipality's personal data. */
    public enum Access {
        /** Reads personal data: clerks (担当者) and supervisors (責任者) of the municipality. */
        READ,
        /** Changes personal data: clerks and supervisors of the municipality. */
        WRITE,
        /** A decision or bulk change only a supervisor of the municipality takes. */
        SUPERVISOR
    }

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if the action is not a dotted lower-case name or the purpose is blank or
     *         longer than 200 characters
     */
    public GuardedOperation {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(purpose, "purpose");
        if (!ACTION.matcher(action).matches() || action.length() > 64) {
            throw new IllegalArgumentException("action must be a dotted lower-case name of at most 64 characters: "
                + action);
        }
        if (purpose.isBlank() || purpose.length() > 200) {
            throw new IllegalArgumentException(action + ": the purpose must be 1 to 200 characters");
        }
        items = List.copyOf(items);
    }
}
