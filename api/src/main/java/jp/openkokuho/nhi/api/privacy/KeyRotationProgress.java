package jp.openkokuho.nhi.api.privacy;

/** Receives the progress of a key rotation after each batch, on the rotating thread. */
@FunctionalInterface
public interface KeyRotationProgress {
    /** Ignores progress. */
    KeyRotationProgress NONE = (examined, total) -> { };

    /**
     * @param examined rows examined so far in this run
     * @param total rows the tenant held when the run started (rows linked meanwhile may make {@code examined}
     *        exceed it)
     */
    void batchDone(long examined, long total);
}
