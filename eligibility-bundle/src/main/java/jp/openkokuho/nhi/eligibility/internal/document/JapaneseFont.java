package jp.openkokuho.nhi.eligibility.internal.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import jp.openkokuho.nhi.api.document.DocumentFontException;

/**
 * The Japanese font documents are printed with: a TrueType/OpenType file, by default IPAex Gothic from the Debian
 * package {@code fonts-ipaexfont-gothic}. The path is configuration ({@value #PID}, property {@code font.path}); the
 * file is read at each print, so installing the package or changing the path needs no restart.
 *
 * <p>Thread safe (immutable).
 */
@Component(service = JapaneseFont.class, configurationPid = JapaneseFont.PID, immediate = true)
public class JapaneseFont {
    /** Configuration PID shared with the document service. */
    public static final String PID = "jp.openkokuho.nhi.document";
    /** Where Debian's fonts-ipaexfont-gothic installs IPAex Gothic. */
    public static final String DEFAULT_PATH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf";

    private final Path path;

    /** @param config the configuration */
    @Activate
    public JapaneseFont(DocumentConfig config) {
        this(Path.of(config.font_path()));
    }

    /*
     * Private so that the @Activate constructor is the only public one of one parameter: SCR picks a component's
     * constructor by its number of parameters.
     */
    private JapaneseFont(Path path) {
        this.path = path;
    }

    /**
     * @param path the font file
     * @return a font outside the component runtime (tools, tests)
     */
    public static JapaneseFont at(Path path) {
        return new JapaneseFont(path);
    }

    /** @return the configured font file */
    public Path path() {
        return path;
    }

    /** @return what is wrong with the font file, if anything */
    public Optional<String> problem() {
        if (!Files.isRegularFile(path)) {
            return Optional.of("the Japanese font " + path + " is missing: install it (apt-get install "
                + "fonts-ipaexfont-gothic) or set font.path in etc/" + PID + ".cfg");
        }
        if (!Files.isReadable(path)) {
            return Optional.of("the Japanese font " + path + " is not readable by the platform");
        }
        return Optional.empty();
    }

    /** @throws DocumentFontException if {@link #problem()} finds something */
    public void requireAvailable() {
        Optional<String> p = problem();
        if (p.isPresent()) {
            throw new DocumentFontException(p.get());
        }
    }

    /**
     * @param document the PDF being built
     * @return the font, to be embedded as a subset of the glyphs used
     * @throws DocumentFontException if the file is missing or not a usable font
     */
    public PDType0Font load(PDDocument document) {
        requireAvailable();
        try {
            return PDType0Font.load(document, path.toFile());
        } catch (IOException | RuntimeException e) {
            throw new DocumentFontException("the Japanese font " + path + " cannot be loaded: " + e.getMessage(), e);
        }
    }
}
