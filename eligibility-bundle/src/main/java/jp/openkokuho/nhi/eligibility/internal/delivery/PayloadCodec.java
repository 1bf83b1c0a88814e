package jp.openkokuho.nhi.eligibility.internal.delivery;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Encodes an outbox payload (a flat map of item names to text values) as {@code java.util.Properties} text with
 * sorted keys. The payload is never a Java object of this bundle, so a destination never needs our classes, and
 * the encoding is deterministic (same items, same text).
 */
public final class PayloadCodec {
    private PayloadCodec() {
    }

    /**
     * @param items item values; {@code null} values are dropped
     * @return the encoded text
     */
    public static String encode(Map<String, String> items) {
        Properties p = new Properties();
        new TreeMap<>(items).forEach((k, v) -> {
            if (v != null) {
                p.setProperty(k, v);
            }
        });
        StringWriter w = new StringWriter();
        try {
            p.store(w, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Properties.store writes a date comment first and keys in hash order: drop the comment, sort the lines
        return w.toString().lines().filter(l -> !l.startsWith("#")).sorted()
            .reduce(new StringBuilder(), (b, l) -> b.append(l).append('\n'), StringBuilder::append).toString();
    }

    /**
     * @param text encoded text
     * @return the items, sorted by name
     */
    public static Map<String, String> decode(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> m = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
        return m;
    }
}
