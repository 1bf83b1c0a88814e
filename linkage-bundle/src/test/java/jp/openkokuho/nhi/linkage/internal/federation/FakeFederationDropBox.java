package jp.openkokuho.nhi.linkage.internal.federation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Stand-in for the 国保連合会 side of the drop directory: polls {@code send/} and moves each finished file (never a
 * {@code .sending-} temp file) to {@code received/}, as the 国保総合PC's file transfer would collect it. When
 * {@link #answer answering}, it then writes a 受付結果 file {@code receive/KEKKA_<name>} (layout version 1) with one
 * row per data row: accepted, unless the row's second column (宛名番号, or 国保世帯番号 in the 世帯 file) has an error
 * assigned. The answer is written under a dot name and renamed, as a real transfer would.
 */
final class FakeFederationDropBox implements AutoCloseable {
    private final Path send;
    private final Path received;
    private final List<String> collected = new CopyOnWriteArrayList<>();
    /** One permit per collected file, so that a waiting test wakes when a file arrives, not on a timer. */
    private final Semaphore arrivals = new Semaphore(0);
    private final Path receive;
    private final Semaphore answers = new Semaphore(0);
    private final Map<String, String[]> errors = new ConcurrentHashMap<>();
    private volatile boolean answering;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();

    FakeFederationDropBox(Path tenantDir) throws IOException {
        this.send = Files.createDirectories(tenantDir.resolve("send"));
        this.received = Files.createDirectories(tenantDir.resolve("received"));
        this.receive = Files.createDirectories(tenantDir.resolve("receive"));
        poller.scheduleWithFixedDelay(this::collect, 0, 20, TimeUnit.MILLISECONDS);
    }

    private void collect() {
        try (var files = Files.list(send)) {
            for (Path f : files.filter(p -> !p.getFileName().toString().startsWith(".")).toList()) {
                Files.move(f, received.resolve(f.getFileName()));
                collected.add(f.getFileName().toString());
                arrivals.release();
                if (answering) {
                    writeAnswer(received.resolve(f.getFileName()));
                    answers.release();
                }
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

    /**
     * From now on, answers every collected file.
     *
     * @param key 宛名番号 (or 国保世帯番号) whose rows the federation rejects
     * @param code エラーコード
     * @param reason エラー内容
     * @return this
     */
    FakeFederationDropBox answer(String key, String code, String reason) {
        if (key != null) {
            errors.put(key, new String[] {code, reason});
        }
        answering = true;
        return this;
    }

    /** Waits until {@code count} answers were written, at most {@code timeout}; {@code true} if they were. */
    boolean awaitAnswers(int count, Duration timeout) throws InterruptedException {
        return answers.tryAcquire(count, timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void writeAnswer(Path sent) throws IOException {
        byte[] content = Files.readAllBytes(sent);
        String name = sent.getFileName().toString();
        String sha = HexFormat.of().formatHex(sha256(content));
        StringBuilder out = new StringBuilder("送付ファイル名,送付ファイルSHA-256,行番号,識別番号,結果区分,エラーコード,エラー内容\n");
        List<String> lines = new String(content, StandardCharsets.UTF_8).lines().toList();
        for (int i = 1; i < lines.size(); i++) {
            String key = lines.get(i).split(",", -1)[1];
            String[] error = errors.get(key);
            out.append(name).append(',').append(sha).append(',').append(i + 1).append(',').append(key)
                .append(error == null ? ",0,," : ",1," + error[0] + "," + error[1]).append('\n');
        }
        Path tmp = receive.resolve(".writing-" + name);
        Files.writeString(tmp, out);
        Files.move(tmp, receive.resolve("KEKKA_" + name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Path received(String name) {
        return received.resolve(name);
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
