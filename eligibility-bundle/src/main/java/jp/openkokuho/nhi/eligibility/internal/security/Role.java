package jp.openkokuho.nhi.eligibility.internal.security;

import java.util.Optional;

/**
 * The roles the service layer knows. Staff roles belong to one municipality and carry its code in the JAAS role
 * name, {@code nhi-<role>@<全国地方公共団体コード>} (e.g. {@code nhi-clerk@112291}), so a role of one municipality can
 * never be read as a role of another. The vendor's platform administrator holds {@code nhi-admin}, which belongs to
 * no municipality and never reaches personal data. {@link #SYSTEM} is the platform's own work (the delivery
 * dispatcher); it is never granted through JAAS but by {@link SystemPrincipal}.
 */
public enum Role {
    /** 担当者: records and reads eligibility, imports files. */
    CLERK("clerk"),
    /** 責任者: everything a clerk does, plus retries of dead letters and the audit functions. */
    SUPERVISOR("supervisor"),
    /** 監査担当: reads the operation log and the transfer records, nothing else. */
    AUDITOR("auditor"),
    /** The hosting vendor's platform administrator ({@code nhi-admin}): delivery state only, no personal data. */
    ADMIN("admin"),
    /** The platform itself (delivery dispatcher). */
    SYSTEM("system");

    /** Prefix of every JAAS role name of the platform. */
    public static final String PREFIX = "nhi-";
    /** JAAS role name of the vendor administrator. */
    public static final String ADMIN_ROLE_NAME = PREFIX + "admin";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** @return the name written to the operation log ({@code clerk}, {@code supervisor}, …) */
    public String label() {
        return label;
    }

    /** @return whether this role belongs to one municipality */
    public boolean perTenant() {
        return this == CLERK || this == SUPERVISOR || this == AUDITOR;
    }

    /**
     * @param tenantCode the municipality
     * @return the JAAS role name, e.g. {@code nhi-clerk@112291}
     * @throws IllegalStateException for a role that belongs to no municipality
     */
    public String roleName(String tenantCode) {
        if (!perTenant()) {
            throw new IllegalStateException(this + " belongs to no municipality");
        }
        return PREFIX + label + "@" + tenantCode;
    }

    /**
     * @param label a label as in {@link #label()}
     * @return the per-tenant role with that label
     */
    static Optional<Role> perTenantByLabel(String label) {
        for (Role r : values()) {
            if (r.perTenant() && r.label.equals(label)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
