package jp.openkokuho.nhi.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.karaf.shell.api.action.Command;
import org.junit.jupiter.api.Test;

/**
 * The inventory of nhi:* commands against the distribution's command ACL: every command has an entry (a command
 * without one would need Karaf's admin role), and the commands that show or change personal data are open to
 * municipality staff only, never to the vendor administrator.
 */
class CommandAclTest {
    private static final Path ACL = Path.of("../karaf-assembly/src/main/resources/assembly/etc/"
        + "org.apache.karaf.command.acl.nhi.cfg");
    private static final Set<String> PERSONAL = Set.of("acquire", "lose", "eligibility", "history", "import",
        "transfer-records", "audit-verify", "audit-search", "export", "person-register", "household", "income-import",
        "burden-rate", "document-issue", "document-reissue", "document-return", "document-list", "document-print",
        "document-renewal", "mynumber-link", "use-suspend", "use-resume", "branch-assign", "continuity-check",
        "duplicate-candidates", "exchange", "federation-export", "federation-import", "highcost-candidates",
        "highcost-decide", "highcost-import", "provision-log");

    private static Map<String, Set<String>> acl() throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(ACL, StandardCharsets.ISO_8859_1)) {
            p.load(r);
        }
        Map<String, Set<String>> out = new TreeMap<>();
        p.forEach((k, v) -> out.put(k.toString(), Arrays.stream(v.toString().split(",")).map(String::trim)
            .collect(Collectors.toCollection(TreeSet::new))));
        return out;
    }

    private static Set<String> commands() throws Exception {
        Path dir = Path.of("target/classes/jp/openkokuho/nhi/shell/internal");
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith("Command.class")).toList()) {
                String simple = f.getFileName().toString().replace(".class", "");
                Command c = Class.forName(CommandAclTest.class.getPackageName() + "." + simple)
                    .getAnnotation(Command.class);
                if (c != null) {
                    assertThat(c.scope()).isEqualTo("nhi");
                    names.add(c.name());
                }
            }
        }
        return names;
    }

    @Test
    void everyCommandHasAnAclEntryAndNoEntryNamesAMissingCommand() throws Exception {
        Set<String> commands = commands();
        assertThat(commands).hasSizeGreaterThanOrEqualTo(13).contains("audit-verify", "audit-search");
        assertThat(acl().keySet()).containsExactlyInAnyOrderElementsOf(commands);
    }

    @Test
    void personalDataCommandsAreForMunicipalityStaffOnly() throws Exception {
        Map<String, Set<String>> acl = acl();
        for (String c : PERSONAL) {
            assertThat(acl.get(c)).as(c).containsExactly("nhi-staff");
        }
        for (Map.Entry<String, Set<String>> e : acl.entrySet()) {
            assertThat(e.getValue()).as(e.getKey()).isSubsetOf(List.of("nhi-staff", "nhi-admin", "admin"));
        }
    }
}
