package jp.openkokuho.nhi.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.Principal;
import java.security.PrivilegedAction;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.security.auth.Subject;

import org.junit.jupiter.api.Test;

import jp.openkokuho.nhi.api.tenant.Tenant;

class VisibleTenantsTest {
    private static final List<Tenant> ALL = List.of(new Tenant("112291", "和光市", "110270", List.of()),
        new Tenant("112275", "朝霞市", "110254", List.of()), new Tenant("131016", "千代田区", "130013", List.of()));

    /** Named like Karaf's, which is what the shell looks for. */
    record RolePrincipal(String getName) implements Principal {
    }

    @SuppressWarnings("removal")
    private static List<String> visibleTo(String... roles) {
        Set<Principal> p = Arrays.stream(roles).map(RolePrincipal::new).collect(Collectors.toSet());
        Subject s = new Subject(true, p, Set.of(), Set.of());
        return Subject.doAs(s, (PrivilegedAction<List<String>>) () -> VisibleTenants.of(ALL).stream()
            .map(Tenant::code).toList());
    }

    @Test
    void staffSeeTheirMunicipalitiesAndThePlatformAdministratorSeesAll() {
        assertThat(visibleTo("nhi-clerk@112291", "nhi-staff", "ssh")).containsExactly("112291");
        assertThat(visibleTo("nhi-clerk@112291", "nhi-auditor@131016")).containsExactly("112291", "131016");
        assertThat(visibleTo("nhi-admin", "admin")).containsExactly("112291", "112275", "131016");
        assertThat(visibleTo("admin", "clerk@112291", "nhi-clerk@1122")).isEmpty();
        assertThat(VisibleTenants.of(ALL)).hasSize(3); // outside the shell (no subject): unfiltered
    }
}
