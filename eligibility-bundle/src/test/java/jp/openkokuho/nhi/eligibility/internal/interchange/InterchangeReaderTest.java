package jp.openkokuho.nhi.eligibility.internal.interchange;

import static jp.openkokuho.nhi.eligibility.internal.interchange.InterchangeCharsets.UTF_8;
import static jp.openkokuho.nhi.eligibility.internal.interchange.InterchangeCharsets.WINDOWS_31J;
import static jp.openkokuho.nhi.eligibility.internal.interchange.Samples.MC_HEADER;
import static jp.openkokuho.nhi.eligibility.internal.interchange.Samples.RS_HEADER;
import static jp.openkokuho.nhi.eligibility.internal.interchange.Samples.concat;
import static jp.openkokuho.nhi.eligibility.internal.interchange.Samples.d;
import static jp.openkokuho.nhi.eligibility.internal.interchange.Samples.file;
import static jp.openkokuho.nhi.eligibility.internal.interchange.Samples.read;
import static jp.openkokuho.nhi.eligibility.internal.interchange.Samples.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.openkokuho.nhi.api.eligibility.AcquisitionReason;
import jp.openkokuho.nhi.api.eligibility.LossReason;
import jp.openkokuho.nhi.eligibility.internal.interchange.Samples.Result;

class InterchangeReaderTest {

    /** One 資格異動 data row with every cell empty but the required ones, and one cell replaced. */
    private static String qcRow(String item, String cell) {
        String[] cells = new String[48];
        Arrays.fill(cells, "");
        cells[2] = "000000000123";
        cells[3] = "1";
        cells[45] = "0";
        cells[InterchangeKind.QUALIFICATION_CHANGE.header().indexOf(item)] = cell;
        return String.join(",", cells);
    }

    /** One 国保資格取得喪失年月日連携 data row with the required cells filled, and one cell replaced. */
    private static String pqRow(String item, String cell) {
        String[] cells = new String[26];
        Arrays.fill(cells, "");
        cells[1] = "000000000123";
        cells[23] = "1";
        cells[InterchangeKind.PREF_QUALIFICATION_DATES.header().indexOf(item)] = cell;
        return String.join(",", cells);
    }

    private static String qcHeader() {
        return String.join(",", InterchangeKind.QUALIFICATION_CHANGE.header());
    }

    private static String pqHeader() {
        return String.join(",", InterchangeKind.PREF_QUALIFICATION_DATES.header());
    }

    /** A Windows-31J/UTF-8 (ASCII-compatible) row with raw bytes in place of the marker {@code @@}, ended by CRLF. */
    private static byte[] rowWithBytes(String row, byte[] bytes) {
        int at = row.indexOf("@@");
        return concat(row.substring(0, at).getBytes(UTF_8), bytes, (row.substring(at + 2) + "\r\n").getBytes(UTF_8));
    }

    private static ImportError error(long line, String item, CheckId check, String message) {
        return new ImportError("t.csv", line, item, check, message);
    }

    @Nested
    class ValidSamples {
        @Test
        void qualificationChangeFileWithByteOrderMarkAndAMultiLineField() {
            byte[] bytes = resource("qualification-change.csv");
            Result<QualificationChangeRecord> result = read(bytes, UTF_8, QualificationChangeRecord.class);
            assertThat(result.report().errors()).isEmpty();
            assertThat(result.report().accepted()).isTrue();
            assertThat(result.report().complete()).isTrue();
            assertThat(result.report().recordCount()).isEqualTo(3);
            assertThat(result.report().byteCount()).isEqualTo(bytes.length);
            assertThat(result.records()).containsExactlyElementsOf(Samples.QUALIFICATION_CHANGES);
            // the second row holds "国民年金,老齢基礎\r\n(受給中)", so the third starts on physical line 5
            assertThat(result.lines()).containsExactly(2L, 3L, 5L);
        }

        @Test
        void mitigationChangeFileWithLfLineEnds() {
            Result<MitigationChangeRecord> result =
                read(resource("mitigation-change.csv"), UTF_8, MitigationChangeRecord.class);
            assertThat(result.report().errors()).isEmpty();
            assertThat(result.records()).containsExactlyElementsOf(Samples.MITIGATION_CHANGES);
            assertThat(result.lines()).containsExactly(2L, 3L);
        }

        @Test
        void prefQualificationDatesFile() {
            Result<PrefQualificationDatesRecord> result =
                read(resource("pref-qualification-dates.csv"), UTF_8, PrefQualificationDatesRecord.class);
            assertThat(result.report().errors()).isEmpty();
            assertThat(result.records()).containsExactlyElementsOf(Samples.PREF_QUALIFICATION_DATES);
        }

        @Test
        void residenceStatusFile() {
            Result<ResidenceStatusRecord> result =
                read(resource("residence-status.csv"), UTF_8, ResidenceStatusRecord.class);
            assertThat(result.report().errors()).isEmpty();
            assertThat(result.records()).containsExactlyElementsOf(Samples.RESIDENCE_STATUSES);
            assertThat(result.lines()).containsExactly(2L, 3L, 4L);
        }

