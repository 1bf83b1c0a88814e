package jp.openkokuho.nhi.linkage.internal.federation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jp.openkokuho.nhi.api.linkage.FederationResponse;
import jp.openkokuho.nhi.api.linkage.FederationSend;
import jp.openkokuho.nhi.api.linkage.LinkageException;
import jp.openkokuho.nhi.api.privacy.Masking;
import jp.openkokuho.nhi.linkage.internal.Hashes;
import jp.openkokuho.nhi.linkage.internal.StrictCsv;
import jp.openkokuho.nhi.linkage.internal.store.LinkageStore;

/**
 * 受付結果ファイル, our layout version 1 (docs/federation-files.md): the federation's answer to one of our sends, one
 * row per data row of the sent file (or line 0 for the whole file). Files are taken from {@code receive/} of the
 * tenant's drop directory in name order (never a dot file: the federation's transfer writes under a temporary name
 * and renames), recorded, and moved to {@code receive/collected/}.
 */
final class ResponseFiles {
    /** Header, version 1. */
    static final List<String> HEADER = List.of("送付ファイル名", "送付ファイルSHA-256", "行番号", "識別番号", "結果区分",
        "エラーコード", "エラー内容");

    private ResponseFiles() {
    }

    /** What one response file says, before it is stored. */
    private record Parsed(Long sendId, String status, int accepted, List<String> rejected) {
    }

