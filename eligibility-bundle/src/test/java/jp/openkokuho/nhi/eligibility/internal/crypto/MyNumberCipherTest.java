package jp.openkokuho.nhi.eligibility.internal.crypto;

import static jp.openkokuho.nhi.eligibility.internal.crypto.CryptoTestSupport.CHIYODA;
import static jp.openkokuho.nhi.eligibility.internal.crypto.CryptoTestSupport.NUMBER;
import static jp.openkokuho.nhi.eligibility.internal.crypto.CryptoTestSupport.WAKO;
import static jp.openkokuho.nhi.eligibility.internal.crypto.CryptoTestSupport.assertNoNumberIn;
import static jp.openkokuho.nhi.eligibility.internal.crypto.CryptoTestSupport.bytes;
import static jp.openkokuho.nhi.eligibility.internal.crypto.CryptoTestSupport.person;
import static jp.openkokuho.nhi.eligibility.internal.crypto.CryptoTestSupport.stackTrace;
import static jp.openkokuho.nhi.eligibility.internal.crypto.CryptoTestSupport.store;
import static jp.openkokuho.nhi.eligibility.internal.crypto.CryptoTestSupport.syntheticNumbers;
import static jp.openkokuho.nhi.eligibility.internal.crypto.CryptoTestSupport.writeKeyFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import jp.openkokuho.nhi.api.privacy.MyNumber;
import jp.openkokuho.nhi.api.tenant.InvalidTenantException;

class MyNumberCipherTest {
    private static final String STORED_FORM = "v1:dek[1-9][0-9]*:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]{38}";

    @TempDir
    Path root;
    private TenantKeyStore keys;
    private MyNumberCipher cipher;

    @BeforeEach
    void setUp() {
        keys = store(root);
        cipher = new MyNumberCipher(keys);
    }

    @Test
    void roundTrip() {
        for (String n : syntheticNumbers(50)) {
            CipherContext where = person(WAKO, "000123456");
            String stored = cipher.encrypt(where, MyNumber.of(n));
            assertThat(stored).matches(STORED_FORM).startsWith("v1:dek1:").hasSize(63);
            assertThat(cipher.decrypt(where, stored).digits()).isEqualTo(n);
            assertNoNumberIn(stored, n);
        }
    }

    @Test
    void knownAnswerComputedIndependently() {
        // expected value computed with Python's cryptography AESGCM from the documented key file, nonce and AAD
        writeKeyFile(root, WAKO, "dek1", bytes(0, 32));
        TenantKey key = keys.current(WAKO, KeyPurpose.DATA_ENCRYPTION);
        CipherContext where = person(WAKO, "000123456");
        String expected = "v1:dek1:oKGio6Slpqeoqaqr:1ypPGXD9NYdbVbbrbKudAd3ngtb4_LPxmK8S4g";

        assertThat(cipher.seal(key, where, bytes(0xA0, 12), MyNumber.of(NUMBER))).isEqualTo(expected);
        assertThat(cipher.decrypt(where, expected)).isEqualTo(MyNumber.of(NUMBER));
    }

    @Test
    void associatedDataIsTheDocumentedLengthPrefixedEncoding() {
        assertThat(HexFormat.of().formatHex(MyNumberCipher.associatedData("dek1", person(WAKO, "000123456"))))
            .isEqualTo("0000001b" + hex("jp.openkokuho.nhi/my-number") + "00000002" + hex("v1") + "00000004"
                + hex("dek1") + "00000006" + hex("112291") + "0000000a" + hex("NHI_PERSON") + "0000000d"
                + hex("MY_NUMBER_ENC") + "00000009" + hex("000123456"));
        // lengths keep field boundaries apart: moving a character between table and column changes the bytes
        assertThat(MyNumberCipher.associatedData("dek1", new CipherContext(WAKO, "AB", "C", "1")))
            .isNotEqualTo(MyNumberCipher.associatedData("dek1", new CipherContext(WAKO, "A", "BC", "1")));
    }

