package jp.openkokuho.nhi.eligibility.internal.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import jp.openkokuho.nhi.api.person.Person;
import jp.openkokuho.nhi.api.person.PersonService;

/** Font, PDF text and person helpers shared by the document tests. */
public final class DocumentTestSupport {
    private DocumentTestSupport() {
    }

    /**
     * @return the IPAex Gothic font, failing the test with the fix if it is not installed (CI installs it)
     */
    public static JapaneseFont requireFont() {
        Path path = Path.of(JapaneseFont.DEFAULT_PATH);
        assertThat(Files.isRegularFile(path))
            .as("the document tests need the Japanese font %s: run `apt-get install -y fonts-ipaexfont-gothic` "
                + "(.ci/run does this before mvn)", path)
            .isTrue();
        return JapaneseFont.at(path);
    }

    /**
     * @param pdf a PDF
     * @return its text, one line per printed line, whitespace runs (incl. U+3000) collapsed to one space
     */
    public static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String raw = new PDFTextStripper().getText(doc);
            StringBuilder out = new StringBuilder();
            for (String line : raw.split("\\R")) {
                String l = line.replaceAll("[\\s\\u3000]+", " ").strip();
                if (!l.isEmpty()) {
                    out.append(l).append('\n');
                }
            }
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An in-memory {@link PersonService} for one test. */
    public static final class InMemoryPersons implements PersonService {
        private final Map<String, Person> persons = new ConcurrentHashMap<>();

        @Override
        public Person register(String tenantCode, Person person) {
            persons.put(tenantCode + "/" + person.atenaNo(), person);
            return person;
        }

        @Override
        public Optional<Person> find(String tenantCode, String atenaNo) {
            return Optional.ofNullable(persons.get(tenantCode + "/" + atenaNo));
        }
    }
}
