package jp.openkokuho.nhi.itests;

import java.security.Principal;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

/**
 * JAAS subjects of municipal staff for tests that act as several people in turn (a clerk of one municipality, then
 * of another), where {@link AsStaff} fixes one subject for the whole test.
 */
final class Staff {
    private Staff() {
    }

    /**
     * @param user login name
     * @param role {@code clerk}, {@code supervisor} or {@code auditor}
     * @param tenants the municipalities the role is held in
     * @return the subject, with the {@code nhi-staff} group role the shell's command ACL asks for
     */
    static Subject of(String user, String role, String... tenants) {
        Set<Principal> p = new HashSet<>();
        p.add(new UserPrincipal(user));
        p.add(new RolePrincipal("nhi-staff"));
        for (String t : tenants) {
            p.add(new RolePrincipal("nhi-" + role + "@" + t));
        }
        return new Subject(true, p, Set.of(), Set.of());
    }

    /** Work that may throw. */
    interface Work {
        void run() throws Exception;
    }

    /**
     * @param <T> result type
     * @param subject who acts
     * @param work what they do
     * @return what {@code work} returned
     * @throws Exception what {@code work} threw, unwrapped
     */
    @SuppressWarnings("removal") // Subject.doAs is how Karaf 4.4 runs a logged-in user's work
    static <T> T as(Subject subject, Callable<T> work) throws Exception {
        try {
            return Subject.doAs(subject, (PrivilegedExceptionAction<T>) work::call);
        } catch (PrivilegedActionException e) {
            throw e.getException();
        }
    }

    /**
     * @param subject who acts
     * @param work what they do
     * @throws Exception what {@code work} threw, unwrapped
     */
    static void run(Subject subject, Work work) throws Exception {
        as(subject, () -> {
            work.run();
            return null;
        });
    }
}
