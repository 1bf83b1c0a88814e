package jp.openkokuho.nhi.api.tenant;

import java.util.List;
import java.util.Objects;

/**
 * A municipality hosted on this installation.
 *
 * @param code the 6-digit 全国地方公共団体コード, check digit valid; the tenant's key
 * @param name the municipality's name as staff read it (e.g. 和光市)
 * @param insurerNumber the municipality's NHI 保険者番号 (6 digits, check digit valid)
 * @param destinations ids of the destination systems (移転先) this municipality sends changes to; may be empty
 */
public record Tenant(String code, String name, String insurerNumber, List<String> destinations) {
    /** Validates every component and copies the destination list. */
    public Tenant {
        MunicipalityCode.requireValid(code);
        InsurerNumber.requireValidNhi(insurerNumber);
        if (name == null || name.isBlank()) {
            throw new InvalidTenantException("tenant " + code + " has no name");
        }
        destinations = List.copyOf(Objects.requireNonNull(destinations, "destinations"));
    }
}
