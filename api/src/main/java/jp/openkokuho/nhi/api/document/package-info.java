/**
 * Documents (証類) an NHI insurer issues to insured persons — the legacy 被保険者証 family before 2024-12-02, and the
 * 資格確認書 / 資格情報のお知らせ after — with their issuance, reissue (再交付) and return (返還) recorded, and each
 * document printable as a PDF in Japanese. Which document may be issued on a day and how long it stays valid is
 * domain rule R16. Every call names its tenant (a 全国地方公共団体コード).
 */
@Export
@Version("1.0.0")
package jp.openkokuho.nhi.api.document;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
