package jp.openkokuho.nhi.eligibility.internal.disclosure;

import static jp.openkokuho.nhi.eligibility.internal.security.GuardedServices.A;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import javax.security.auth.Subject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.openkokuho.nhi.api.NhiException;
import jp.openkokuho.nhi.api.audit.AccessDeniedException;
import jp.openkokuho.nhi.api.disclosure.Inquiry;
import jp.openkokuho.nhi.api.disclosure.InquiryChannel;
import jp.openkokuho.nhi.api.disclosure.InquiryRegistration;
import jp.openkokuho.nhi.eligibility.internal.privacy.PrivacyTestSupport;
import jp.openkokuho.nhi.eligibility.internal.security.GuardedServices;
import jp.openkokuho.nhi.eligibility.internal.security.Staff;

/** 問合せ records: append-only, follow-ups linked to the first, listed per person and per period in Japan time. */
class InquiryServiceImplTest {
    private static final Subject CLERK = Staff.subject("sato", "nhi-clerk@" + A);
    private static final Subject AUDITOR = Staff.subject("takahashi", "nhi-auditor@" + A);
    /** 2026-11-25 23:30 in Japan. */
    private static final Instant LATE_25TH = Instant.parse("2026-11-25T14:30:00Z");
    /** 2026-11-26 00:10 in Japan. */
    private static final Instant EARLY_26TH = Instant.parse("2026-11-25T15:10:00Z");

    @TempDir
    Path dir;
    private GuardedServices s;

    @BeforeEach
    void setUp() {
        s = new GuardedServices(dir);
    }

    @AfterEach
    void tearDown() {
        s.close();
    }

    private Inquiry record(String atena, InquiryChannel channel, Instant at, String summary, Long followsUp) {
        return Staff.as(CLERK, () -> s.inquiries.record(A, new InquiryRegistration(atena, channel, at, summary,
            "説明した", followsUp)));
    }

    private long rows() {
        return s.storeA.read(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM NHI_INQUIRY")
            .getSingleResult()).longValue());
    }

    @Test
    void inquiriesAreListedPerPersonAndPerPeriodWithFollowUpsLinkedToTheFirst() {
        Inquiry first = record("100", InquiryChannel.PHONE, LATE_25TH, "資格喪失日の確認", null);
        Inquiry general = record(null, InquiryChannel.LETTER, EARLY_26TH, "特定個人情報ファイルの取扱いについて", null);
        Inquiry follow = record("100", InquiryChannel.COUNTER, EARLY_26TH, "前回の続き：証明書の交付", first.inquiryId());

        assertThat(first).isEqualTo(new Inquiry(1, "100", InquiryChannel.PHONE, LATE_25TH, "資格喪失日の確認", "説明した",
            "sato", Instant.parse("2026-11-27T01:00:00Z"), null));
        assertThat(general.atenaNo()).isNull();
        assertThat(follow.followsUp()).isEqualTo(1L);
        assertThat(Staff.as(CLERK, () -> s.inquiries.ofPerson(A, "100"))).containsExactly(first, follow);
        // days are days in Japan: 23:30 on the 25th is not the 26th
        assertThat(Staff.as(CLERK, () -> s.inquiries.inPeriod(A, LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11,
            26)))).extracting(Inquiry::inquiryId).containsExactly(2L, 3L);
        assertThat(Staff.as(CLERK, () -> s.inquiries.inPeriod(A, LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11,
            25)))).containsExactly(first);
        assertThat(first.toString()).doesNotContain("100").doesNotContain("資格喪失日");
        assertThatThrownBy(() -> Staff.as(AUDITOR, () -> s.inquiries.ofPerson(A, "100")))
            .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void badInputStoresNothing() {
        Inquiry first = record("100", InquiryChannel.PHONE, LATE_25TH, "資格喪失日の確認", null);
        Inquiry follow = record("100", InquiryChannel.PHONE, EARLY_26TH, "続き", first.inquiryId());

        assertThatThrownBy(() -> record("100", InquiryChannel.PHONE, EARLY_26TH, "続きの続き", follow.inquiryId()))
            .isInstanceOf(NhiException.class).hasMessageContaining("is itself a follow-up; name the first inquiry")
            .extracting(t -> ((NhiException) t).code()).isEqualTo("UNKNOWN_INQUIRY");
        assertThatThrownBy(() -> record("100", InquiryChannel.PHONE, EARLY_26TH, "続き", 99L))
            .hasMessageContaining("inquiry 99 does not exist");
        assertThatThrownBy(() -> record("777", InquiryChannel.PHONE, EARLY_26TH, "不明な人", null))
            .hasMessageContaining("not a registered person");
        assertThatThrownBy(() -> record("100", null, EARLY_26TH, "経路なし", null))
            .hasMessage("channel (受付方法) is missing");
        assertThatThrownBy(() -> record("100", InquiryChannel.EMAIL, Instant.parse("2026-11-28T00:00:00Z"), "未来",
            null)).hasMessageContaining("is in the future");
        assertThatThrownBy(() -> record("100", InquiryChannel.EMAIL, EARLY_26TH, "  ", null))
            .hasMessage("summary (問合せ内容) must be 1 to 2000 characters (is 0)");
        assertThatThrownBy(() -> Staff.as(CLERK, () -> s.inquiries.inPeriod(A, LocalDate.of(2026, 11, 26),
            LocalDate.of(2026, 11, 25)))).hasMessageContaining("the period ends (2026-11-25) before it starts");

        assertThat(rows()).isEqualTo(2);
    }

    @Test
    void anIndividualNumberTypedIntoTheTextIsStoredMasked() {
        String number = PrivacyTestSupport.number(5);
        Inquiry i = record("100", InquiryChannel.EMAIL, EARLY_26TH, "本人から個人番号 " + number + " の利用について", null);

        assertThat(i.summary()).doesNotContain(number).contains("個人番号(12桁・非表示)");
        assertThat(s.storeA.read(em -> em.createNativeQuery("SELECT SUMMARY FROM NHI_INQUIRY").getSingleResult())
            .toString()).doesNotContain(number);
    }
}
