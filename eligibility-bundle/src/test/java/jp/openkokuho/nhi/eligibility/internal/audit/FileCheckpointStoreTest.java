package jp.openkokuho.nhi.eligibility.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCheckpointStoreTest {
    private static final TenantKey KEY = new TenantKey("112291", "audit-1", AuditTestSupport.countingKey());

    private static Checkpoint cp(long size) {
        return Checkpoint.seal("112291", size, AuditTestSupport.sha256("head" + size),
            Instant.parse("2026-04-01T00:00:00Z").plusSeconds(size), KEY);
    }

    @Test
    void checkpointsAreAppendedAsLinesAndReadBackInOrder(@TempDir Path dir) throws Exception {
        FileCheckpointStore store = new FileCheckpointStore(dir.resolve("checkpoints"));
        assertThat(store.readAll("112291")).isEmpty();
        assertThat(store.last("112291")).isEmpty();
        store.append(cp(10));
        store.append(cp(20));
        store.append(cp(30));
        assertThat(store.readAll("112291")).containsExactly(cp(10), cp(20), cp(30));
        assertThat(store.last("112291")).contains(cp(30));
        assertThat(Files.readAllLines(store.file("112291"))).containsExactly(cp(10).toLine(), cp(20).toLine(),
            cp(30).toLine());
        assertThat(store.file("112291")).isEqualTo(dir.resolve("checkpoints").resolve("112291.log").toAbsolutePath());
    }

    @Test
    void anEditedLineIsReportedWithItsNumber(@TempDir Path dir) throws Exception {
        FileCheckpointStore store = new FileCheckpointStore(dir);
        store.append(cp(10));
        store.append(cp(20));
        Path f = store.file("112291");
        Files.writeString(f, Files.readString(f).replace(" 20 ", " 2x "));
        assertThatThrownBy(() -> store.readAll("112291")).isInstanceOf(InvalidCheckpointException.class)
            .hasMessage("checkpoint 2 of tenant 112291 is not valid: malformed checkpoint field");
        assertThatThrownBy(() -> store.last("112291"))
            .hasMessage("the most recent checkpoint of tenant 112291 is not valid: malformed checkpoint field");
        Files.writeString(f, cp(10).toLine().replace("112291", "131016") + "\n");
        assertThatThrownBy(() -> store.readAll("112291"))
            .hasMessage("checkpoint 1 of tenant 112291 is not valid: it names tenant 131016");
    }

    @Test
    void aLineCutOffByACrashIsIgnoredAndRemovedByTheNextAppend(@TempDir Path dir) throws Exception {
        FileCheckpointStore store = new FileCheckpointStore(dir);
        store.append(cp(10));
        Path f = store.file("112291");
        Files.writeString(f, cp(20).toLine().substring(0, 50), StandardCharsets.US_ASCII, StandardOpenOption.APPEND);
        assertThat(store.readAll("112291")).containsExactly(cp(10));
        assertThat(store.last("112291")).contains(cp(10));
        store.append(cp(30));
        assertThat(store.readAll("112291")).containsExactly(cp(10), cp(30));
        assertThat(Files.readString(f)).isEqualTo(cp(10).toLine() + "\n" + cp(30).toLine() + "\n");
    }
}
