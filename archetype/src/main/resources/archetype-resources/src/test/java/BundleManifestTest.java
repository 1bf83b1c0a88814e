package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;

/**
 * The bundle keeps the platform's packaging rules: it exports nothing (replacing it never refreshes another
 * bundle) and imports the delivery API with the consumer range, so it runs on every 1.x platform. Reads the
 * manifest bnd wrote into target/classes before the tests run.
 */
class BundleManifestTest {

    private static Attributes manifest() throws Exception {
        Path classes = Path.of(
            ${destinationClass}.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path file = classes.resolve("META-INF").resolve("MANIFEST.MF");
        assertTrue(Files.isRegularFile(file), "bnd-maven-plugin did not write " + file + "; run the tests with Maven");
        try (InputStream in = Files.newInputStream(file)) {
            return new Manifest(in).getMainAttributes();
        }
    }

    @Test
    void exportsNothingAndImportsTheDeliveryApiWithTheConsumerRange() throws Exception {
        Attributes m = manifest();
        assertNull(m.getValue("Export-Package"), "a destination bundle must export nothing");
        String imports = m.getValue("Import-Package");
        assertNotNull(imports);
        // the consumer range: from the API minor version compiled against up to, not including, the next major
        assertTrue(java.util.regex.Pattern.compile("jp\\.openkokuho\\.nhi\\.api\\.transfer;version=\"\\[1\\.[0-9]+,2\\)\"")
            .matcher(imports).find(), imports);
    }

    @Test
    void declaresTheComponent() throws Exception {
        Attributes m = manifest();
        assertEquals("OSGI-INF/" + ${destinationClass}.class.getName() + ".xml", m.getValue("Service-Component"));
    }
}
