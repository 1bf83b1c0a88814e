package jp.openkokuho.nhi.eligibility.internal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import jp.openkokuho.nhi.api.document.DocumentFontException;
import jp.openkokuho.nhi.api.document.DocumentStatus;
import jp.openkokuho.nhi.api.document.DocumentType;
import jp.openkokuho.nhi.api.person.Sex;

/** One PDF per document type; the text read back with PDFTextStripper must show every item exactly. */
class DocumentRendererTest {
    private static DocumentRenderer renderer;

    @TempDir
    Path dir;

    @BeforeAll
    static void font() {
        renderer = new DocumentRenderer(DocumentTestSupport.requireFont());
    }

    /** A 70–74 person (born 1955-04-01) for the types that show the rate; the legacy cards are of 2024. */
    private static DocumentContent content(DocumentType type) {
        boolean legacy = switch (type) {
            case INSURANCE_CARD, SHORT_TERM_CARD, QUALIFICATION_CERTIFICATE -> true;
            default -> false;
        };
        LocalDate effective = legacy ? LocalDate.of(2024, 8, 1) : LocalDate.of(2026, 8, 1);
        LocalDate expiry = type == DocumentType.ELIGIBILITY_INFO_NOTICE ? null
            : legacy ? LocalDate.of(2025, 7, 31) : LocalDate.of(2027, 7, 31);
        Integer rate = legacy ? null : 20;
        String head = type == DocumentType.ELDERLY_RECIPIENT_CARD ? null : "和光　太郎";
        return new DocumentContent(type, DocumentStatus.ISSUED, "110270", "和光市", "900001", "000123", "02",
            "和光　花子", LocalDate.of(1955, 4, 1), Sex.FEMALE, head, LocalDate.of(2019, 4, 1),
            effective.minusDays(10), effective, expiry, rate);
    }

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void everyTypePrintsItsItemsInJapanese(DocumentType type) throws IOException {
        byte[] pdf = renderer.render(content(type));
        String text = DocumentTestSupport.text(pdf);

        assertThat(text).startsWith(type.title() + "\n");
        assertThat(text).contains("\n記号・番号・枝番 900001・000123・02\n", "\n氏名 和光 花子\n",
            "\n生年月日 昭和30年4月1日\n", "\n性別 女\n", "\n資格取得年月日 平成31年4月1日\n", "\n保険者番号 110270\n",
            "\n保険者名 和光市\n");
        switch (type) {
            case INSURANCE_CARD, SHORT_TERM_CARD, QUALIFICATION_CERTIFICATE -> {
                assertThat(text).contains("\n有効期限 令和7年7月31日\n", "\n交付年月日 令和6年7月22日\n",
                    "\n発効期日 令和6年8月1日\n", "\n世帯主氏名 和光 太郎\n");
                assertThat(text).doesNotContain("一部負担金の割合");
            }
            case ELDERLY_RECIPIENT_CARD -> {
                assertThat(text).contains("\n有効期限 令和9年7月31日\n", "\n一部負担金の割合 2割\n",
                    "\n発効期日 令和8年8月1日\n");
                assertThat(text).doesNotContain("世帯主氏名");
            }
            case ELIGIBILITY_CONFIRMATION_DOC, ELIGIBILITY_CONFIRMATION_DOC_SPECIAL_CARE_COST ->
                assertThat(text).contains("\n有効期限 令和9年7月31日\n", "\n一部負担金の割合 2割\n",
                    "\n交付年月日 令和8年7月22日\n", "\n世帯主氏名 和光 太郎\n");
            case ELIGIBILITY_INFO_NOTICE -> {
                assertThat(text).contains("\n一部負担金の割合 2割\n", "このお知らせのみでは医療機関等を受診できません。");
                assertThat(text).doesNotContain("有効期限");
            }
        }
        if (type == DocumentType.ELIGIBILITY_CONFIRMATION_DOC_SPECIAL_CARE_COST) {
            assertThat(text).contains("特別療養費の対象です。医療機関等の窓口では費用の全額をお支払いください。");
        }

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            float width = page.getMediaBox().getWidth();
            float height = page.getMediaBox().getHeight();
            if (type == DocumentType.ELIGIBILITY_INFO_NOTICE) {
                assertThat(width).isEqualTo(595.27563f, org.assertj.core.data.Offset.offset(0.01f)); // A4
                assertThat(height).isGreaterThan(width);
            } else {
                assertThat(width).isEqualTo(419.52756f, org.assertj.core.data.Offset.offset(0.01f)); // A6 landscape
                assertThat(height).isLessThan(width);
            }
            COSName fontName = page.getResources().getFontNames().iterator().next();
            PDFont font = page.getResources().getFont(fontName);
            // a subset is named ABCDEF+Font and embedded
            assertThat(font.getName()).matches("[A-Z]{6}\\+IPAexGothic");
            assertThat(font.isEmbedded()).isTrue();
        }
    }

    @Test
    void aReissuedDocumentIsMarked() {
        DocumentContent c = content(DocumentType.ELIGIBILITY_CONFIRMATION_DOC);
        DocumentContent reissued = new DocumentContent(c.type(), DocumentStatus.REISSUED, c.insurerNumber(),
            c.insurerName(), c.cardSymbol(), c.cardNumber(), c.branchNo(), c.name(), c.birthDate(), c.sex(),
            c.headName(), c.acquisitionDate(), c.issueDate(), c.effectiveDate(), c.expiryDate(), null);
        String text = DocumentTestSupport.text(renderer.render(reissued));
        assertThat(text).startsWith("国民健康保険資格確認書 再交付\n").doesNotContain("一部負担金の割合");
    }

    @Test
    void aMissingFontIsAClearError() {
        DocumentRenderer noFont = new DocumentRenderer(JapaneseFont.at(dir.resolve("ipaexg.ttf")));
        assertThatThrownBy(() -> noFont.render(content(DocumentType.ELIGIBILITY_CONFIRMATION_DOC)))
            .isInstanceOf(DocumentFontException.class)
            .hasMessageContaining("ipaexg.ttf is missing: install it (apt-get install fonts-ipaexfont-gothic)");
    }
}
