package jp.openkokuho.nhi.itests;

import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.inject.Inject;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.LoginContext;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.service.cm.ConfigurationAdmin;

import jp.openkokuho.nhi.api.audit.AuditCriteria;
import jp.openkokuho.nhi.api.audit.AuditEntry;
import jp.openkokuho.nhi.api.audit.AuditService;
import jp.openkokuho.nhi.api.audit.AuditVerification;
import jp.openkokuho.nhi.api.eligibility.AcquisitionReason;
import jp.openkokuho.nhi.api.eligibility.AcquisitionRequest;
import jp.openkokuho.nhi.api.eligibility.EligibilityService;
import jp.openkokuho.nhi.api.eligibility.RelationshipType;
import jp.openkokuho.nhi.api.person.PersonService;
import jp.openkokuho.nhi.api.tenant.TenantService;

/**
 * Tenant isolation through the Karaf shell: a clerk of 和光市 (a JAAS user of the container's realm, logged in with
 * its password) runs the nhi commands against さいたま市 with さいたま市's real 宛名番号 and 国保世帯番号, guessed
 * neighbours and random numbers. Every attempt fails with the access-denied line, and さいたま市's operation log holds
 * exactly one DENIED entry per attempt; the same commands run by さいたま市's own clerk succeed.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ShellIsolationIT {
    private static final String A = "112291";
    private static final String B = "111007";
    private static final String CLERK_A = "itest-shell-clerk-a";
    private static final String CLERK_B = "itest-shell-clerk-b";
    private static final String AUDITOR_B = "itest-shell-auditor-b";
    private static final int REAL_PERSONS = 20;
    private static final int IDS_PER_COMMAND = 250;

    @Inject
    @Filter(timeout = 60_000)
    private SessionFactory sessions;

    @Inject
    @Filter(timeout = 60_000)
    private EligibilityService eligibility;

    @Inject
    @Filter(timeout = 60_000)
    private PersonService persons;

    @Inject
    @Filter(timeout = 60_000)
    private TenantService tenants;

    @Inject
    @Filter(timeout = 60_000)
    private AuditService audit;

    @Inject
    @Filter(timeout = 60_000)
    private ConfigurationAdmin configAdmin;

    @Configuration
    public Option[] config() {
        // the staff accounts, as an administrator adds them to the realm: group nhi-staff (the command ACL) plus
        // one municipality role each
        return OptionUtils.combine(KarafOptions.distribution("shell-isolation", 8331),
            editConfigurationFilePut("etc/users.properties", CLERK_A, "pw-a,_g_:nhi-staff,nhi-clerk@" + A),
            editConfigurationFilePut("etc/users.properties", CLERK_B, "pw-b,_g_:nhi-staff,nhi-clerk@" + B),
            editConfigurationFilePut("etc/users.properties", AUDITOR_B, "pw-audit,_g_:nhi-staff,nhi-auditor@" + B));
    }

    /** One command line with the tenant and an id filled in. */
    private record Attempt(String command, String line) {
    }

    @Test
    public void aClerkOfOneMunicipalityCanRunNoCommandOnAnotherAndEveryAttemptIsLoggedThere() throws Exception {
        Staff.run(Staff.of("itest-supervisor", "supervisor", A, B), () -> {
            Tenants.provision(configAdmin, tenants, A, "和光市", "110270", "residentregistry");
            Tenants.provision(configAdmin, tenants, B, "さいたま市", "110106", "residentregistry");
        });
        Subject clerkA = login(CLERK_A, "pw-a");
        Subject clerkB = login(CLERK_B, "pw-b");
        Subject auditorB = login(AUDITOR_B, "pw-audit");
        assertTrue(has(clerkA, RolePrincipal.class, "nhi-clerk@" + A));
        assertTrue(has(clerkA, RolePrincipal.class, "nhi-staff"));
        assertFalse(clerkA.getPrincipals().stream().anyMatch(p -> p.getName().endsWith("@" + B)));

        // さいたま市: 20 insured persons in 10 households (800001…800010), one registered person not yet insured
        List<String> realIds = new ArrayList<>();
        List<String> realHouseholds = new ArrayList<>();
        Staff.run(clerkB, () -> {
            for (int i = 1; i <= REAL_PERSONS; i++) {
                String atenaNo = String.format("3000%02d", i);
                String household = String.format("8000%02d", (i + 1) / 2);
                ItPersons.register(persons, B, atenaNo, ItPersons.ADULT);
                eligibility.recordAcquisition(B, new AcquisitionRequest(atenaNo, household,
                    i % 2 == 1 ? RelationshipType.HEAD : RelationshipType.MEMBER, AcquisitionReason.MOVE_IN,
                    LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 3)));
                realIds.add(atenaNo);
                if (!realHouseholds.contains(household)) {
                    realHouseholds.add(household);
                }
            }
            ItPersons.register(persons, B, "300099", ItPersons.ADULT);
        });
        long entriesBefore = staffEntries(auditorB);

        List<String> ids = ids(realIds, 300_000);
        List<String> householdIds = ids(realHouseholds, 800_000);
        List<Attempt> attempts = new ArrayList<>();
        for (int i = 0; i < IDS_PER_COMMAND; i++) {
            String id = ids.get(i);
            attempts.add(new Attempt("eligibility", "nhi:eligibility " + B + " " + id + " 2026-06-01"));
            attempts.add(new Attempt("history", "nhi:history " + B + " " + id));
            attempts.add(new Attempt("acquire", "nhi:acquire --notified 2026-04-03 " + B + " " + id + " "
                + householdIds.get(i) + " MOVE_IN 2026-04-01"));
            attempts.add(new Attempt("lose", "nhi:lose --notified 2026-06-03 " + B + " " + id + " DEATH 2026-06-01"));
            attempts.add(new Attempt("household", "nhi:household " + B + " " + householdIds.get(i) + " 2026-06-01"));
            attempts.add(new Attempt("document-list", "nhi:document-list " + B + " " + id));
            attempts.add(new Attempt("burden-rate", "nhi:burden-rate " + B + " " + id + " 2026-06-01"));
            attempts.add(new Attempt("person-register", "nhi:person-register " + B + " " + id
                + " 1990-01-01 MALE 侵入試験"));
        }
        assertEquals(2_000, attempts.size());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Session shell = sessions.create(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, "UTF-8"),
            new PrintStream(err, true, "UTF-8"));
        int denied = 0;
        List<String> succeeded = new ArrayList<>();
        List<String> otherFailures = new ArrayList<>();
        try {
            for (Attempt a : attempts) {
                try {
                    Staff.as(clerkA, () -> shell.execute(a.line()));
                    succeeded.add(a.line());
                } catch (Exception e) {
                    String msg = String.valueOf(e.getMessage());
                    if (msg.startsWith("[ACCESS_DENIED] ") && msg.contains(" on tenant " + B + " is not allowed for "
                            + CLERK_A + " (role none)")) {
                        denied++;
                    } else {
                        otherFailures.add(a.line() + " -> " + e);
                    }
                }
            }
        } finally {
            shell.close();
        }
        assertEquals(List.of(), succeeded);
        assertEquals(List.of(), otherFailures.stream().limit(5).toList());
        assertEquals(2_000, denied);
        String printed = out.toString(StandardCharsets.UTF_8);
        for (String real : realIds) {
            assertFalse("shell output shows " + real, printed.contains(real));
        }

        // さいたま市's operation log: exactly one DENIED entry per attempt, 250 for each of the 8 operations
        List<AuditEntry> byClerkA = Staff.as(auditorB, () -> audit.search(B,
            new AuditCriteria(null, null, CLERK_A, null, null, AuditCriteria.MAX_LIMIT)));
        assertEquals(2_000, byClerkA.size());
        assertEquals(Set.of("DENIED"), byClerkA.stream().map(AuditEntry::outcome).collect(Collectors.toSet()));
        assertEquals(Set.of("none"), byClerkA.stream().map(AuditEntry::role).collect(Collectors.toSet()));
        Map<String, Long> perAction = byClerkA.stream()
            .collect(Collectors.groupingBy(AuditEntry::action, TreeMap::new, Collectors.counting()));
        assertEquals(perAction.toString(), 8, perAction.size());
        for (Long n : perAction.values()) {
            assertEquals(perAction.toString(), Long.valueOf(IDS_PER_COMMAND), n);
        }
        assertEquals(byClerkA.size(), byClerkA.stream().map(AuditEntry::requestId).distinct().count());
        // no staff entry but these was written to さいたま市's log meanwhile (no change, no read; the delivery
        // dispatcher's own transfer entries, system:…, keep arriving asynchronously and are not counted)
        // + the auditor's two searches since (the count before, the search by staff id)
        assertEquals(entriesBefore + 2_000 + 2, staffEntries(auditorB));
        // the 2,000 entries extend the hash chain: さいたま市's log still verifies end to end
        AuditVerification verified = Staff.as(auditorB, () -> audit.verify(B));
        assertTrue(verified.reason(), verified.ok());
        assertTrue(verified.intactEntries() >= entriesBefore + 2_000);
        // and 和光市's log has no entry of the attempts either (they never touched 和光市)
        Subject auditorA = Staff.of("itest-auditor-a", "auditor", A);
        assertEquals(0, Staff.as(auditorA, () -> audit.search(A,
            new AuditCriteria(null, null, CLERK_A, null, null, AuditCriteria.MAX_LIMIT))).size());

        // positive control: さいたま市's own clerk runs the same commands on its own persons
        List<String> own = List.of(
            "nhi:eligibility " + B + " 300001 2026-06-01",
            "nhi:history " + B + " 300001",
            "nhi:acquire --notified 2026-04-03 " + B + " 300099 800011 MOVE_IN 2026-04-01",
            "nhi:lose --notified 2026-06-03 " + B + " 300002 DEATH 2026-06-01",
            "nhi:household " + B + " 800001 2026-05-01",
            "nhi:document-list " + B + " 300001",
            "nhi:burden-rate " + B + " 300001 2026-06-01",
            "nhi:person-register " + B + " 300100 1990-01-01 MALE 正規登録");
        ByteArrayOutputStream ownOut = new ByteArrayOutputStream();
        Session shellB = sessions.create(new ByteArrayInputStream(new byte[0]),
            new PrintStream(ownOut, true, "UTF-8"), new PrintStream(new ByteArrayOutputStream(), true, "UTF-8"));
        try {
            for (String line : own) {
                try {
                    Staff.as(clerkB, () -> shellB.execute(line));
                } catch (Exception e) {
                    fail(line + " as さいたま市's clerk: " + e);
                }
            }
        } finally {
            shellB.close();
        }
        assertTrue(ownOut.toString(StandardCharsets.UTF_8).contains("300001"));
        Staff.run(clerkB, () -> {
            assertTrue(eligibility.eligibility(B, "300099", LocalDate.of(2026, 4, 1)).insured());
            assertFalse(eligibility.eligibility(B, "300002", LocalDate.of(2026, 6, 2)).insured());
            assertTrue(persons.find(B, "300100").isPresent());
            // none of the intruder's writes landed: 300001 keeps its registered name
            assertEquals("試験300001", persons.find(B, "300001").orElseThrow().name());
        });
        List<AuditEntry> byClerkB = Staff.as(auditorB, () -> audit.search(B,
            new AuditCriteria(null, null, CLERK_B, null, null, AuditCriteria.MAX_LIMIT)));
        assertEquals(0, byClerkB.stream().filter(e -> e.outcome().equals("DENIED")).count());
    }

    private long staffEntries(Subject auditor) throws Exception {
        return Staff.as(auditor, () -> audit.search(B, AuditCriteria.all())).stream()
            .filter(e -> !e.staffId().startsWith("system:")).count();
    }

    /** Logs in to the container's JAAS realm {@code karaf} as the shell and ssh do. */
    private static Subject login(String user, String password) throws Exception {
        Thread t = Thread.currentThread();
        ClassLoader tccl = t.getContextClassLoader();
        // the realm's ProxyLoginModule lives in lib/boot, on the class path of the launcher
        t.setContextClassLoader(UserPrincipal.class.getClassLoader());
        try {
            Subject subject = new Subject();
            LoginContext lc = new LoginContext("karaf", subject, (Callback[] callbacks) -> {
                for (Callback c : callbacks) {
                    if (c instanceof NameCallback n) {
                        n.setName(user);
                    } else if (c instanceof PasswordCallback p) {
                        p.setPassword(password.toCharArray());
                    }
                }
            });
            lc.login();
            assertTrue(has(subject, UserPrincipal.class, user));
            return subject;
        } finally {
            t.setContextClassLoader(tccl);
        }
    }

    private static boolean has(Subject s, Class<? extends java.security.Principal> type, String name) {
        return s.getPrincipals(type).stream().anyMatch(p -> p.getName().equals(name));
    }

    /**
     * @param real the real identifiers of さいたま市
     * @param base where the guessed neighbours start
     * @return {@value #IDS_PER_COMMAND} identifiers: the real ones, guessed ones (the real ones' neighbours, short
     *         and zero-padded forms) and random numbers of 1–15 digits
     */
    private static List<String> ids(List<String> real, int base) {
        Set<String> ids = new LinkedHashSet<>(real);
        for (int i = 0; i < 30; i++) {
            ids.add(Integer.toString(base + 50 + i));
        }
        ids.add("1");
        ids.add("0");
        ids.add("000000000000001");
        ids.add("999999999999999");
        SecureRandom random = new SecureRandom();
        while (ids.size() < IDS_PER_COMMAND) {
            int len = 1 + random.nextInt(15);
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < len; i++) {
                s.append(random.nextInt(10));
            }
            ids.add(s.toString());
        }
        return new ArrayList<>(ids);
    }
}
