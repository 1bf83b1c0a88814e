package jp.openkokuho.nhi.eligibility.internal.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import jp.openkokuho.nhi.api.privacy.MyNumber;

/** Fixtures of the crypto tests. Every individual number here is synthetic. */
final class CryptoTestSupport {
    static final String WAKO = "112291";
    static final String CHIYODA = "131016";
    static final String NUMBER = "123456789018";
    static final Instant T0 = Instant.parse("2025-04-01T00:00:00Z");

    private CryptoTestSupport() {
    }

    static TenantKeyStore store(Path root) {
        return new TenantKeyStore(root, Clock.fixed(T0, ZoneOffset.UTC), new SecureRandom());
    }

    static CipherContext person(String tenant, String atena) {
        return new CipherContext(tenant, "NHI_PERSON", "MY_NUMBER_ENC", atena);
    }

    /** @return {@code count} distinct synthetic numbers with valid check digits */
    static List<String> syntheticNumbers(int count) {
        List<String> numbers = new ArrayList<>();
        for (long i = 1; numbers.size() < count; i++) {
            String body = String.format("%011d", (i * 7_919_993_137L) % 100_000_000_000L);
            numbers.add(body + MyNumber.checkDigit(body));
        }
        return numbers;
    }

    /** Writes a key file in the documented format with owner-only permissions. */
    static Path writeKeyFile(Path root, String tenant, String id, byte[] material) {
        KeyPurpose purpose = KeyPurpose.ofKeyId(id);
        String text = "format=1\ntenant=" + tenant + "\nid=" + id + "\npurpose=" + purpose.label() + "\nalgorithm="
            + purpose.algorithm() + "\ncreated=2025-01-01T00:00:00Z\nmaterial="
            + Base64.getEncoder().encodeToString(material) + "\n";
        try {
            Path dir = Files.createDirectories(root.resolve(tenant));
            Path file = dir.resolve(id + ".key");
            Files.writeString(file, text, StandardCharsets.US_ASCII);
            if (root.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(int from, int count) {
        byte[] b = new byte[count];
        for (int i = 0; i < count; i++) {
            b[i] = (byte) (from + i);
        }
        return b;
    }

    static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    /** Asserts that none of the numbers appears in the text, in ASCII, full-width or grouped form. */
    static void assertNoNumberIn(String text, String... numbers) {
        for (String n : numbers) {
            String fullWidth = n.chars().mapToObj(c -> String.valueOf((char) (c - '0' + '０')))
                .reduce("", String::concat);
            assertThat(text).doesNotContain(n).doesNotContain(fullWidth)
                .doesNotContain(n.substring(0, 4) + " " + n.substring(4, 8) + " " + n.substring(8))
                .doesNotContain(n.substring(0, 4) + "-" + n.substring(4, 8) + "-" + n.substring(8))
                // not even the last eight digits
                .doesNotContain(n.substring(4));
        }
    }
}