    private static String hex(String s) {
        return HexFormat.of().formatHex(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void tableAndColumnAreCaseInsensitiveRowKeysAreExact() {
        String stored = cipher.encrypt(person(WAKO, "000123456"), MyNumber.of(NUMBER));
        assertThat(cipher.decrypt(new CipherContext(WAKO, "nhi_person", "my_number_enc", "000123456"), stored))
            .isEqualTo(MyNumber.of(NUMBER));
        assertRejected(() -> cipher.decrypt(person(WAKO, "000123456 "), stored));
        assertRejected(() -> cipher.decrypt(person(WAKO, "123456"), stored));
    }

    @Test
    void theSameNumberNeverGivesTheSameStoredValue() {
        CipherContext where = person(WAKO, "000123456");
        assertThat(cipher.encrypt(where, MyNumber.of(NUMBER))).isNotEqualTo(cipher.encrypt(where, MyNumber.of(NUMBER)));
    }

    @Test
    void noncesAreUniqueOverTenThousandEncryptions() {
        CipherContext where = person(WAKO, "000123456");
        Set<String> nonces = new HashSet<>();
        Set<String> values = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String stored = cipher.encrypt(where, MyNumber.of(NUMBER));
            values.add(stored);
            nonces.add(stored.split(":")[2]);
            if (i % 1000 == 0) {
                assertThat(cipher.decrypt(where, stored).digits()).isEqualTo(NUMBER);
            }
        }
        assertThat(nonces).hasSize(10_000);
        assertThat(values).hasSize(10_000);
    }

    @ParameterizedTest
    @CsvSource({
        "131016, NHI_PERSON, MY_NUMBER_ENC, 000123456",   // another tenant
        "112291, NHI_HOUSEHOLD, MY_NUMBER_ENC, 000123456", // another table
        "112291, NHI_PERSON, HEAD_MY_NUMBER_ENC, 000123456", // another column
        "112291, NHI_PERSON, MY_NUMBER_ENC, 000123457",   // another row
    })
    void aValueMovedToAnotherPlaceFailsToDecrypt(String tenant, String table, String column, String row) {
        keys.current(CHIYODA, KeyPurpose.DATA_ENCRYPTION); // the other tenant has a dek1 of its own
        String stored = cipher.encrypt(person(WAKO, "000123456"), MyNumber.of(NUMBER));
        assertRejected(() -> cipher.decrypt(new CipherContext(tenant, table, column, row), stored));
    }

    @Test
    void theTenantIsBoundEvenIfTwoTenantsHeldTheSameKey() {
        // defence in depth: the tenant is in the associated data, not only implied by the tenant's own key
        TenantKey wakoKey = keys.current(WAKO, KeyPurpose.DATA_ENCRYPTION);
        String stored = cipher.seal(wakoKey, person(WAKO, "000123456"), bytes(7, 12), MyNumber.of(NUMBER));
        MyNumberCipher.Parsed parsed = MyNumberCipher.parse(null, stored);
        assertThat(cipher.open(wakoKey, person(WAKO, "000123456"), parsed)).isEqualTo(MyNumber.of(NUMBER));
        assertRejected(() -> cipher.open(wakoKey, person(CHIYODA, "000123456"), parsed));
    }

    @Test
    void everyAlteredBitOfNonceCiphertextOrTagIsRejected() {
        CipherContext where = person(WAKO, "000123456");
        String stored = cipher.encrypt(where, MyNumber.of(NUMBER));
        String[] parts = stored.split(":");
        int tried = 0;
        for (int part = 2; part <= 3; part++) {
            byte[] raw = Base64.getUrlDecoder().decode(parts[part]);
            for (int bit = 0; bit < raw.length * 8; bit++) {
                byte[] altered = raw.clone();
                altered[bit / 8] ^= (byte) (1 << (bit % 8));
                String[] copy = parts.clone();
                copy[part] = Base64.getUrlEncoder().withoutPadding().encodeToString(altered);
                String tampered = String.join(":", copy);
                assertRejected(() -> cipher.decrypt(where, tampered));
                tried++;
            }
        }
        assertThat(tried).isEqualTo((12 + 28) * 8);
    }

    @Test
    void aValueRelabelledWithAnotherKeyIdIsRejected() {
        CipherContext where = person(WAKO, "000123456");
        String stored = cipher.encrypt(where, MyNumber.of(NUMBER));
        keys.rotate(WAKO, KeyPurpose.DATA_ENCRYPTION);
        assertRejected(() -> cipher.decrypt(where, stored.replace(":dek1:", ":dek2:")));
        assertThat(cipher.decrypt(where, stored)).isEqualTo(MyNumber.of(NUMBER));
    }

    @ParameterizedTest
    @ValueSource(strings = {NUMBER, "", "v1", "v2:dek1:oKGio6Slpqeoqaqr:1ypPGXD9NYdbVbbrbKudAd3ngtb4_LPxmK8S4g",
        "v1:bik1:oKGio6Slpqeoqaqr:1ypPGXD9NYdbVbbrbKudAd3ngtb4_LPxmK8S4g",
        "v1:dek01:oKGio6Slpqeoqaqr:1ypPGXD9NYdbVbbrbKudAd3ngtb4_LPxmK8S4g",
        "v1:dek1:oKGio6Slpqeoqaqr:1ypPGXD9NYdbVbbrbKudAd3ngtb4_LPxmK8S4g:",
        "v1:dek1:oKGio6Slpqeoqaqr:1ypPGXD9NYdbVbbrbKudAd3ngtb4_LPxmK8S4",
        "v1:dek1:oKGio6Slpqeoqaqr:1ypPGXD9NYdbVbbrbKudAd3ngtb4_LPxmK8S4h",
        "v1:dek1:oKGio6Slpqeoqaqr:1ypPGXD9NYdbVbbrbKudAd3ngtb4_LPxmK8S4g==",
        "v1:dek1:oKGio6Slpqeoqaqr:1ypPGXD9NYdbVbbrbKudAd3ngtb4/LPxmK8S4g",
        "v1:dek1:oKGio6Slpqeo:1ypPGXD9NYdbVbbrbKudAd3ngtb4_LPxmK8S4g"})
    void malformedValuesAreRejectedWithoutBeingEchoed(String stored) {
        CipherContext where = person(WAKO, "000123456");
        assertThatThrownBy(() -> cipher.decrypt(where, stored))
            .isInstanceOf(ProtectionException.class)
            .hasMessage("stored 個人番号 in NHI_PERSON.MY_NUMBER_ENC of tenant 112291 is not in the form "
                + "v1:dek<n>:<12-byte nonce>:<28-byte ciphertext and tag> (URL-safe Base64)")
            .satisfies(e -> assertThat(((ProtectionException) e).code())
                .isEqualTo(ProtectionException.CIPHERTEXT_FORMAT))
            .satisfies(e -> assertNoNumberIn(stackTrace(e), NUMBER))
            .satisfies(e -> assertThat(stackTrace(e)).doesNotContain("000123456"));
        assertThatThrownBy(() -> cipher.decrypt(where, null))
            .hasMessage("stored 個人番号 in NHI_PERSON.MY_NUMBER_ENC of tenant 112291 is missing");
    }

    @Test
    void aValueUnderAnUnknownOrRetiredKeySaysWhereTheKeyShouldBe() throws Exception {
        CipherContext where = person(WAKO, "000123456");
        String underDek1 = cipher.encrypt(where, MyNumber.of(NUMBER));
        keys.rotate(WAKO, KeyPurpose.DATA_ENCRYPTION);
        String underDek2 = cipher.encrypt(where, MyNumber.of(NUMBER));
        keys.retire(WAKO, "dek1");

        assertThatThrownBy(() -> cipher.decrypt(where, underDek1))
            .isInstanceOf(ProtectionException.class)
            .hasMessage("stored 個人番号 in NHI_PERSON.MY_NUMBER_ENC of tenant 112291 was encrypted with key dek1, "
                + "which tenant 112291 does not have; the key was retired to " + root.toAbsolutePath().resolve(WAKO)
                .resolve("retired") + ", move it back to decrypt")
            .satisfies(e -> assertThat(((ProtectionException) e).code()).isEqualTo(ProtectionException.UNKNOWN_KEY));

        // a lost key (deleted from a fresh installation) is reported with the restore hint
        MyNumberCipher elsewhere = new MyNumberCipher(store(root.resolve("fresh")));
        assertThatThrownBy(() -> elsewhere.decrypt(where, underDek2))
            .hasMessageEndingWith("was encrypted with key dek2, which tenant 112291 does not have; restore it from "
                + "the key backup into " + root.toAbsolutePath().resolve("fresh").resolve(WAKO));

        // moving the key back makes the value readable again, without a restart
        Files.move(root.resolve(WAKO).resolve("retired").resolve("dek1.key"), root.resolve(WAKO).resolve("dek1.key"));
        assertThat(cipher.decrypt(where, underDek1)).isEqualTo(MyNumber.of(NUMBER));
    }

    @Test
    void aValueThatOnlyLooksLikeTheStoredFormIsNotEchoedEither() {
        // the nonce part is made of digits, so the value is well formed; the tenant has no key yet
        String stored = "v1:dek1:" + NUMBER + "0000:1ypPGXD9NYdbVbbrbKudAd3ngtb4_LPxmK8S4g";
        assertThatThrownBy(() -> cipher.decrypt(person(WAKO, "000123456"), stored))
            .isInstanceOf(ProtectionException.class)
            .satisfies(e -> assertThat(((ProtectionException) e).code()).isEqualTo(ProtectionException.UNKNOWN_KEY))
            .satisfies(e -> assertNoNumberIn(stackTrace(e), NUMBER));
        keys.current(WAKO, KeyPurpose.DATA_ENCRYPTION);
        assertRejected(() -> cipher.decrypt(person(WAKO, "000123456"), stored));
    }

    @Test
    void keyIdAndCurrency() {
        CipherContext where = person(WAKO, "000123456");
        String stored = cipher.encrypt(where, MyNumber.of(NUMBER));
        assertThat(MyNumberCipher.keyIdOf(stored)).isEqualTo("dek1");
        assertThat(cipher.isCurrent(WAKO, stored)).isTrue();
        keys.rotate(WAKO, KeyPurpose.DATA_ENCRYPTION);
        assertThat(cipher.isCurrent(WAKO, stored)).isFalse();
        assertThat(MyNumberCipher.keyIdOf(cipher.encrypt(where, MyNumber.of(NUMBER)))).isEqualTo("dek2");
        assertThatThrownBy(() -> MyNumberCipher.keyIdOf(NUMBER)).isInstanceOf(ProtectionException.class)
            .hasMessageStartingWith("stored 個人番号 is not in the form");
    }

    @Test
    void contextsAreValidated() {
        assertThatThrownBy(() -> new CipherContext("112292", "NHI_PERSON", "MY_NUMBER_ENC", "1"))
            .isInstanceOf(InvalidTenantException.class);
        for (String bad : new String[] {null, "", "tenant_112291.NHI_PERSON", "NHI PERSON", "1TABLE", "表", "A".repeat(129)}) {
            assertThatThrownBy(() -> new CipherContext(WAKO, bad, "MY_NUMBER_ENC", "1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("plain SQL identifier");
            assertThatThrownBy(() -> new CipherContext(WAKO, "NHI_PERSON", bad, "1"))
                .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new CipherContext(WAKO, "T", "C", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CipherContext(WAKO, "T", "C", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CipherContext(WAKO, "T", "C", "x".repeat(513)))
            .isInstanceOf(IllegalArgumentException.class);
        assertThat(new CipherContext(WAKO, "T", "C", "x".repeat(512)).rowKey()).hasSize(512);
    }

    @Test
    void aContextPrintsTheRowKeyMasked() {
        assertThat(person(WAKO, "000123456").toString())
            .isEqualTo("CipherContext[tenant=112291, NHI_PERSON.MY_NUMBER_ENC, row=＊＊＊＊＊3456]");
    }

    @Test
    void differentTenantsEncryptUnderTheirOwnKeys() {
        String wako = cipher.encrypt(person(WAKO, "1"), MyNumber.of(NUMBER));
        String chiyoda = cipher.encrypt(person(CHIYODA, "1"), MyNumber.of(NUMBER));
        assertThat(List.of(MyNumberCipher.keyIdOf(wako), MyNumberCipher.keyIdOf(chiyoda))).containsOnly("dek1");
        assertThat(cipher.decrypt(person(CHIYODA, "1"), chiyoda)).isEqualTo(MyNumber.of(NUMBER));
        assertRejected(() -> cipher.decrypt(person(CHIYODA, "1"), wako));
    }

    private static void assertRejected(ThrowingCallable call) {
        assertThatThrownBy(call)
            .isInstanceOf(ProtectionException.class)
            .hasMessageContaining("does not authenticate under key")
            .hasMessageContaining("it was written for another row, column, table or tenant, or it was altered")
            .satisfies(e -> assertThat(((ProtectionException) e).code()).isEqualTo(ProtectionException.REJECTED))
            .satisfies(e -> assertNoNumberIn(stackTrace(e), NUMBER))
            .satisfies(e -> assertThat(e.getMessage()).doesNotContain("000123456"));
    }
}