    /**
     * Collects and records every response file waiting in {@code receive/}.
     *
     * @param dir the tenant's drop directory
     * @param sends the tenant's sends
     * @param store the tenant's linkage store
     * @param now collection time
     * @return the responses recorded, in file-name order
     */
    static List<FederationResponse> collect(Path dir, List<FederationSend> sends, LinkageStore store, Instant now) {
        Path receive = dir.resolve("receive");
        if (!Files.isDirectory(receive)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(receive)) {
            files = list.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the federation receive directory " + receive, e);
        }
        List<FederationResponse> out = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            byte[] content;
            try {
                content = Files.readAllBytes(f);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name + " from the federation receive directory", e);
            }
            Parsed p;
            try {
                p = parse(name, content, sends);
            } catch (LinkageException e) {
                p = new Parsed(null, "REFUSED", 0, List.of(e.getMessage()));
            }
            out.add(store(store, name, Hashes.sha256(content), p, now));
            try {
                Path done = Files.createDirectories(receive.resolve("collected"));
                Files.move(f, done.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                // recorded but still in receive/: the next collection would record it again, so stop loudly
                throw new UncheckedIOException("recorded " + name + " but could not move it to receive/collected", e);
            }
        }
        return out;
    }

    private static Parsed parse(String name, byte[] content, List<FederationSend> sends) {
        List<StrictCsv.Row> rows = StrictCsv.read(name, content, HEADER);
        if (rows.isEmpty()) {
            throw new LinkageException("FILE", name + ": no result rows");
        }
        StrictCsv.Row first = rows.get(0);
        FederationSend send = sends.stream().filter(s -> s.fileName().equals(first.get(0))).findFirst()
            .orElseThrow(() -> first.bad(HEADER.get(0), first.get(0) + " is no send of this municipality"));
        Set<Integer> lines = new HashSet<>();
        Map<Integer, String> errors = new LinkedHashMap<>();
        int accepted = 0;
        boolean wholeFileRejected = false;
        for (StrictCsv.Row r : rows) {
            if (!r.get(0).equals(send.fileName())) {
                throw r.bad(HEADER.get(0), "must name the same send as line " + first.line() + " (" + send.fileName()
                    + ")");
            }
            if (!r.get(1).equals(send.sha256())) {
                throw r.bad(HEADER.get(1), "is not the SHA-256 of " + send.fileName() + " as sent");
            }
            int line = Integer.parseInt(r.digits(2, HEADER.get(2), 9));
            if (line != 0 && (line < 2 || line > send.recordCount() + 1)) {
                throw r.bad(HEADER.get(2), "must be 0 (the whole file) or a data line 2–" + (send.recordCount() + 1)
                    + " of " + send.fileName());
            }
            if (!lines.add(line)) {
                throw r.bad(HEADER.get(2), line + " is answered twice");
            }
            switch (r.get(4)) {
                case "0" -> {
                    if (!r.get(5).isEmpty() || !r.get(6).isEmpty()) {
                        throw r.bad(HEADER.get(5), "must be empty for 結果区分 0 (受付)");
                    }
                    if (line == 0) {
                        accepted = send.recordCount();
                    } else {
                        accepted++;
                    }
                }
                case "1" -> {
                    if (r.get(5).isBlank() || r.get(6).isBlank()) {
                        throw r.bad(HEADER.get(5), "and エラー内容 are required for 結果区分 1 (エラー)");
                    }
                    String key = r.get(3).isEmpty() ? "" : " 識別番号 " + Masking.atenaNumber(r.get(3));
                    errors.put(line, (line == 0 ? "whole file" : "line " + line) + key + ": " + r.get(5) + " "
                        + r.get(6));
                    wholeFileRejected |= line == 0;
                }
                default -> throw r.bad(HEADER.get(4), "must be 0 (受付) or 1 (エラー)");
            }
        }
        if (lines.contains(0) && lines.size() > 1) {
            throw first.bad(HEADER.get(2), "0 (the whole file) cannot be combined with row results");
        }
        List<String> rejected = List.copyOf(errors.values());
        String status = rejected.isEmpty() ? "ACCEPTED" : wholeFileRejected || accepted == 0 ? "REJECTED" : "PARTIAL";
        return new Parsed(send.sendId(), status, wholeFileRejected ? 0 : accepted, rejected);
    }

    private static FederationResponse store(LinkageStore store, String name, String sha, Parsed p, Instant now) {
        return store.inTransaction(c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO federation_response (send_id, response_file, "
                    + "sha256, status, accepted_rows, received_at) VALUES (?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                if (p.sendId() == null) {
                    ps.setNull(1, java.sql.Types.BIGINT);
                } else {
                    ps.setLong(1, p.sendId());
                }
                ps.setString(2, name);
                ps.setString(3, sha);
                ps.setString(4, p.status());
                ps.setInt(5, p.accepted());
                ps.setTimestamp(6, Timestamp.from(now));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO federation_response_row (response_id, seq, "
                    + "message) VALUES (?,?,?)")) {
                for (int i = 0; i < p.rejected().size(); i++) {
                    ps.setLong(1, id);
                    ps.setInt(2, i + 1);
                    ps.setString(3, p.rejected().get(i));
                    ps.executeUpdate();
                }
            }
            return new FederationResponse(id, p.sendId(), name, sha, p.status(), p.accepted(), p.rejected(), now);
        });
    }

    /**
     * @param store the tenant's linkage store
     * @return every recorded response, oldest first
     */
    static List<FederationResponse> list(LinkageStore store) {
        return store.inTransaction(c -> {
            Map<Long, List<String>> rows = new LinkedHashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT response_id, message FROM federation_response_row ORDER BY response_id, seq")) {
                while (rs.next()) {
                    rows.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            return responses(c, rows);
        });
    }

    private static List<FederationResponse> responses(Connection c, Map<Long, List<String>> rows) throws SQLException {
        List<FederationResponse> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT response_id, send_id, "
                + "response_file, sha256, status, accepted_rows, received_at FROM federation_response ORDER BY response_id")) {
            while (rs.next()) {
                long sendId = rs.getLong(2);
                Long send = rs.wasNull() ? null : sendId;
                out.add(new FederationResponse(rs.getLong(1), send, rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getInt(6), rows.getOrDefault(rs.getLong(1), List.of()), rs.getTimestamp(7).toInstant()));
            }
        }
        return out;
    }
}
