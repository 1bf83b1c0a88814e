package jp.openkokuho.nhi.api.person;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The persons (宛名) a tenant knows. A person must be registered before any eligibility change, document or income
 * record names their 宛名番号; an unknown 宛名番号 is a rule violation.
 *
 * <p>Thread safe. Every method throws {@link jp.openkokuho.nhi.api.tenant.UnknownTenantException} for a tenant that
 * is not open on this installation.
 */
@ProviderType
public interface PersonService {
    /**
     * Registers a person or records a new version of their particulars (the previous ones stay in the history).
     *
     * @param tenantCode 全国地方公共団体コード
     * @param person the particulars
     * @return the stored particulars
     */
    Person register(String tenantCode, Person person);

    /**
     * @param tenantCode 全国地方公共団体コード
     * @param atenaNo 宛名番号
     * @return the current particulars, if the person is known
     */
    Optional<Person> find(String tenantCode, String atenaNo);
}
