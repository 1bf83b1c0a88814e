package jp.openkokuho.nhi.eligibility.internal.audit;

import java.util.List;
import java.util.Optional;

/**
 * Where checkpoints are published: a place outside the tenant database that the application only appends to and
 * cannot rewrite (an append-only file, a WORM store, a remote log). The store keeps records in the order they were
 * appended; it does not check seals (that needs the keys, see {@link AuditVerifier}).
 *
 * <p>Implementations are thread safe.
 */
public interface CheckpointStore {

    /**
     * Appends one checkpoint durably: when this returns, the record survives a crash of the process and the machine.
     *
     * @param checkpoint a sealed checkpoint
     * @throws java.io.UncheckedIOException if it could not be written durably
     */
    void append(Checkpoint checkpoint);

    /**
     * @param tenant the tenant code
     * @return every checkpoint of the tenant, oldest first; empty if none was ever written
     * @throws InvalidCheckpointException naming the first record that cannot be read
     * @throws java.io.UncheckedIOException if the store cannot be read
     */
    List<Checkpoint> readAll(String tenant);

    /**
     * @param tenant the tenant code
     * @return the most recent checkpoint of the tenant
     * @throws InvalidCheckpointException if the most recent record cannot be read
     * @throws java.io.UncheckedIOException if the store cannot be read
     */
    Optional<Checkpoint> last(String tenant);
}
