package jp.openkokuho.nhi.eligibility.internal.rules;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a tenant configures about the domain rules: the {@link RuleParameters} and the tenant's 在留資格コード
 * table (the official code table was not available, doc §(e) 9, so each municipality maps the codes its 住基 system
 * writes into the 在留資格ファイル to {@link ResidenceStatus} constants).
 *
 * @param parameters the rule parameters
 * @param residenceStatusCodes 在留資格コード → status; codes not in the map are not checked by R13
 */
public record TenantRules(RuleParameters parameters, Map<String, ResidenceStatus> residenceStatusCodes) {
    /** Copies the map. */
    public TenantRules {
        Objects.requireNonNull(parameters, "parameters");
        residenceStatusCodes = Map.copyOf(residenceStatusCodes);
    }

    /** @return the defaults: {@link RuleParameters#defaults()} and an empty code table */
    public static TenantRules defaults() {
        return new TenantRules(RuleParameters.defaults(), Map.of());
    }

    /**
     * @param code a 在留資格コード as stored
     * @return the status the tenant maps it to
     */
    public Optional<ResidenceStatus> residenceStatus(String code) {
        return Optional.ofNullable(code == null ? null : residenceStatusCodes.get(code));
    }
}