        @Test
        void theSameRowsInWindows31J() {
            String text = new String(resource("qualification-change.csv"), UTF_8).substring(1); // drop the BOM
            Result<QualificationChangeRecord> result =
                read(text.getBytes(WINDOWS_31J), WINDOWS_31J, QualificationChangeRecord.class);
            assertThat(result.report().errors()).isEmpty();
            assertThat(result.records()).containsExactlyElementsOf(Samples.QUALIFICATION_CHANGES);
        }

        @Test
        void byteOrderMarkIsOptionalButChangesTheHash() {
            byte[] withBom = resource("qualification-change.csv");
            byte[] withoutBom = Arrays.copyOfRange(withBom, 3, withBom.length);
            Result<QualificationChangeRecord> a = read(withBom, UTF_8, QualificationChangeRecord.class);
            Result<QualificationChangeRecord> b = read(withoutBom, UTF_8, QualificationChangeRecord.class);
            assertThat(b.report().accepted()).isTrue();
            assertThat(b.records()).isEqualTo(a.records());
            assertThat(b.report().sha256()).isNotEqualTo(a.report().sha256());
        }

        @Test
        void sha256IsThatOfTheFileBytes() throws Exception {
            byte[] bytes = resource("residence-status.csv");
            Result<ResidenceStatusRecord> first = read(bytes, UTF_8, ResidenceStatusRecord.class);
            Result<ResidenceStatusRecord> second = read(bytes.clone(), UTF_8, ResidenceStatusRecord.class);
            String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            assertThat(first.report().sha256()).isEqualTo(expected).hasSize(64);
            assertThat(second.report().sha256()).isEqualTo(first.report().sha256());
        }

        @Test
        void headerOnlyFileIsAcceptedWithoutRows() {
            Result<ResidenceStatusRecord> result = read(file(UTF_8, RS_HEADER), UTF_8, ResidenceStatusRecord.class);
            assertThat(result.report().accepted()).isTrue();
            assertThat(result.report().recordCount()).isZero();
            assertThat(result.rows()).isEmpty();
        }

        @Test
        void readsFromAPathAndNamesTheFile(@TempDir Path dir) throws IOException {
            Path path = dir.resolve("在留資格_202604.csv");
            Files.write(path, resource("residence-status.csv"));
            List<InterchangeRow<ResidenceStatusRecord>> rows = new ArrayList<>();
            ImportReport report = new InterchangeReader().read(path, UTF_8, ResidenceStatusRecord.class, rows::add);
            assertThat(report.fileName()).isEqualTo("在留資格_202604.csv");
            assertThat(report.kind()).isEqualTo(InterchangeKind.RESIDENCE_STATUS);
            assertThat(rows).extracting(InterchangeRow::record).containsExactlyElementsOf(Samples.RESIDENCE_STATUSES);
        }

        @Test
        void leadingZerosOfIdentifiersStay() {
            Result<ResidenceStatusRecord> result =
                read(file(UTF_8, RS_HEADER, "000123,07,"), UTF_8, ResidenceStatusRecord.class);
            assertThat(result.records()).containsExactly(new ResidenceStatusRecord("000123", "07", null));
        }

        @Test
        void reasonsAreReadAsConstantNamesOrJapaneseLabels() {
            for (AcquisitionReason reason : AcquisitionReason.values()) {
                for (String cell : List.of(reason.name(), reason.label())) {
                    Result<QualificationChangeRecord> result = read(file(UTF_8, qcHeader(), qcRow("適用開始事由", cell)),
                        UTF_8, QualificationChangeRecord.class);
                    assertThat(result.records()).singleElement()
                        .extracting(QualificationChangeRecord::coverageStartReason).isEqualTo(reason);
                }
            }
            for (LossReason reason : LossReason.values()) {
                for (String cell : List.of(reason.name(), reason.label())) {
                    Result<QualificationChangeRecord> result = read(file(UTF_8, qcHeader(), qcRow("適用終了事由", cell)),
                        UTF_8, QualificationChangeRecord.class);
                    assertThat(result.records()).singleElement()
                        .extracting(QualificationChangeRecord::coverageEndReason).isEqualTo(reason);
                }
            }
        }

        @Test
        void formulaGuardApostropheIsRemovedExactlyOnce() {
            Result<PrefQualificationDatesRecord> result = read(file(UTF_8, pqHeader(), pqRow("予備1", "'=1+2"),
                pqRow("予備1", "''-x"), pqRow("予備1", "'abc")), UTF_8, PrefQualificationDatesRecord.class);
            assertThat(result.records()).extracting(PrefQualificationDatesRecord::reserved1)
                .containsExactly("=1+2", "'-x", "'abc");
        }

        @Test
        void quotedCommasQuotesAndLineBreaksStayInTheirField() {
            Result<PrefQualificationDatesRecord> result = read(file(UTF_8, pqHeader(),
                pqRow("予備1", "\"a,b\"\"c\"\"\r\nd\ne\""), pqRow("予備1", "x")), UTF_8, PrefQualificationDatesRecord.class);
            assertThat(result.records()).extracting(PrefQualificationDatesRecord::reserved1)
                .containsExactly("a,b\"c\"\r\nd\ne", "x");
            assertThat(result.lines()).containsExactly(2L, 5L);
        }

