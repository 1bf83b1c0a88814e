package jp.openkokuho.nhi.eligibility.internal.interchange;

import java.util.Objects;

/**
 * Options of an {@link InterchangeReader}.
 *
 * @param maxErrors the most errors a report lists; further errors are only counted
 *        ({@link ImportReport#suppressedErrorCount()})
 * @param gaijiMapping the tenant's 外字 mapping applied to free-text items
 */
public record ReaderOptions(int maxErrors, GaijiMapping gaijiMapping) {
    /** The default error cap. */
    public static final int DEFAULT_MAX_ERRORS = 1_000;

    /**
     * Checks the arguments.
     *
     * @throws IllegalArgumentException if {@code maxErrors} is not positive
     * @throws NullPointerException if {@code gaijiMapping} is {@code null}
     */
    public ReaderOptions {
        if (maxErrors < 1) {
            throw new IllegalArgumentException("maxErrors must be positive: " + maxErrors);
        }
        Objects.requireNonNull(gaijiMapping, "gaijiMapping");
    }

    /** @return {@link #DEFAULT_MAX_ERRORS} and no 外字 mapping */
    public static ReaderOptions defaults() {
        return new ReaderOptions(DEFAULT_MAX_ERRORS, GaijiMapping.none());
    }

    /**
     * @param max the new error cap
     * @return these options with another error cap
     */
    public ReaderOptions withMaxErrors(int max) {
        return new ReaderOptions(max, gaijiMapping);
    }

    /**
     * @param mapping the new 外字 mapping
     * @return these options with another 外字 mapping
     */
    public ReaderOptions withGaijiMapping(GaijiMapping mapping) {
        return new ReaderOptions(maxErrors, mapping);
    }
}
