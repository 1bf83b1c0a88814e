package jp.openkokuho.nhi.shell.internal;

import java.security.AccessController;
import java.security.Principal;
import java.util.List;

import javax.security.auth.Subject;

import jp.openkokuho.nhi.api.tenant.Tenant;

/**
 * Which municipalities a listing over "all tenants" should ask about for the logged-in user: the platform
 * administrator ({@code nhi-admin}) sees every one, a municipality's staff only those they hold a role in. This is
 * not an access check (the services check every call), it keeps a clerk's {@code nhi:transfer-status} from asking
 * about — and being logged as denied in — every other municipality.
 */
final class VisibleTenants {
    private VisibleTenants() {
    }

    @SuppressWarnings("removal") // Karaf 4.4 runs each command inside Subject.doAs with the logged-in user
    static List<Tenant> of(List<Tenant> all) {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject == null) {
            return all;
        }
        List<String> roles = subject.getPrincipals().stream()
            .filter(p -> p.getClass().getSimpleName().equals("RolePrincipal")).map(Principal::getName).toList();
        if (roles.contains("nhi-admin")) {
            return all;
        }
        return all.stream().filter(t -> roles.stream()
            .anyMatch(r -> r.startsWith("nhi-") && r.endsWith("@" + t.code()))).toList();
    }
}
