package jp.openkokuho.nhi.eligibility.internal.crypto;

import static jp.openkokuho.nhi.eligibility.internal.crypto.CryptoTestSupport.CHIYODA;
import static jp.openkokuho.nhi.eligibility.internal.crypto.CryptoTestSupport.NUMBER;
import static jp.openkokuho.nhi.eligibility.internal.crypto.CryptoTestSupport.WAKO;
import static jp.openkokuho.nhi.eligibility.internal.crypto.CryptoTestSupport.store;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.openkokuho.nhi.api.privacy.MyNumber;

class SubjectIndexTest {
    @TempDir
    Path root;

    @Test
    void theSamePersonHasOneIndexPerTenantUnrelatedToTheNumberAndToOtherTenants() {
        TenantKeyStore keys = store(root);
        SubjectIndex index = new SubjectIndex(keys);
        String wako = index.compute(WAKO, "000123");
        assertThat(wako).isEqualTo(index.compute(WAKO, "000123")).startsWith("bik1:").hasSize(48)
            .doesNotContain("000123");
        assertThat(index.compute(WAKO, "123")).isNotEqualTo(wako); // leading zeros are part of the 宛名番号
        assertThat(index.compute(CHIYODA, "000123")).isNotEqualTo(wako);
        // a 宛名番号 that happens to have the digits of a My Number never gets that number's blind index
        assertThat(index.compute(WAKO, NUMBER)).isNotEqualTo(new BlindIndex(keys).compute(WAKO, MyNumber.of(NUMBER)));
    }

    @Test
    void afterARotationALookUpFindsTheOldAndTheNewIndex() {
        TenantKeyStore keys = store(root);
        SubjectIndex index = new SubjectIndex(keys);
        String before = index.compute(WAKO, "42");
        keys.rotate(WAKO, KeyPurpose.BLIND_INDEX);
        String after = index.compute(WAKO, "42");
        assertThat(after).startsWith("bik2:").isNotEqualTo(before);
        assertThat(index.lookupValues(WAKO, "42")).containsExactly(after, before);
    }

    @Test
    void onlyDigitsAreIndexed() {
        SubjectIndex index = new SubjectIndex(store(root));
        for (String bad : new String[] {"", "12a", "1234567890123456", " 1", "１２３"}) {
            assertThatThrownBy(() -> index.compute(WAKO, bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a 宛名番号 is 1 to 15 ASCII digits");
        }
    }
}
