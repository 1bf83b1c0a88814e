package jp.openkokuho.nhi.api.disclosure;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What one production of a disclosure bundle wrote.
 *
 * @param requestReference the request it was produced for
 * @param fileName the bundle's file name ({@code .zip})
 * @param file where it was written; {@code null} when written to a stream
 * @param sha256 hex SHA-256 of the bundle's bytes, also recorded against the request
 * @param bytes the bundle's size
 * @param producedAt when it was produced (also printed in it)
 * @param sections the CSV sections, in bundle order
 * @param provisionRecordsIncluded whether the 情報提供等記録 could be read (the linkage service was running); when
 *        not, the bundle says so explicitly instead of holding that section
 */
public record DisclosureResult(String requestReference, String fileName, Path file, String sha256, long bytes,
        Instant producedAt, List<DisclosureSection> sections, boolean provisionRecordsIncluded) {
    /** Copies the sections. */
    public DisclosureResult {
        sections = List.copyOf(sections);
    }
}
