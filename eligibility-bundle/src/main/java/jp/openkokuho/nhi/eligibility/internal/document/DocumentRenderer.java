package jp.openkokuho.nhi.eligibility.internal.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import jp.openkokuho.nhi.api.document.DocumentFontException;
import jp.openkokuho.nhi.api.document.DocumentStatus;
import jp.openkokuho.nhi.api.document.DocumentType;

/**
 * Prints a {@link DocumentContent} as a one-page PDF with Apache PDFBox: card-sized (A6 landscape, framed) for the
 * cards and 資格確認書, A4 portrait for 資格情報のお知らせ. All text is drawn with the configured Japanese font,
 * embedded as a subset, so the PDF prints and its text can be extracted anywhere.
 *
 * <p>Thread safe: each call builds its own document.
 */
public final class DocumentRenderer {
    private static final float MM = 72f / 25.4f;
    private static final PDRectangle A6_LANDSCAPE = new PDRectangle(PDRectangle.A6.getHeight(),
        PDRectangle.A6.getWidth());

    private final JapaneseFont font;

    /** @param font the Japanese font */
    public DocumentRenderer(JapaneseFont font) {
        this.font = font;
    }

    /**
     * @param content what to print
     * @return the PDF
     * @throws DocumentFontException if the font is missing or lacks a character of the content
     */
    public byte[] render(DocumentContent content) {
        boolean a4 = content.type() == DocumentType.ELIGIBILITY_INFO_NOTICE;
        Layout l = a4 ? new Layout(PDRectangle.A4, 20 * MM, 18f, 11f, 24f, 9f)
            : new Layout(A6_LANDSCAPE, 7 * MM, 12f, 8.5f, 14.5f, 6.5f);
        try (PDDocument doc = new PDDocument()) {
            PDType0Font f = font.load(doc);
            PDPage page = new PDPage(l.size);
            doc.addPage(page);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(content.type().title());
            info.setCreator("NHI platform");
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                draw(cs, f, content, l, !a4);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IllegalArgumentException e) {
            // PDFBox refuses text with a glyph the font does not have (e.g. a 外字 in a name)
            throw new DocumentFontException("the Japanese font " + font.path()
                + " cannot print a character of this document (外字?): " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("the document could not be written", e);
        }
    }

    private record Layout(PDRectangle size, float margin, float titleSize, float textSize, float leading,
            float noteSize) {
    }

    private static void draw(PDPageContentStream cs, PDType0Font f, DocumentContent c, Layout l, boolean frame)
            throws IOException {
        float width = l.size.getWidth();
        float top = l.size.getHeight() - l.margin;
        if (frame) {
            cs.setLineWidth(0.8f);
            cs.addRect(l.margin / 2, l.margin / 2, width - l.margin, l.size.getHeight() - l.margin);
            cs.stroke();
        }
        String title = c.type().title();
        float titleWidth = f.getStringWidth(title) / 1000 * l.titleSize;
        float y = top - l.titleSize;
        text(cs, f, l.titleSize, (width - titleWidth) / 2, y, title);
        if (c.status() == DocumentStatus.REISSUED) {
            String mark = "再交付";
            text(cs, f, l.textSize, width - l.margin - f.getStringWidth(mark) / 1000 * l.textSize, y, mark);
        }
        y -= l.leading * 1.6f;
        float valueX = l.margin + l.textSize * 10;
        for (DocumentContent.Item item : c.items()) {
            text(cs, f, l.textSize, l.margin, y, item.label());
            text(cs, f, l.textSize, valueX, y, item.value());
            y -= l.leading;
        }
        y -= l.leading * 0.4f;
        List<String> notes = c.notes();
        for (String note : notes) {
            text(cs, f, l.noteSize, l.margin, y, note);
            y -= l.noteSize * 1.5f;
        }
    }

    /**
     * Draws one line of text.
     *
     * @param cs the page's content stream
     * @param f the font
     * @param size font size
     * @param x left edge
     * @param y baseline
     * @param s the text (no line breaks)
     * @throws IOException if the stream cannot be written
     */
    public static void text(PDPageContentStream cs, PDType0Font f, float size, float x, float y, String s)
            throws IOException {
        cs.beginText();
        cs.setFont(f, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }
}
