package jp.openkokuho.nhi.shell.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

import jp.openkokuho.nhi.api.NhiException;

/** Argument conversion with one-line errors that say what was expected. */
final class Args {
    private Args() {
    }

    static LocalDate date(String value, String what) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new NhiException("INPUT", what + " '" + value + "' is not a date (yyyy-MM-dd)");
        }
    }

    /**
     * A point in time given as a date in Japan ({@code 2026-04-01}: its start, 00:00 JST) or an ISO-8601 instant
     * ({@code 2026-04-01T00:30:00Z}).
     */
    static java.time.Instant instant(String value, String what) {
        if (value == null) {
            return null;
        }
        try {
            return value.length() == 10 ? date(value, what).atStartOfDay(java.time.ZoneId.of("Asia/Tokyo")).toInstant()
                : java.time.OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new NhiException("INPUT", what + " '" + value + "' is neither a date (yyyy-MM-dd, JST) nor a time"
                + " with offset (2026-04-01T09:30:00+09:00)");
        }
    }

    /** The 届出日 given by --notified, or today in Japan. */
    static LocalDate notifiedOrToday(String notified) {
        return notified == null ? LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")) : date(notified, "--notified");
    }

    /** The date given by an option, or today in Japan when it is absent. */
    static LocalDate dateOrToday(String value, String what) {
        return value == null ? LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")) : date(value, what);
    }

    static <E extends Enum<E>> E constant(Class<E> type, String value, String what) {
        try {
            return Enum.valueOf(type, value.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NhiException("INPUT", what + " '" + value + "' is not one of "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /** UTF-8 or Windows-31J (the services refuse other charsets with their own message). */
    static java.nio.charset.Charset charset(String name) {
        try {
            return java.nio.charset.Charset.forName(name);
        } catch (java.nio.charset.IllegalCharsetNameException | java.nio.charset.UnsupportedCharsetException e) {
            throw new NhiException("INPUT", "unknown charset '" + name + "'; use UTF-8 or Windows-31J");
        }
    }

    /** A file that must exist. */
    static java.nio.file.Path existingFile(String file) {
        java.nio.file.Path path;
        try {
            path = java.nio.file.Path.of(file);
        } catch (java.nio.file.InvalidPathException e) {
            // e.g. a NUL character in the name: one line, not a stack trace
            throw new NhiException("INPUT", "not a valid file name: " + e.getReason());
        }
        if (!java.nio.file.Files.isRegularFile(path)) {
            throw new NhiException("INPUT", "no file " + path);
        }
        return path;
    }
}
