package jp.openkokuho.nhi.eligibility.internal.security;

import java.security.AccessController;
import java.security.Principal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

/**
 * Who is calling, as the service layer sees it: the login name and the platform roles of the JAAS subject of the
 * current access control context. Karaf's shell and SSH run every command inside {@code Subject.doAs} with the
 * subject of the logged-in user, so a service called from a command sees that user.
 *
 * @param staffId the login name as logged ({@code anonymous} if there is no subject or no user principal,
 *        {@code system:<name>} for the platform's own work)
 * @param tenantRoles per municipality code, the roles held there
 * @param admin whether the caller holds {@code nhi-admin}
 * @param system whether the caller is the platform itself ({@link SystemPrincipal})
 */
public record Caller(String staffId, Map<String, Set<Role>> tenantRoles, boolean admin, boolean system) {
    /** Staff id logged for a caller without an authenticated subject. */
    public static final String ANONYMOUS = "anonymous";
    private static final Pattern TENANT_ROLE = Pattern.compile("nhi-([a-z]+)@([0-9]{6})");
    private static final Pattern LOGGABLE = Pattern.compile("[A-Za-z0-9_.:@-]{1,64}");

    /** Copies the map so a caller never changes after it was resolved. */
    public Caller {
        Map<String, Set<Role>> copy = new HashMap<>();
        tenantRoles.forEach((t, r) -> copy.put(t, Set.copyOf(r)));
        tenantRoles = Map.copyOf(copy);
    }

    /** @return the caller of the current access control context */
    @SuppressWarnings("removal") // Subject.getSubject(AccessController.getContext()) is how Karaf 4.4 passes the user
    public static Caller current() {
        return of(Subject.getSubject(AccessController.getContext()));
    }

    /**
     * @param subject an authenticated subject, or {@code null}
     * @return the caller it describes; role principals that are not platform roles are ignored
     */
    public static Caller of(Subject subject) {
        if (subject == null) {
            return new Caller(ANONYMOUS, Map.of(), false, false);
        }
        String user = null;
        boolean admin = false;
        boolean system = false;
        Map<String, Set<Role>> roles = new HashMap<>();
        for (Principal p : subject.getPrincipals()) {
            if (p instanceof SystemPrincipal s) {
                system = true;
                user = s.getName();
            } else if (p instanceof UserPrincipal u && user == null) {
                user = u.getName();
            } else if (p instanceof RolePrincipal r) {
                if (Role.ADMIN_ROLE_NAME.equals(r.getName())) {
                    admin = true;
                    continue;
                }
                Matcher m = TENANT_ROLE.matcher(r.getName());
                if (m.matches()) {
                    Role.perTenantByLabel(m.group(1)).ifPresent(role ->
                        roles.computeIfAbsent(m.group(2), k -> EnumSet.noneOf(Role.class)).add(role));
                }
            }
        }
        return new Caller(user == null ? ANONYMOUS : loggable(user), roles, admin, system);
    }

    /**
     * @param tenantCode a municipality
     * @return the roles held there (empty if none)
     */
    public Set<Role> rolesIn(String tenantCode) {
        return tenantRoles.getOrDefault(tenantCode, Set.of());
    }

    /** Login names outside the log's identifier alphabet are logged with the other characters replaced. */
    static String loggable(String name) {
        if (LOGGABLE.matcher(name).matches()) {
            return name;
        }
        String s = name.replaceAll("[^A-Za-z0-9_.:@-]", "_");
        return s.isEmpty() ? ANONYMOUS : s.substring(0, Math.min(64, s.length()));
    }
}
