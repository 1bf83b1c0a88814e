package jp.openkokuho.nhi.transfer.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDropChannelTest {
    private static final String T = "112291";
    private static final byte[] BODY = "a,b\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void aRedeliveryWritesNothingAgainEvenAfterTheDestinationTookTheFile(@TempDir Path root) throws Exception {
        FileDropChannel ch = new FileDropChannel(root);
        assertThat(ch.deliver(T, "e1", "f1.csv", BODY)).isEqualTo(FileDropChannel.Outcome.WRITTEN);
        Path out = root.resolve(T).resolve("outbound").resolve("f1.csv");
        assertThat(out).hasBinaryContent(BODY);
        Files.delete(out); // the destination system consumed it

        assertThat(ch.deliver(T, "e1", "f1.csv", BODY)).isEqualTo(FileDropChannel.Outcome.ALREADY_APPLIED);
        assertThat(new FileDropChannel(root).deliver(T, "e1", "f1.csv", BODY))
            .isEqualTo(FileDropChannel.Outcome.ALREADY_APPLIED);
        assertThat(out).doesNotExist();
        assertThat(ch.appliedEvents(T)).containsExactly("e1");
    }

    @Test
    void aCrashAfterStagingFinishesTheRenameOnRedelivery(@TempDir Path root) throws Exception {
        // state left by a crash between "S" and the rename: staged file present, journal says S only
        Path staging = Files.createDirectories(root.resolve(T).resolve(".staging"));
        Files.write(staging.resolve("e2.tmp"), BODY);
        Files.writeString(root.resolve(T).resolve("inbox.journal"), "S e2\n");

        assertThat(new FileDropChannel(root).deliver(T, "e2", "f2.csv", "other".getBytes(StandardCharsets.UTF_8)))
            .isEqualTo(FileDropChannel.Outcome.WRITTEN);
        assertThat(root.resolve(T).resolve("outbound").resolve("f2.csv")).hasBinaryContent(BODY);
        assertThat(staging.resolve("e2.tmp")).doesNotExist();
        assertThat(Files.readString(root.resolve(T).resolve("inbox.journal"))).isEqualTo("S e2\nA e2\n");
    }

    @Test
    void aCrashAfterTheRenameDoesNotWriteTheFileTwice(@TempDir Path root) throws Exception {
        // state left by a crash after the rename and before "A"; the destination already took the file
        Files.createDirectories(root.resolve(T).resolve(".staging"));
        Files.writeString(root.resolve(T).resolve("inbox.journal"), "S e3\n");

        assertThat(new FileDropChannel(root).deliver(T, "e3", "f3.csv", BODY))
            .isEqualTo(FileDropChannel.Outcome.WRITTEN);
        assertThat(root.resolve(T).resolve("outbound").resolve("f3.csv")).doesNotExist();
        assertThat(new FileDropChannel(root).appliedEvents(T)).containsExactly("e3");
    }

    @Test
    void aLineCutByACrashIsIgnored(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve(T));
        Files.writeString(root.resolve(T).resolve("inbox.journal"), "S e4\nA e4\nA e5");
        assertThat(new FileDropChannel(root).appliedEvents(T)).containsExactly("e4");
    }

    @Test
    void namesThatCouldLeaveTheDirectoryAreRefused(@TempDir Path root) {
        FileDropChannel ch = new FileDropChannel(root);
        assertThatThrownBy(() -> ch.deliver(T, "e", "../x.csv", BODY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ch.deliver("../../", "e", "x.csv", BODY)).isInstanceOf(IllegalArgumentException.class);
    }
}
