package jp.openkokuho.nhi.eligibility.internal.disclosure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import jp.openkokuho.nhi.api.document.DocumentFontException;
import jp.openkokuho.nhi.eligibility.internal.document.DocumentRenderer;
import jp.openkokuho.nhi.eligibility.internal.document.JapaneseFont;

/**
 * Prints a {@link DisclosureContent} as an A4 PDF for the resident (個人情報開示書): the request and the person at the
 * top, then each section with its rows, one record per paragraph as {@code 項目：値} pairs, wrapped to the page;
 * page numbers at the foot. The Japanese font is embedded as a subset, so the text can be extracted anywhere.
 */
final class DisclosurePdf {
    static final String TITLE = "保有個人情報の開示について（個人情報開示書）";
    private static final float MM = 72f / 25.4f;
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 18 * MM;
    private static final float TITLE_SIZE = 14f;
    private static final float HEADING_SIZE = 11f;
    private static final float TEXT_SIZE = 8.5f;
    private static final float LEADING = TEXT_SIZE * 1.5f;

    private final JapaneseFont font;

    DisclosurePdf(JapaneseFont font) {
        this.font = font;
    }

    /**
     * @param c what to print
     * @return the PDF
     * @throws DocumentFontException if the font is missing or lacks a character of the content
     */
    byte[] render(DisclosureContent c) {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font f = font.load(doc);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(TITLE);
            info.setCreator("NHI platform");
            try (Writer w = new Writer(doc, f)) {
                w.line(TITLE_SIZE, TITLE);
                w.gap(0.6f);
                w.wrapped(TEXT_SIZE, c.municipality() + "が保有するあなたの個人情報を、開示請求（受付番号 "
                    + c.requestReference() + "、受付日 " + c.receivedOn() + "、請求者 " + c.relation()
                    + "）に基づき開示します。各項目の詳細は、同封のCSVファイルにも同じ内容で収録しています。");
                w.gap(0.4f);
                w.line(TEXT_SIZE, "作成日時：" + DisclosureReader.time(LocalDateTime.ofInstant(c.producedAt(),
                    ZoneOffset.UTC)));
                w.line(TEXT_SIZE, "宛名番号：" + c.atenaNo());
                w.line(TEXT_SIZE, "氏名：" + c.name());
                w.line(TEXT_SIZE, "生年月日：" + c.birthDate());
                w.line(TEXT_SIZE, "個人番号：" + c.myNumber());
                int n = 1;
                for (Section s : c.sections()) {
                    w.gap(0.8f);
                    w.line(HEADING_SIZE, n++ + ". " + s.title() + "（" + s.fileName() + "、" + s.rows().size() + "件）");
                    if (!s.note().isEmpty()) {
                        w.wrapped(TEXT_SIZE, s.note());
                    }
                    if (s.rows().isEmpty()) {
                        w.line(TEXT_SIZE, "該当する記録はありません。");
                    }
                    for (List<String> row : s.rows()) {
                        StringBuilder text = new StringBuilder("・");
                        for (int i = 0; i < row.size(); i++) {
                            if (!row.get(i).isEmpty()) {
                                text.append(text.length() > 1 ? "　" : "").append(s.headers().get(i)).append('：')
                                    .append(row.get(i));
                            }
                        }
                        w.wrapped(TEXT_SIZE, text.toString());
                    }
                }
            }
            int pages = doc.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                try (PDPageContentStream cs = new PDPageContentStream(doc, doc.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    String foot = (i + 1) + " / " + pages;
                    DocumentRenderer.text(cs, f, TEXT_SIZE, (PAGE.getWidth() - f.getStringWidth(foot) / 1000 * TEXT_SIZE) / 2,
                        MARGIN / 2, foot);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IllegalArgumentException e) {
            // PDFBox refuses text with a glyph the font does not have (e.g. a 外字 in a name)
            throw new DocumentFontException("the Japanese font " + font.path()
                + " cannot print a character of this disclosure (外字?): " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("the disclosure could not be written", e);
        }
    }

    /** Writes lines top to bottom, starting a new page when one is full. */
    private static final class Writer implements AutoCloseable {
        private final PDDocument doc;
        private final PDType0Font f;
        private PDPageContentStream cs;
        private float y;

        Writer(PDDocument doc, PDType0Font f) throws IOException {
            this.doc = doc;
            this.f = f;
            newPage();
        }

        private void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(PAGE);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            y = PAGE.getHeight() - MARGIN;
        }

        void gap(float lines) {
            y -= LEADING * lines;
        }

        void line(float size, String s) throws IOException {
            if (y - size * 1.5f < MARGIN) {
                newPage();
            }
            y -= size * 1.5f;
            DocumentRenderer.text(cs, f, size, MARGIN, y, s);
        }

        void wrapped(float size, String s) throws IOException {
            float width = PAGE.getWidth() - 2 * MARGIN;
            for (String part : wrap(s.replaceAll("[\\r\\n\\t]+", " "), size, width)) {
                line(size, part);
            }
        }

        /** Breaks between code points so that each line fits the width; continuation lines are indented. */
        private List<String> wrap(String s, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                if (current.length() > 0 && f.getStringWidth(current + ch) / 1000 * size > width) {
                    lines.add(current.toString());
                    current.setLength(0);
                    current.append("　");
                }
                current.append(ch);
                i += Character.charCount(cp);
            }
            lines.add(current.toString());
            return lines;
        }

        @Override
        public void close() throws IOException {
            cs.close();
        }
    }
}
