package jp.openkokuho.nhi.itests;

import java.security.PrivilegedExceptionAction;
import java.util.HashSet;
import java.util.Set;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.junit.rules.TestRule;
import org.junit.runner.Description;
import org.junit.runners.model.Statement;

/**
 * Runs each test inside {@code Subject.doAs} with a Karaf JAAS subject, as the shell does for a logged-in user, so
 * the platform's services (which authorise every call from the caller's subject) see a municipality's supervisor.
 */
final class AsStaff implements TestRule {
    private final Subject subject;

    private AsStaff(Subject subject) {
        this.subject = subject;
    }

    /**
     * @param tenants the municipalities
     * @return a rule running as {@code itest-supervisor}, supervisor (nhi-supervisor@code) of each of them
     */
    static AsStaff supervisorOf(String... tenants) {
        Set<java.security.Principal> p = new HashSet<>();
        p.add(new UserPrincipal("itest-supervisor"));
        p.add(new RolePrincipal("nhi-staff"));
        for (String t : tenants) {
            p.add(new RolePrincipal("nhi-supervisor@" + t));
        }
        return new AsStaff(new Subject(true, p, Set.of(), Set.of()));
    }

    @Override
    @SuppressWarnings("removal")
    public Statement apply(Statement base, Description description) {
        return new Statement() {
            @Override
            public void evaluate() throws Throwable {
                try {
                    Subject.doAs(subject, (PrivilegedExceptionAction<Void>) () -> {
                        try {
                            base.evaluate();
                        } catch (Exception | Error e) {
                            throw e;
                        } catch (Throwable t) {
                            throw new IllegalStateException(t);
                        }
                        return null;
                    });
                } catch (java.security.PrivilegedActionException e) {
                    throw e.getException();
                }
            }
        };
    }
}