        @Test
        void freeTextMayHoldTabAndFullWidthCharactersUnchanged() {
            // never normalised: full-width letters and half-width katakana stay as they are
            String text = "ＡＢ\tｶﾅ①";
            Result<PrefQualificationDatesRecord> result =
                read(file(UTF_8, pqHeader(), pqRow("予備2", text)), UTF_8, PrefQualificationDatesRecord.class);
            assertThat(result.records()).singleElement().extracting(PrefQualificationDatesRecord::reserved2)
                .isEqualTo(text);
        }
    }

    @Nested
    class Encodings {
        @Test
        void windows31jDecodes0x8160AsFullWidthTildeUnlikeShiftJis() {
            byte[] waveDash = {(byte) 0x81, (byte) 0x60};
            assertThat(new String(waveDash, WINDOWS_31J)).isEqualTo("\uFF5E");
            assertThat(new String(waveDash, Charset.forName("Shift_JIS"))).isEqualTo("\u301C");
            byte[] bytes = concat(file(WINDOWS_31J, pqHeader()), rowWithBytes(pqRow("予備1", "@@"), waveDash));
            Result<PrefQualificationDatesRecord> result = read(bytes, WINDOWS_31J, PrefQualificationDatesRecord.class);
            assertThat(result.report().errors()).isEmpty();
            assertThat(result.records()).singleElement().extracting(PrefQualificationDatesRecord::reserved1)
                .isEqualTo("\uFF5E");
        }

        @Test
        void shiftJisIsNotAcceptedAsACharset() {
            assertThatThrownBy(() -> read(file(UTF_8, RS_HEADER), Charset.forName("Shift_JIS"),
                ResidenceStatusRecord.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("interchange files are UTF-8 or Windows-31J (not Shift_JIS or others): Shift_JIS");
        }

        @Test
        void aBadUtf8ByteIsAnErrorWithItsLine() {
            // header (line 1), a valid row (line 2), then 0xFF inside the row on line 3
            byte[] bytes = concat(file(UTF_8, RS_HEADER, "000000000500,07,"),
                rowWithBytes("000000000501,@@,", new byte[] {(byte) 0xFF}), file(UTF_8, "000000000502,07,"));
            Result<ResidenceStatusRecord> result = read(bytes, UTF_8, ResidenceStatusRecord.class);
            int offset = (RS_HEADER + "\r\n000000000500,07,\r\n000000000501,").getBytes(UTF_8).length;
            assertThat(result.report().errors()).containsExactly(error(3, null, CheckId.ENCODING_MALFORMED,
                "bytes at offset " + offset + " are not valid UTF-8"));
            assertThat(result.report().complete()).isFalse();
            assertThat(result.report().byteCount()).isEqualTo(bytes.length);
        }

        @Test
        void aBadWindows31jByteIsAnErrorWithItsLine() {
            // 0x85 0x40 lies in the unassigned rows 9-12 of Windows-31J
            byte[] bytes = concat(file(WINDOWS_31J, pqHeader()),
                rowWithBytes(pqRow("被保険者証記号", "@@"), new byte[] {(byte) 0x85, (byte) 0x40}));
            Result<PrefQualificationDatesRecord> result = read(bytes, WINDOWS_31J, PrefQualificationDatesRecord.class);
            assertThat(result.report().errors()).extracting(ImportError::line, ImportError::check)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, CheckId.ENCODING_MALFORMED));
            assertThat(result.report().errors().get(0).message()).endsWith("are not valid windows-31j");
        }

        @Test
        void utf16IsRefused() {
            byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, RS_HEADER.getBytes(StandardCharsets.UTF_16LE));
            Result<ResidenceStatusRecord> result = read(bytes, UTF_8, ResidenceStatusRecord.class);
            assertThat(result.report().errors()).containsExactly(error(1, null, CheckId.ENCODING_BYTE_ORDER_MARK,
                "the file starts with a UTF-16 byte order mark; only UTF-8 and Windows-31J are accepted"));
            assertThat(result.report().byteCount()).isEqualTo(bytes.length);
        }

