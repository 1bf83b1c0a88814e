package jp.openkokuho.nhi.api.interchange;

/**
 * Told how far a long import or export has come, so a caller (the shell) can show progress. Called on the thread
 * doing the work, every {@link #INTERVAL} rows of a phase and once when the phase ends; an implementation must return
 * quickly and must not throw.
 */
@FunctionalInterface
public interface InterchangeProgress {
    /** Rows between two calls within a phase. */
    long INTERVAL = 100_000;

    /** A progress callback that ignores everything. */
    InterchangeProgress NONE = (phase, rows) -> { };

    /** The phases of an import (a first streaming validation, then the storing) and of an export. */
    enum Phase {
        /** Reading and checking the file; nothing is stored yet. */
        VALIDATING,
        /** Storing the checked rows in one transaction. */
        STORING,
        /** Writing rows to the export file. */
        EXPORTING
    }

    /**
     * @param phase the phase
     * @param rowsDone rows of the file handled so far in this phase
     */
    void rowsDone(Phase phase, long rowsDone);
}
