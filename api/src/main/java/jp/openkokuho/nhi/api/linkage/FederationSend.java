package jp.openkokuho.nhi.api.linkage;

import java.time.Instant;

/**
 * One file sent to the 国保連合会.
 *
 * @param sendId identifier within the tenant
 * @param fileKind {@code PERSON} (資格情報(個人)ファイル), {@code HOUSEHOLD} (資格情報(世帯)ファイル) or {@code MASTER}
 *        (被保険者マスタ)
 * @param fileName the file's name in the drop directory
 * @param periodFrom changes recorded after this instant; {@code null} for the first send or a master file
 * @param periodTo changes recorded up to and including this instant (the cut-off of a master file)
 * @param recordCount data rows
 * @param sha256 hex SHA-256 of the file
 * @param sentAt when it was written
 */
public record FederationSend(long sendId, String fileKind, String fileName, Instant periodFrom, Instant periodTo,
        int recordCount, String sha256, Instant sentAt) {
}