        @Test
        void aUtf8ByteOrderMarkInAWindows31jFileIsRefused() {
            byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, file(WINDOWS_31J, RS_HEADER));
            Result<ResidenceStatusRecord> result = read(bytes, WINDOWS_31J, ResidenceStatusRecord.class);
            assertThat(result.report().errors()).containsExactly(error(1, null, CheckId.ENCODING_BYTE_ORDER_MARK,
                "the file starts with a UTF-8 byte order mark but was read as windows-31j"));
        }

        @Test
        void aNoncharacterIsRefused() {
            Result<ResidenceStatusRecord> result =
                read(file(UTF_8, RS_HEADER, "000000000500,0\uFFFE7,"), UTF_8, ResidenceStatusRecord.class);
            assertThat(result.report().errors()).containsExactly(error(2, null, CheckId.ENCODING_MALFORMED,
                "a Unicode noncharacter (U+FFFE) is not text"));
        }

        @Test
        void emptyFilesAreRefused() {
            assertThat(read(new byte[0], UTF_8, ResidenceStatusRecord.class).report().errors()).containsExactly(
                error(1, null, CheckId.FILE_EMPTY, "the file is empty; it must have at least the header row"));
            assertThat(read(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, UTF_8, ResidenceStatusRecord.class)
                .report().errors()).extracting(ImportError::check).containsExactly(CheckId.FILE_EMPTY);
        }
    }

    @Nested
    class Header {
        private List<ImportError> headerErrors(String header) {
            Result<ResidenceStatusRecord> result =
                read(file(UTF_8, header, "000000000500,07,"), UTF_8, ResidenceStatusRecord.class);
            assertThat(result.report().complete()).isFalse();
            assertThat(result.report().recordCount()).isZero();
            assertThat(result.rows()).isEmpty();
            return result.report().errors();
        }

        @Test
        void missingColumn() {
            assertThat(headerErrors("宛名番号,在留資格コード")).containsExactly(error(1, "在留期間満了日",
                CheckId.HEADER_MISSING_COLUMN, "在留期間満了日 is missing from the header of 在留資格ファイル"));
        }

        @Test
        void extraColumnThatIsAnItemOfAnotherFile() {
            assertThat(headerErrors(RS_HEADER + ",予備1")).containsExactly(error(1, "予備1",
                CheckId.HEADER_EXTRA_COLUMN, "column 4 (予備1) is not an item of 在留資格ファイル"));
        }

        @Test
        void extraColumnWithAnUnknownNameIsNotEchoed() {
            assertThat(headerErrors(RS_HEADER + ",備考")).containsExactly(error(1, null,
                CheckId.HEADER_EXTRA_COLUMN, "column 4 is not an item of 在留資格ファイル"));
        }

        @Test
        void duplicateColumn() {
            assertThat(headerErrors(RS_HEADER + ",宛名番号")).containsExactly(error(1, "宛名番号",
                CheckId.HEADER_DUPLICATE_COLUMN, "宛名番号 appears 2 times in the header"));
        }

        @Test
        void reorderedColumns() {
            assertThat(headerErrors("在留資格コード,宛名番号,在留期間満了日")).containsExactly(error(1, "在留資格コード",
                CheckId.HEADER_COLUMN_ORDER, "column 1 is 在留資格コード but 宛名番号 belongs there"));
        }

        @Test
        void headerOfAnotherFileKind() {
            assertThat(headerErrors(MC_HEADER)).containsExactly(error(1, null, CheckId.HEADER_WRONG_KIND,
                "the header is that of 緩和措置異動情報ファイル, not 在留資格ファイル"));
        }

        @Test
        void aDataRowInsteadOfAHeaderIsNeverEchoed() {
            List<ImportError> errors = headerErrors("000000000499,07,2026-09-30");
            assertThat(errors).extracting(ImportError::check).containsExactly(CheckId.HEADER_EXTRA_COLUMN,
                CheckId.HEADER_EXTRA_COLUMN, CheckId.HEADER_EXTRA_COLUMN, CheckId.HEADER_MISSING_COLUMN,
                CheckId.HEADER_MISSING_COLUMN, CheckId.HEADER_MISSING_COLUMN);
            assertThat(errors).allSatisfy(e -> {
                assertThat(e.message()).doesNotContain("000000000499");
                assertThat(String.valueOf(e.item())).doesNotContain("000000000499");
            });
        }

        @Test
        void theSplitItemNameOfTheSeedMustNotKeepItsSpace() {
            String header = pqHeader().replace("国保資格取得年月日", "国保資格取得年 月日");
            Result<PrefQualificationDatesRecord> result =
                read(file(UTF_8, header), UTF_8, PrefQualificationDatesRecord.class);
            assertThat(result.report().errors()).containsExactly(
                error(1, null, CheckId.HEADER_EXTRA_COLUMN, "column 8 is not an item of 国保資格取得喪失年月日連携ファイル"),
                error(1, "国保資格取得年月日", CheckId.HEADER_MISSING_COLUMN,
                    "国保資格取得年月日 is missing from the header of 国保資格取得喪失年月日連携ファイル"));
        }

        @Test
        void headerCellsAreNotTrimmed() {
            assertThat(headerErrors("宛名番号 ,在留資格コード,在留期間満了日")).extracting(ImportError::check)
                .containsExactly(CheckId.HEADER_EXTRA_COLUMN, CheckId.HEADER_MISSING_COLUMN);
        }
    }

    @Nested
    class Rows {
        private List<ImportError> rsErrors(String... rows) {
            String[] lines = new String[rows.length + 1];
            lines[0] = RS_HEADER;
            System.arraycopy(rows, 0, lines, 1, rows.length);
            Result<ResidenceStatusRecord> result = read(file(UTF_8, lines), UTF_8, ResidenceStatusRecord.class);
            assertThat(result.report().accepted()).isFalse();
            return result.report().errors();
        }

        private List<ImportError> qcErrors(String item, String cell) {
            Result<QualificationChangeRecord> result =
                read(file(UTF_8, qcHeader(), qcRow(item, cell)), UTF_8, QualificationChangeRecord.class);
            assertThat(result.rows()).hasSize(result.report().accepted() ? 1 : 0);
            return result.report().errors();
        }

        private List<ImportError> pqErrors(String item, String cell) {
            Result<PrefQualificationDatesRecord> result =
                read(file(UTF_8, pqHeader(), pqRow(item, cell)), UTF_8, PrefQualificationDatesRecord.class);
            assertThat(result.rows()).hasSize(result.report().accepted() ? 1 : 0);
            return result.report().errors();
        }

        @Test
        void wrongColumnCount() {
            assertThat(rsErrors("000000000500,07", "000000000501,07,,")).containsExactly(
                error(2, null, CheckId.COLUMN_COUNT, "expected 3 columns, found 2"),
                error(3, null, CheckId.COLUMN_COUNT, "expected 3 columns, found 4"));
        }

        @Test
        void anEmptyLineIsARowWithOneColumn() {
            assertThat(rsErrors("000000000500,07,", "", "000000000501,07,")).containsExactly(
                error(3, null, CheckId.COLUMN_COUNT, "expected 3 columns, found 1"));
        }

        @Test
        void nulCharacter() {
            assertThat(rsErrors("000000000500,0\u00007,")).containsExactly(error(2, "在留資格コード",
                CheckId.NUL_CHARACTER, "在留資格コード contains a NUL character (U+0000)"));
        }

        @Test
        void controlCharacterInANonPersonalItemNamesTheCodePoint() {
            assertThat(qcErrors("続柄名称", "妻\u001B")).containsExactly(error(2, "続柄名称",
                CheckId.CONTROL_CHARACTER, "続柄名称 contains a control character U+001B"));
        }

        @Test
        void controlCharacterInAPersonalItemNamesNothing() {
            assertThat(pqErrors("予備1", "a\u0007b")).containsExactly(error(2, "予備1",
                CheckId.CONTROL_CHARACTER, "予備1 contains a control character"));
        }

        @Test
        void tabAndLineBreaksAreControlsOutsideFreeText() {
            assertThat(rsErrors("000000000500,0\t7,", "000000000501,\"0\r\n7\",")).containsExactly(
                error(2, "在留資格コード", CheckId.CONTROL_CHARACTER, "在留資格コード contains a control character U+0009"),
                error(3, "在留資格コード", CheckId.CONTROL_CHARACTER, "在留資格コード contains a control character U+000D"));
        }

        @Test
        void byteOrderMarkInsideACellIsAControlCharacter() {
            assertThat(qcErrors("続柄名称", "\uFEFF妻")).extracting(ImportError::check)
                .containsExactly(CheckId.CONTROL_CHARACTER);
        }

        @Test
        void unmappedPrivateUseCharacterFromWindows31jUserArea() {
            byte[] gaiji = {(byte) 0xF0, (byte) 0x40}; // Windows-31J user-defined area -> U+E000
            byte[] file = concat(file(WINDOWS_31J, qcHeader()), rowWithBytes(qcRow("続柄名称", "@@"), gaiji));

            Result<QualificationChangeRecord> rejected = read(file, WINDOWS_31J, QualificationChangeRecord.class);
            assertThat(rejected.report().errors()).containsExactly(error(2, "続柄名称", CheckId.PRIVATE_USE_CHARACTER,
                "続柄名称 contains a private-use character (外字) U+E000 that the 外字 mapping does not map"));

            InterchangeReader mapped = new InterchangeReader(
                ReaderOptions.defaults().withGaijiMapping(GaijiMapping.of(Map.of(0xE000, "髙"))));
            Result<QualificationChangeRecord> accepted =
                read(mapped, file, "t.csv", WINDOWS_31J, QualificationChangeRecord.class);
            assertThat(accepted.report().errors()).isEmpty();
            assertThat(accepted.records()).singleElement().extracting(QualificationChangeRecord::relationshipName)
                .isEqualTo("髙");
        }

        @Test
        void privateUseCharacterOutsideFreeTextIsRefusedEvenWithAMapping() {
            InterchangeReader mapped = new InterchangeReader(
                ReaderOptions.defaults().withGaijiMapping(GaijiMapping.of(Map.of(0xE000, "髙"))));
            Result<ResidenceStatusRecord> result = read(mapped, file(UTF_8, RS_HEADER, "000000000500,\uE000,"),
                "t.csv", UTF_8, ResidenceStatusRecord.class);
            assertThat(result.report().errors()).containsExactly(error(2, "在留資格コード",
                CheckId.PRIVATE_USE_CHARACTER, "在留資格コード contains a private-use character (外字) U+E000"));
        }

        @Test
        void supplementaryPrivateUseCharacterInAPersonalItem() {
            assertThat(pqErrors("被保険者証記号", "和\uDB80\uDC00")).containsExactly(error(2, "被保険者証記号",
                CheckId.PRIVATE_USE_CHARACTER,
                "被保険者証記号 contains a private-use character (外字) that the 外字 mapping does not map"));
        }

        @Test
        void fieldOverItsMaximumLength() {
            assertThat(qcErrors("続柄名称", "長".repeat(31))).containsExactly(error(2, "続柄名称",
                CheckId.FIELD_TOO_LONG, "続柄名称 is longer than 30 characters"));
            assertThat(qcErrors("続柄名称", "長".repeat(30))).isEmpty();
            assertThat(rsErrors("1234567890123456,07,")).containsExactly(error(2, "宛名番号",
                CheckId.FIELD_TOO_LONG, "宛名番号 is longer than 15 characters"));
        }

        @Test
        void lengthCountsCodePointsNotChars() {
            assertThat(pqErrors("被保険者証記号", "𠮷".repeat(20))).isEmpty();
            assertThat(pqErrors("被保険者証記号", "𠮷".repeat(21))).extracting(ImportError::check)
                .containsExactly(CheckId.FIELD_TOO_LONG);
        }

        @Test
        void requiredItemMissing() {
            assertThat(rsErrors(",07,", "000000000501,,")).containsExactly(
                error(2, "宛名番号", CheckId.REQUIRED_MISSING, "宛名番号 is required but empty"),
                error(3, "在留資格コード", CheckId.REQUIRED_MISSING, "在留資格コード is required but empty"));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"12345A", "1.23E+5", "-1", "'123 '", "' 123'", "1,5", "+123", "1_000"})
        void identifiersMustBeAsciiDigits(String cell) {
            String quoted = cell.contains(",") ? "\"" + cell + "\"" : cell;
            assertThat(rsErrors(quoted + ",07,")).containsExactly(error(2, "宛名番号", CheckId.DIGITS_REQUIRED,
                "宛名番号 is not 1–15 ASCII digits"));
        }

        @Test
        void fullWidthDigitsInIdentifiersAreRefusedNotNormalised() {
            assertThat(rsErrors("０００１２３,07,")).containsExactly(error(2, "宛名番号", CheckId.FULLWIDTH_DIGITS,
                "宛名番号 contains full-width digits; only ASCII digits 0-9 are accepted"));
            assertThat(qcErrors("国保世帯番号", "00１2")).containsExactly(error(2, "国保世帯番号",
                CheckId.FULLWIDTH_DIGITS, "国保世帯番号 contains full-width digits; only ASCII digits 0-9 are accepted"));
        }

        @Test
        void sequencesAreDigitsUpToNine() {
            assertThat(qcErrors("履歴番号", "1.0")).containsExactly(error(2, "履歴番号", CheckId.DIGITS_REQUIRED,
                "履歴番号 is not 1–9 ASCII digits"));
            assertThat(qcErrors("履歴番号", "１")).extracting(ImportError::check)
                .containsExactly(CheckId.FULLWIDTH_DIGITS);
            assertThat(qcErrors("履歴番号", "1234567890")).containsExactly(error(2, "履歴番号", CheckId.FIELD_TOO_LONG,
                "履歴番号 is longer than 9 characters"));
            assertThat(qcErrors("履歴番号", "")).containsExactly(error(2, "履歴番号", CheckId.REQUIRED_MISSING,
                "履歴番号 is required but empty"));
        }

        @Test
        void insurerNumberNeedsItsCheckDigit() {
            assertThat(pqErrors("市町村保険者番号", "112291")).containsExactly(error(2, "市町村保険者番号",
                CheckId.INSURER_NUMBER,
                "市町村保険者番号 is not a valid NHI insurer number: 6 digits, prefecture 01-47, check digit (R17)"));
            assertThat(pqErrors("市町村保険者番号", "11229")).extracting(ImportError::check)
                .containsExactly(CheckId.INSURER_NUMBER);
            assertThat(pqErrors("市町村保険者番号", "112292")).isEmpty();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "2026-02-30|DATE_INVALID|在留期間満了日 is not an existing date (month 1-12, day within the month)",
            "2026-13-01|DATE_INVALID|在留期間満了日 is not an existing date (month 1-12, day within the month)",
            "平成31年5月1日|DATE_ERA_RANGE|在留期間満了日 is not within its era (平成 ends 2019-04-30, 令和 begins "
                + "2019-05-01; 昭和 ends 1989-01-07; 大正 ends 1926-12-24)",
            "令和元年4月30日|DATE_ERA_RANGE|在留期間満了日 is not within its era (平成 ends 2019-04-30, 令和 begins "
                + "2019-05-01; 昭和 ends 1989-01-07; 大正 ends 1926-12-24)",
            "2026/09/30|DATE_FORMAT|在留期間満了日 is not a date in one of the forms yyyy-MM-dd, yyyyMMdd, 令和3年9月1日, "
                + "R03.09.01",
        })
        void impossibleDates(String cell, CheckId check, String message) {
            assertThat(rsErrors("000000000500,07," + cell)).containsExactly(error(2, "在留期間満了日", check, message));
        }

        @Test
        void unknownReasons() {
            assertThat(qcErrors("適用開始事由", "転居")).containsExactly(error(2, "適用開始事由", CheckId.REASON_CODE,
                "適用開始事由 is neither a constant name nor a Japanese label of 資格取得事由 (AcquisitionReason)"));
            assertThat(qcErrors("適用終了事由", "move_out")).containsExactly(error(2, "適用終了事由", CheckId.REASON_CODE,
                "適用終了事由 is neither a constant name nor a Japanese label of 資格喪失事由 (LossReason)"));
            // a loss reason is not an acquisition reason
            assertThat(pqErrors("国保資格取得事由", "死亡")).extracting(ImportError::check)
                .containsExactly(CheckId.REASON_CODE);
        }

        @Test
        void flagsAreZeroOrOne() {
            assertThat(qcErrors("削除区分", "2")).containsExactly(error(2, "削除区分", CheckId.FLAG_CODE,
                "削除区分 is not 0 or 1"));
            assertThat(pqErrors("最新区分", "")).containsExactly(error(2, "最新区分", CheckId.REQUIRED_MISSING,
                "最新区分 is required but empty"));
        }

        @Test
        void codesAreAsciiLettersAndDigits() {
            assertThat(rsErrors("000000000500,０７,", "000000000501,0-7,")).containsExactly(
                error(2, "在留資格コード", CheckId.CODE_FORMAT, "在留資格コード is not 1–10 ASCII letters and digits"),
                error(3, "在留資格コード", CheckId.CODE_FORMAT, "在留資格コード is not 1–10 ASCII letters and digits"));
        }

        @Test
        void everyBadCellOfARowIsReported() {
            assertThat(rsErrors("12A,,2026-02-30")).containsExactly(
                error(2, "宛名番号", CheckId.DIGITS_REQUIRED, "宛名番号 is not 1–15 ASCII digits"),
                error(2, "在留資格コード", CheckId.REQUIRED_MISSING, "在留資格コード is required but empty"),
                error(2, "在留期間満了日", CheckId.DATE_INVALID,
                    "在留期間満了日 is not an existing date (month 1-12, day within the month)"));
        }

        @Test
        void messagesNeverContainTheValueOfAPersonalItem() {
            List<ImportError> errors = rsErrors("98765X,07,", "９８７６５,07,", "9876543219876543,07,");
            assertThat(errors).hasSize(3).allSatisfy(e -> {
                assertThat(e.message()).doesNotContain("98765").doesNotContain("９８７６５");
                assertThat(e.toString()).doesNotContain("98765");
            });
        }

        @Test
        void errorLineIsThePhysicalStartOfTheRecordAfterAMultiLineField() {
            Result<PrefQualificationDatesRecord> result = read(file(UTF_8, pqHeader(),
                pqRow("予備1", "\"line1\r\nline2\r\nline3\""), pqRow("宛名番号", "X")), UTF_8,
                PrefQualificationDatesRecord.class);
            assertThat(result.report().errors()).containsExactly(
                error(5, "宛名番号", CheckId.DIGITS_REQUIRED, "宛名番号 is not 1–15 ASCII digits"));
        }
    }

    @Nested
    class Structure {
        @Test
        void truncatedLastLineWithoutLineBreak() {
            byte[] bytes = (RS_HEADER + "\r\n000000000500,07,\r\n000000000501,07").getBytes(UTF_8);
            Result<ResidenceStatusRecord> result = read(bytes, UTF_8, ResidenceStatusRecord.class);
            assertThat(result.report().errors()).containsExactly(
                error(3, null, CheckId.COLUMN_COUNT, "expected 3 columns, found 2"),
                error(3, null, CheckId.NO_FINAL_LINE_BREAK,
                    "the last line does not end with a line break; the file may be truncated"));
        }

        @Test
        void truncatedFileThatStillHasAllColumns() {
            byte[] bytes = (RS_HEADER + "\r\n000000000500,07,2026-0").getBytes(UTF_8);
            assertThat(read(bytes, UTF_8, ResidenceStatusRecord.class).report().errors())
                .extracting(ImportError::line, ImportError::check).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(2L, CheckId.DATE_FORMAT),
                    org.assertj.core.groups.Tuple.tuple(2L, CheckId.NO_FINAL_LINE_BREAK));
            byte[] cutAfterValidCell = (RS_HEADER + "\r\n000000000500,07,2026-09-30").getBytes(UTF_8);
            Result<ResidenceStatusRecord> result = read(cutAfterValidCell, UTF_8, ResidenceStatusRecord.class);
            assertThat(result.report().errors()).containsExactly(error(2, null, CheckId.NO_FINAL_LINE_BREAK,
                "the last line does not end with a line break; the file may be truncated"));
            assertThat(result.report().accepted()).isFalse();
        }

        @Test
        void truncatedInsideAQuotedField() {
            byte[] bytes = (RS_HEADER + "\r\n000000000500,07,\r\n000000000501,\"07").getBytes(UTF_8);
            Result<ResidenceStatusRecord> result = read(bytes, UTF_8, ResidenceStatusRecord.class);
            assertThat(result.report().errors()).containsExactly(error(3, null, CheckId.CSV_SYNTAX,
                "a quoted field is not closed before the end of the file (unbalanced quote; truncated file?)"));
            assertThat(result.report().complete()).isFalse();
        }

        @Test
        void textAfterAClosingQuote() {
            byte[] bytes = file(UTF_8, RS_HEADER, "000000000500,\"07\"x,");
            assertThat(read(bytes, UTF_8, ResidenceStatusRecord.class).report().errors()).containsExactly(
                error(2, null, CheckId.CSV_SYNTAX, "characters follow a closing quote before the next comma or line break"));
        }

        @Test
        void aTenMegabyteFieldIsRejectedWithoutReadingItWhole() {
            String huge = "A".repeat(10 * 1024 * 1024);
            byte[] bytes = file(UTF_8, RS_HEADER, "000000000500,07,", "000000000501," + huge + ",",
                "000000000502,07,");
            Result<ResidenceStatusRecord> result = read(bytes, UTF_8, ResidenceStatusRecord.class);
            assertThat(result.report().errors()).containsExactly(error(3, null, CheckId.RECORD_TOO_LONG,
                "the record is longer than 65536 characters (a field far over its maximum length, or an unbalanced"
                    + " quote)"));
            assertThat(result.report().complete()).isFalse();
            assertThat(result.report().byteCount()).isEqualTo(bytes.length);
            assertThat(result.report().recordCount()).isEqualTo(1);
        }

        @Test
        void aTenMegabyteQuotedFieldWithLineBreaksIsRejectedToo() {
            String huge = "\"" + "予備\r\n".repeat(2 * 1024 * 1024) + "\"";
            byte[] bytes = file(UTF_8, pqHeader(), pqRow("予備1", huge));
            Result<PrefQualificationDatesRecord> result = read(bytes, UTF_8, PrefQualificationDatesRecord.class);
            assertThat(result.report().errors()).extracting(ImportError::line, ImportError::check)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, CheckId.RECORD_TOO_LONG));
        }

        @Test
        void rowsAreDeliveredOnlyWhileTheFileIsClean() {
            byte[] bytes = file(UTF_8, RS_HEADER, "000000000500,07,", "X,07,", "000000000502,07,");
            Result<ResidenceStatusRecord> result = read(bytes, UTF_8, ResidenceStatusRecord.class);
            assertThat(result.records()).containsExactly(new ResidenceStatusRecord("000000000500", "07", null));
            assertThat(result.report().accepted()).isFalse();
            assertThat(result.report().recordCount()).isEqualTo(3);
            assertThat(result.report().complete()).isTrue();
        }

        @Test
        void theReportIsCappedAndCountsTheRest() {
            String[] lines = new String[1_501];
            lines[0] = RS_HEADER;
            for (int i = 1; i < lines.length; i++) {
                lines[i] = "X" + i + ",07,";
            }
            ImportReport report = read(file(UTF_8, lines), UTF_8, ResidenceStatusRecord.class).report();
            assertThat(report.errors()).hasSize(1_000);
            assertThat(report.errorCount()).isEqualTo(1_500);
            assertThat(report.suppressedErrorCount()).isEqualTo(500);
            assertThat(report.errors().get(999)).isEqualTo(
                error(1_001, "宛名番号", CheckId.DIGITS_REQUIRED, "宛名番号 is not 1–15 ASCII digits"));
            assertThat(report.toText()).endsWith("... and 500 more errors not listed (cap 1000)\n");
        }

        @Test
        void aSmallerCapFromTheOptions() {
            InterchangeReader reader = new InterchangeReader(ReaderOptions.defaults().withMaxErrors(2));
            Result<ResidenceStatusRecord> result = read(reader, file(UTF_8, RS_HEADER, "X,07,", "Y,07,", "Z,07,"),
                "t.csv", UTF_8, ResidenceStatusRecord.class);
            assertThat(result.report().errors()).extracting(ImportError::line).containsExactly(2L, 3L);
            assertThat(result.report().errorCount()).isEqualTo(3);
        }

        @Test
        void theHashCoversTheWholeFileAfterAFatalError() throws Exception {
            byte[] bytes = file(UTF_8, "宛名番号", "000000000500", "000000000501");
            ImportReport report = read(bytes, UTF_8, ResidenceStatusRecord.class).report();
            assertThat(report.complete()).isFalse();
            assertThat(report.byteCount()).isEqualTo(bytes.length);
            assertThat(report.sha256())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        }

        @Test
        void theStreamIsNotClosed() throws IOException {
            boolean[] closed = {false};
            ByteArrayInputStream in = new ByteArrayInputStream(file(UTF_8, RS_HEADER)) {
                @Override
                public void close() {
                    closed[0] = true;
                }
            };
            new InterchangeReader().read(in, "t.csv", UTF_8, ResidenceStatusRecord.class, row -> { });
            assertThat(closed[0]).isFalse();
        }

        @Test
        void anExceptionOfTheSinkPropagates() {
            byte[] bytes = file(UTF_8, RS_HEADER, "000000000500,07,");
            assertThatThrownBy(() -> new InterchangeReader().read(new ByteArrayInputStream(bytes), "t.csv", UTF_8,
                ResidenceStatusRecord.class, row -> {
                    throw new IllegalStateException("storage full");
                })).isInstanceOf(IllegalStateException.class).hasMessage("storage full");
        }

        @Test
        void reportText() {
            ImportReport report =
                read(file(UTF_8, RS_HEADER, "000000000500,07,", "X,07,"), UTF_8, ResidenceStatusRecord.class).report();
            assertThat(report.toText()).isEqualTo("t.csv 在留資格ファイル sha256=" + report.sha256() + " bytes="
                + report.byteCount() + " records=2 errors=1 REJECTED\n"
                + "t.csv:3: 宛名番号: DIGITS_REQUIRED: 宛名番号 is not 1–15 ASCII digits\n");
        }
    }

    @Test
    void optionsAreChecked() {
        assertThatThrownBy(() -> new ReaderOptions(0, GaijiMapping.none()))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GaijiMapping.of(Map.of((int) 'A', "A")))
            .isInstanceOf(IllegalArgumentException.class).hasMessage("not a private-use code point: U+0041");
        assertThatThrownBy(() -> GaijiMapping.of(Map.of(0xE000, "\uE001")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("the replacement of U+E000 must be non-empty standard text");
        assertThat(GaijiMapping.of(Map.of(0xE000, "髙", 0xE001, "﨑")).size()).isEqualTo(2);
    }

    @Test
    void dateColumnsAcceptEveryForm() {
        Result<ResidenceStatusRecord> result = read(file(UTF_8, RS_HEADER, "1,07,2026-09-30", "2,07,20260930",
            "3,07,令和8年9月30日", "4,07,R08.09.30"), UTF_8, ResidenceStatusRecord.class);
        assertThat(result.records()).extracting(ResidenceStatusRecord::residenceExpiryDate)
            .containsOnly(d(2026, 9, 30)).hasSize(4);
    }
}
