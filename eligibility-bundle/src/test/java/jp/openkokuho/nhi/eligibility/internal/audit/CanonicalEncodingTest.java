package jp.openkokuho.nhi.eligibility.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/**
 * The encoding is a published format: these vectors were computed independently (Python hmac/hashlib from the
 * definition in docs/security-audit-log.md), so a change of the Java code that changes the bytes fails here.
 */
class CanonicalEncodingTest {
    private static final TenantKey KEY = new TenantKey("112291", "audit-1", AuditTestSupport.countingKey());

    static LoggedOperation first() {
        return new LoggedOperation(1, "112291", Instant.parse("2026-04-01T00:30:15.123456Z"), "tanaka", "clerk",
            "eligibility.acquire", "国民健康保険法第9条", "bi1:0f1e2d3c4b5a69788796a5b4c3d2e1f0",
            "atena_no,nhi_household_no", "OK", "req-0001", "audit-1", 1, "");
    }

    static LoggedOperation second() {
        return new LoggedOperation(2, "112291", Instant.parse("2026-04-01T00:31:00Z"), "suzuki", "supervisor",
            "eligibility.read", "国民健康保険法第9条", "", "", "DENIED", "req-0002", "audit-1", 1, "");
    }

    @Test
    void theBytesOfAnEntryAreLengthPrefixedUtf8InAFixedOrder() {
        assertThat(HexFormat.of().formatHex(CanonicalEncoding.encode(first()))).isEqualTo(
            "000000116e68692d6f7065726174696f6e2d6c6f67" // str("nhi-operation-log")
            + "00000001" // format version 1
            + "00000006313132323931" // tenant
            + "0000000000000001" // seq, u64
            + "0000001e323032362d30342d30315430303a33303a31352e3132333435363030305a" // time, nine fraction digits
            + "0000000674616e616b61" + "00000005636c65726b"
            + "00000013656c69676962696c6974792e61637175697265"
            + "0000001ce59bbde6b091e581a5e5bab7e4bf9de999bae6b395e7acac39e69da1" // 国民健康保険法第9条, 28 bytes
            + "000000246269313a3066316532643363346235613639373838373936613562346333643265316630"
            + "000000196174656e615f6e6f2c6e68695f686f757365686f6c645f6e6f"
            + "000000024f4b" + "000000087265712d30303031" + "0000000761756469742d31");
        assertThat(CanonicalEncoding.encode(first())).hasSize(249);
    }

    @Test
    void theChainMatchesTheIndependentlyComputedVectors() {
        byte[] h1 = CanonicalEncoding.link(CanonicalEncoding.newMac(), KEY.secret(), CanonicalEncoding.GENESIS,
            CanonicalEncoding.encode(first()));
        assertThat(CanonicalEncoding.hex(h1))
            .isEqualTo("dca1fb22e47e444c2f5d983ff6ea7a26531cf67e7bc0c48c40d7e162602131ad");
        byte[] h2 = CanonicalEncoding.link(CanonicalEncoding.newMac(), KEY.secret(), h1,
            CanonicalEncoding.encode(second()));
        assertThat(CanonicalEncoding.hex(h2))
            .isEqualTo("dc5341cc01f0a33241186cd64284cc1fb483b7bad549f8a425ce87930117d66d");
    }

    @Test
    void aCheckpointSealMatchesTheIndependentlyComputedVector() {
        Checkpoint c = Checkpoint.seal("112291", 2, "dc5341cc01f0a33241186cd64284cc1fb483b7bad549f8a425ce87930117d66d",
            Instant.parse("2026-04-01T00:40:00Z"), KEY);
        assertThat(c.mac()).isEqualTo("c264c0d583d39bd7454d7dcdec462ce0874ac383d00f5431959ab383e2de8798");
        assertThat(c.toLine()).isEqualTo("1 112291 2 dc5341cc01f0a33241186cd64284cc1fb483b7bad549f8a425ce87930117d66d"
            + " 2026-04-01T00:40:00.000000000Z audit-1"
            + " c264c0d583d39bd7454d7dcdec462ce0874ac383d00f5431959ab383e2de8798");
        assertThat(Checkpoint.parse(c.toLine())).isEqualTo(c);
        assertThat(c.sealedWith(KEY)).isTrue();
        assertThat(new Checkpoint("112291", 3, c.head(), c.time(), c.keyId(), c.mac()).sealedWith(KEY)).isFalse();
    }

    @Test
    void movingCharactersBetweenFieldsChangesTheBytes() {
        LoggedOperation a = second();
        LoggedOperation b = new LoggedOperation(2, "112291", a.occurredAt(), "suzukis", "upervisor", a.action(),
            a.purpose(), a.subjectIndex(), a.itemNames(), a.outcome(), a.requestId(), a.keyId(), 1, "");
        assertThat(CanonicalEncoding.encode(a)).isNotEqualTo(CanonicalEncoding.encode(b));
        // the same concatenation, different split: only the length prefixes differ
        assertThat(a.staffId() + a.role()).isEqualTo(b.staffId() + b.role());
    }

    @Test
    void nanosecondsAreChainedSoAChangeBelowTheMicrosecondIsSeen() {
        LoggedOperation a = second();
        LoggedOperation b = new LoggedOperation(2, "112291", a.occurredAt().plusNanos(1), a.staffId(), a.role(),
            a.action(), a.purpose(), a.subjectIndex(), a.itemNames(), a.outcome(), a.requestId(), a.keyId(), 1, "");
        assertThat(CanonicalEncoding.encode(a)).isNotEqualTo(CanonicalEncoding.encode(b));
        assertThat(CanonicalEncoding.time(b.occurredAt())).isEqualTo("2026-04-01T00:31:00.000000001Z");
    }

    @Test
    void textThatIsNotWellFormedUnicodeCannotBeEncodedAndAnUnknownVersionIsRefused() {
        LoggedOperation a = second();
        LoggedOperation lone = new LoggedOperation(2, "112291", a.occurredAt(), a.staffId(), a.role(), a.action(),
            "法\uD800", a.subjectIndex(), a.itemNames(), a.outcome(), a.requestId(), a.keyId(), 1, "");
        assertThatThrownBy(() -> CanonicalEncoding.encode(lone)).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("a text field is not well-formed Unicode");
        LoggedOperation v2 = new LoggedOperation(2, "112291", a.occurredAt(), a.staffId(), a.role(), a.action(),
            a.purpose(), a.subjectIndex(), a.itemNames(), a.outcome(), a.requestId(), a.keyId(), 2, "");
        assertThatThrownBy(() -> CanonicalEncoding.encode(v2)).hasMessage("unsupported format version 2");
    }
}
