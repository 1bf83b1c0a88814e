package jp.openkokuho.nhi.eligibility.internal.crypto;

import static jp.openkokuho.nhi.eligibility.internal.crypto.CryptoTestSupport.CHIYODA;
import static jp.openkokuho.nhi.eligibility.internal.crypto.CryptoTestSupport.NUMBER;
import static jp.openkokuho.nhi.eligibility.internal.crypto.CryptoTestSupport.WAKO;
import static jp.openkokuho.nhi.eligibility.internal.crypto.CryptoTestSupport.assertNoNumberIn;
import static jp.openkokuho.nhi.eligibility.internal.crypto.CryptoTestSupport.bytes;
import static jp.openkokuho.nhi.eligibility.internal.crypto.CryptoTestSupport.store;
import static jp.openkokuho.nhi.eligibility.internal.crypto.CryptoTestSupport.syntheticNumbers;
import static jp.openkokuho.nhi.eligibility.internal.crypto.CryptoTestSupport.writeKeyFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.openkokuho.nhi.api.privacy.MyNumber;
import jp.openkokuho.nhi.api.tenant.InvalidTenantException;

class BlindIndexTest {
    private static final String INDEX_FORM = "bik[1-9][0-9]*:[A-Za-z0-9_-]{43}";

    @TempDir
    Path root;
    private TenantKeyStore keys;
    private BlindIndex index;

    @BeforeEach
    void setUp() {
        keys = store(root);
        index = new BlindIndex(keys);
    }

    @Test
    void knownAnswerComputedIndependently() {
        // expected value computed with Python's hmac/hashlib from the documented key file and input encoding
        writeKeyFile(root, WAKO, "bik1", bytes(32, 32));
        assertThat(index.compute(WAKO, MyNumber.of(NUMBER))).isEqualTo("bik1:bk4w-RG_nwb_BPXdzF0T43RKKJc_8t1prceQ8eF-B0A");
    }

    @Test
    void theSameNumberGivesTheSameValueWithinATenantAlsoAfterARestart() {
        String first = index.compute(WAKO, MyNumber.of(NUMBER));
        assertThat(first).matches(INDEX_FORM).startsWith("bik1:").hasSize(48);
        assertThat(index.compute(WAKO, MyNumber.of(NUMBER))).isEqualTo(first);
        assertThat(new BlindIndex(store(root)).compute(WAKO, MyNumber.of(NUMBER))).isEqualTo(first);
        assertNoNumberIn(first, NUMBER);
    }

    @Test
    void tenantsGetUnrelatedValuesForTheSameNumber() {
        String wako = index.compute(WAKO, MyNumber.of(NUMBER));
        String chiyoda = index.compute(CHIYODA, MyNumber.of(NUMBER));
        assertThat(wako).isNotEqualTo(chiyoda);
        assertThat(wako.substring(5)).isNotEqualTo(chiyoda.substring(5));
    }

    @Test
    void theIndexIsKeyedNotAPlainHash() throws Exception {
        byte[] plain = MessageDigest.getInstance("SHA-256").digest(NUMBER.getBytes(StandardCharsets.US_ASCII));
        String value = index.compute(WAKO, MyNumber.of(NUMBER)).substring(5);
        assertThat(value).isNotEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(plain));
        assertThat(HexFormat.of().formatHex(Base64.getUrlDecoder().decode(value)))
            .isNotEqualTo("0722847621484e139b6f8692bb206c28a6858a6954c9289ce77f0a440aa076cc");
        // a second installation with its own keys cannot reproduce the value
        assertThat(new BlindIndex(store(root.resolve("elsewhere"))).compute(WAKO, MyNumber.of(NUMBER)))
            .isNotEqualTo(index.compute(WAKO, MyNumber.of(NUMBER)));
    }

    @Test
    void differentNumbersGiveDifferentValues() {
        Set<String> values = new HashSet<>();
        List<String> numbers = syntheticNumbers(5_000);
        for (String n : numbers) {
            values.add(index.compute(WAKO, MyNumber.of(n)));
        }
        assertThat(values).hasSize(numbers.size());
    }

    @Test
    void duringARotationLookUpsFindValuesUnderEveryActiveKey() {
        String underBik1 = index.compute(WAKO, MyNumber.of(NUMBER));
        assertThat(index.lookupValues(WAKO, MyNumber.of(NUMBER))).containsExactly(underBik1);
        assertThat(index.isCurrent(WAKO, underBik1)).isTrue();

        keys.rotate(WAKO, KeyPurpose.BLIND_INDEX);
        String underBik2 = index.compute(WAKO, MyNumber.of(NUMBER));
        assertThat(underBik2).startsWith("bik2:").isNotEqualTo(underBik1);
        assertThat(index.lookupValues(WAKO, MyNumber.of(NUMBER))).containsExactly(underBik2, underBik1);
        assertThat(index.isCurrent(WAKO, underBik1)).isFalse();
        assertThat(index.isCurrent(WAKO, underBik2)).isTrue();
        assertThat(index.isCurrent(WAKO, null)).isFalse();
        assertThat(index.isCurrent(WAKO, "bik2:short")).isFalse();
    }

    @Test
    void lookupValuesOfANewTenantCreateItsKey() {
        assertThat(index.lookupValues(CHIYODA, MyNumber.of(NUMBER))).singleElement().asString().startsWith("bik1:");
    }

    @Test
    void theWrongKindOfKeyOrTenantIsRefused() {
        TenantKey dek = keys.current(WAKO, KeyPurpose.DATA_ENCRYPTION);
        assertThatThrownBy(() -> BlindIndex.compute(dek, MyNumber.of(NUMBER)))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.compute("999999", MyNumber.of(NUMBER)))
            .isInstanceOf(InvalidTenantException.class);
    }
}
