package jp.openkokuho.nhi.eligibility.internal.disclosure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import jp.openkokuho.nhi.eligibility.internal.interchange.FormulaGuard;

/**
 * The disclosure as a ZIP: the PDF, a table of contents and one CSV per section. CSV files are UTF-8 with a byte
 * order mark (so that spreadsheet software in Japan opens them as UTF-8), CRLF line ends, a Japanese header row, and
 * every cell that a spreadsheet would take for a formula prefixed with an apostrophe, as the interchange export does.
 * Every entry carries the production time, so the bundle's content depends only on the content given.
 */
final class DisclosureBundle {
    static final String PDF = "00_disclosure.pdf";
    static final String CONTENTS = "00_contents.csv";
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").build();

    private DisclosureBundle() {
    }

    /**
     * @param content the sections
     * @param pdf the printed disclosure
     * @param entryTime the local time stamped on every entry
     * @return the ZIP's bytes
     */
    static byte[] zip(DisclosureContent content, byte[] pdf, LocalDateTime entryTime) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            entry(zip, PDF, pdf, entryTime);
            entry(zip, CONTENTS, csv(List.of("ファイル", "内容", "件数", "備考"), contents(content)), entryTime);
            for (Section s : content.sections()) {
                entry(zip, s.fileName(), csv(s.headers(), s.rows()), entryTime);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the disclosure bundle could not be written", e);
        }
        return bytes.toByteArray();
    }

    private static List<List<String>> contents(DisclosureContent c) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(PDF, DisclosurePdf.TITLE, "", "受付番号 " + c.requestReference()));
        for (Section s : c.sections()) {
            rows.add(List.of(s.fileName(), s.title(), String.valueOf(s.rows().size()), s.note()));
        }
        return rows;
    }

    /**
     * @param headers the header row
     * @param rows the data rows
     * @return the CSV file's bytes
     */
    static byte[] csv(List<String> headers, List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter p = new CSVPrinter(w, CSV)) {
            w.write('\uFEFF');
            p.printRecord(headers.stream().map(FormulaGuard::protect).toList());
            for (List<String> r : rows) {
                p.printRecord(r.stream().map(FormulaGuard::protect).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] data, LocalDateTime time) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(time);
        zip.putNextEntry(e);
        zip.write(data);
        zip.closeEntry();
    }
}
