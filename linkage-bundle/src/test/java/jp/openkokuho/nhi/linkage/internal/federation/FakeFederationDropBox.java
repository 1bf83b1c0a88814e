package jp.openkokuho.nhi.linkage.internal.federation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Stand-in for the 国保連合会 side of the drop directory: polls {@code send/} and moves each finished file (never a
 * {@code .sending-} temp file) to {@code received/}, as the 国保総合PC's file transfer would collect it.
 */
final class FakeFederationDropBox implements AutoCloseable {
    private final Path send;
    private final Path received;
    private final List<String> collected = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();

    FakeFederationDropBox(Path tenantDir) throws IOException {
        this.send = Files.createDirectories(tenantDir.resolve("send"));
        this.received = Files.createDirectories(tenantDir.resolve("received"));
        poller.scheduleWithFixedDelay(this::collect, 0, 20, TimeUnit.MILLISECONDS);
    }

    private void collect() {
        try (var files = Files.list(send)) {
            for (Path f : files.filter(p -> !p.getFileName().toString().startsWith(".")).toList()) {
                Files.move(f, received.resolve(f.getFileName()));
                collected.add(f.getFileName().toString());
            }
        } catch (IOException e) {
            // the next poll tries again
        }
    }

    /** Waits until {@code count} files were collected, at most {@code timeout}. */
    List<String> awaitCollected(int count, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (collected.size() < count && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        return List.copyOf(collected);
    }

    Path received(String name) {
        return received.resolve(name);
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
