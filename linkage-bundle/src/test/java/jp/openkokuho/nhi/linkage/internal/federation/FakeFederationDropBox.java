package jp.openkokuho.nhi.linkage.internal.federation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Stand-in for the 国保連合会 side of the drop directory: polls {@code send/} and moves each finished file (never a
 * {@code .sending-} temp file) to {@code received/}, as the 国保総合PC's file transfer would collect it.
 */
final class FakeFederationDropBox implements AutoCloseable {
    private final Path send;
    private final Path received;
    private final List<String> collected = new CopyOnWriteArrayList<>();
    /** One permit per collected file, so that a waiting test wakes when a file arrives, not on a timer. */
    private final Semaphore arrivals = new Semaphore(0);
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
                arrivals.release();
            }
        } catch (IOException e) {
            // the next poll tries again
        }
    }

    /** Waits until {@code count} files were collected, at most {@code timeout}. */
    List<String> awaitCollected(int count, Duration timeout) throws InterruptedException {
        if (arrivals.tryAcquire(count, timeout.toNanos(), TimeUnit.NANOSECONDS)) {
            arrivals.release(count); // a later wait for a larger count counts these files again
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
