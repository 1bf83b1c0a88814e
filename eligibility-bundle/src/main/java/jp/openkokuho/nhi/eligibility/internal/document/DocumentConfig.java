package jp.openkokuho.nhi.eligibility.internal.document;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration {@value JapaneseFont#PID} of document issuing and printing (file
 * {@code etc/jp.openkokuho.nhi.document.cfg}), read by {@link JapaneseFont} and the document service.
 */
@ObjectClassDefinition(name = "NHI documents",
        description = "Issuing and printing of 資格確認書, 資格情報のお知らせ, 高齢受給者証 and the legacy cards")
public @interface DocumentConfig {
    /** @return the font file */
    @AttributeDefinition(name = "Japanese font file",
            description = "TrueType/OpenType font with Japanese glyphs, embedded as a subset in every PDF")
    String font_path() default JapaneseFont.DEFAULT_PATH;

    /** @return the fixed expiry day of the insurer's cycle, MM-dd */
    @AttributeDefinition(name = "Cycle end (MM-dd)", description = "e.g. 07-31: 資格確認書 expire on 31 July")
    String cycle_end() default "07-31";

    /** @return how many cycles a document covers */
    @AttributeDefinition(name = "Validity (years)", description = "1 to 5 (the law allows at most 5 years)")
    int validity_years() default 1;
}
