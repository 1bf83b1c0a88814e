package jp.openkokuho.nhi.shell.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import jp.openkokuho.nhi.api.NhiException;
import jp.openkokuho.nhi.api.document.DocumentService;
import jp.openkokuho.nhi.api.document.IssuedDocument;

/** How the document commands print a document and write its PDF. */
final class Documents {
    private Documents() {
    }

    /** One line per document: id, type, status, dates, numbers and rate; no name, no birth date. */
    static String line(IssuedDocument d) {
        return "証番号 " + d.documentId() + " " + d.type().label() + " [" + d.status().label() + " "
            + d.statusDate() + "] 宛名番号 " + d.atenaNo() + ", 記号・番号・枝番 " + d.cardSymbol() + "・"
            + d.cardNumber() + "・" + d.branchNo() + ", 交付 " + d.issueDate() + ", 発効 " + d.effectiveDate()
            + ", 有効期限 " + (d.expiryDate() == null ? "なし" : d.expiryDate() + " (" + d.expiryReason() + ")")
            + (d.copayRatePercent() == null ? "" : ", 一部負担金の割合 " + d.copayRatePercent() / 10 + "割")
            + (d.reason().isEmpty() ? "" : ", 理由 " + d.reason());
    }

    /** Prints the document to {@code file} if one was given, and says so on {@code out}. */
    static void printIfAsked(PrintStream out, DocumentService documents,
            String tenant, String documentId, String file) {
        if (file != null) {
            write(Path.of(file), documents.render(tenant, documentId));
            out.println("PDF written to " + file);
        }
    }

    /** Writes a PDF, replacing the file; an unwritable path is a one-line error. */
    static void write(Path file, byte[] pdf) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, pdf);
        } catch (IOException e) {
            throw new NhiException("INPUT", "cannot write " + file + ": " + e.getMessage());
        }
    }
}
