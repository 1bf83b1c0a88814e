package jp.openkokuho.nhi.eligibility.internal.interchange;

import static jp.openkokuho.nhi.eligibility.internal.interchange.InterchangeCharsets.UTF_8;
import static jp.openkokuho.nhi.eligibility.internal.interchange.InterchangeCharsets.WINDOWS_31J;
import static jp.openkokuho.nhi.eligibility.internal.interchange.Samples.d;
import static jp.openkokuho.nhi.eligibility.internal.interchange.Samples.read;
import static jp.openkokuho.nhi.eligibility.internal.interchange.Samples.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import jp.openkokuho.nhi.api.eligibility.AcquisitionReason;
import jp.openkokuho.nhi.api.eligibility.LossReason;
import jp.openkokuho.nhi.eligibility.internal.interchange.Samples.Result;

class InterchangeWriterTest {

    private static PrefQualificationDatesRecord pq(String reserved1, String cardSymbol) {
        return new PrefQualificationDatesRecord(null, "000000000123", null, cardSymbol, null, null, null, null, null,
            null, null, null, reserved1, null, null, null, null, null, null, null, null, null, null, true, null, null);
    }

    @Test
    void exactBytesWithByteOrderMarkHeaderAndCrlf() {
        byte[] bytes = write(InterchangeWriter.utf8WithByteOrderMark(), ResidenceStatusRecord.class,
            Samples.RESIDENCE_STATUSES);
        assertThat(new String(bytes, UTF_8)).isEqualTo("\uFEFF宛名番号,在留資格コード,在留期間満了日\r\n"
            + "000000000500,07,2026-09-30\r\n"
            + "000000000501,25,\r\n"
            + "000000000502,12,2026-12-31\r\n");
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    }

    @Test
    void withoutByteOrderMark() {
        byte[] bytes = write(InterchangeWriter.utf8(), ResidenceStatusRecord.class, List.of());
        assertThat(new String(bytes, UTF_8)).isEqualTo("宛名番号,在留資格コード,在留期間満了日\r\n");
    }

    @Test
    void windows31jBytes() {
        byte[] bytes = write(InterchangeWriter.windows31j(), ResidenceStatusRecord.class, List.of());
        assertThat(bytes).isEqualTo("宛名番号,在留資格コード,在留期間満了日\r\n".getBytes(WINDOWS_31J));
        assertThat(bytes[0]).isEqualTo((byte) 0x88); // 宛 = 0x88B6, no BOM
    }

    @Test
    void reasonsAsJapaneseLabelsDatesAsIsoFlagsAsDigits() {
        byte[] bytes = write(InterchangeWriter.utf8(), MitigationChangeRecord.class, Samples.MITIGATION_CHANGES);
        assertThat(new String(bytes, UTF_8)).isEqualTo(Samples.MC_HEADER + "\r\n"
            + "000000000124,1,1,01,2021-09-06,2021-09-01,2023-08-31,0000098765,0000012345,0,2021-09-06\r\n"
            + "000000000300,2,3,02,,2022-04-01,,0000098766,0000012350,1,2022-04-05\r\n");
        String pq = new String(write(InterchangeWriter.utf8(), PrefQualificationDatesRecord.class,
            Samples.PREF_QUALIFICATION_DATES), UTF_8);
        assertThat(pq.split("\r\n")[2]).isEqualTo("0000012345,000000000124,112292,和光,1234568,0000098765,"
            + "2019-05-07,2019-05-01,社保離脱,2021-03-20,2021-03-16,死亡,備考あり,,,,,,,,,,2,0,3,2021-04-05");
    }

    @Test
    void formulaLeadingCellsGetAnApostrophe() {
        String text = new String(write(InterchangeWriter.utf8(), PrefQualificationDatesRecord.class, List.of(
            pq("=cmd|' /C calc'!A0", null), pq("-5", null), pq("+81", null), pq("@SUM(A1)", null),
            pq("\tx", null), pq("\rx", null), pq("'=x", null), pq("a=b", null))), UTF_8);
        String[] lines = text.split("\r\n", -1);
        assertThat(Arrays.stream(lines, 1, lines.length - 1).map(line -> line.split(",", -1)[12])).containsExactly(
            "'=cmd|' /C calc'!A0", "'-5", "'+81", "'@SUM(A1)", "'\tx", "\"'\rx\"", "''=x", "a=b");
    }

    @Test
    void quotesOnlyWhereNeeded() {
        String text = new String(write(InterchangeWriter.utf8(), PrefQualificationDatesRecord.class,
            List.of(pq("a,b\"c\"\r\nd", "和光"))), UTF_8);
        assertThat(text).contains(",和光,").contains(",\"a,b\"\"c\"\"\r\nd\",");
    }

    @Test
    void aCharacterWindows31jCannotEncodeFailsTheExport() {
        // U+301C WAVE DASH exists in Shift_JIS but not in Windows-31J (which has U+FF5E at 0x8160)
        QualificationChangeRecord row = Samples.fullQualificationChange(1, AcquisitionReason.MOVE_IN, LossReason.DEATH);
        QualificationChangeRecord waveDash = new QualificationChangeRecord(row.nhiHouseholdNo(),
            row.formerMunicipalityCode(), row.atenaNo(), row.historySeq(), row.listingOrder(), row.relationshipType(),
            row.relationshipCode1(), row.relationshipCode2(), row.relationshipCode3(), row.relationshipCode4(),
            "妻\u301C", row.relationshipDisplay(), row.coverageStartDate(), row.taxStartDate(),
            row.coverageStartReason(), row.startNotifiedDate(), row.coverageEndDate(), row.taxEndDate(),
            row.coverageEndReason(), row.endNotifiedDate(), row.changeDate(), row.changeReason(), row.notifiedDate(),
            row.moveType(), row.movedToNhiHouseholdNo(), row.retireeType(), row.retireeFromDate(),
            row.retireeTaxFromDate(), row.retireeFromNotifiedDate(), row.retireeToDate(), row.retireeTaxToDate(),
            row.retireeToNotifiedDate(), row.pensionEntitlementDate(), row.pensionName(), row.pensionType(),
            row.retireeHistorySeq(), row.retireePrincipalAtenaNo(), row.retireeRelationshipCode1(),
            row.retireeRelationshipCode2(), row.retireeRelationshipCode3(), row.retireeRelationshipCode4(),
            row.retireeRelationshipName(), row.qualificationUpdatedOn(), row.taxUpdatedOn(), row.creationType(),
            row.isDeleted(), row.changeDateSeq(), row.processedOn());
        assertThatThrownBy(() -> InterchangeWriter.windows31j().write(new ByteArrayOutputStream(),
            QualificationChangeRecord.class, List.of(row, waveDash)))
            .isInstanceOfSatisfying(InterchangeExportException.class, e -> {
                assertThat(e.rowNumber()).isEqualTo(2);
                assertThat(e.item()).isEqualTo("続柄名称");
                assertThat(e.check()).isEqualTo(CheckId.ENCODING_UNMAPPABLE);
                assertThat(e).hasMessage(
                    "row 2: 続柄名称: ENCODING_UNMAPPABLE: 続柄名称 has a character (U+301C) that windows-31j cannot encode");
            });
        // UTF-8 has it
        assertThat(write(InterchangeWriter.utf8(), QualificationChangeRecord.class, List.of(waveDash))).isNotEmpty();
    }

    @Test
    void anUnencodableCharacterOfAPersonalItemIsNotNamed() {
        assertThatThrownBy(() -> InterchangeWriter.windows31j().write(new ByteArrayOutputStream(),
            PrefQualificationDatesRecord.class, List.of(pq(null, "𠮷田"))))
            .isInstanceOfSatisfying(InterchangeExportException.class, e -> assertThat(e).hasMessage(
                "row 1: 被保険者証記号: ENCODING_UNMAPPABLE: 被保険者証記号 has a character that windows-31j cannot encode"));
    }

    @Test
    void aRowThatWouldNotImportFailsTheExport() {
        assertExportFails(new ResidenceStatusRecord("12A", "07", null), "宛名番号", CheckId.DIGITS_REQUIRED,
            "row 1: 宛名番号: DIGITS_REQUIRED: 宛名番号 is not 1–15 ASCII digits");
        assertExportFails(new ResidenceStatusRecord(null, "07", null), "宛名番号", CheckId.REQUIRED_MISSING,
            "row 1: 宛名番号: REQUIRED_MISSING: 宛名番号 is required but empty");
        assertExportFails(new ResidenceStatusRecord("1", "07-1", null), "在留資格コード", CheckId.CODE_FORMAT,
            "row 1: 在留資格コード: CODE_FORMAT: 在留資格コード is not 1–10 ASCII letters and digits");
        assertExportFails(new ResidenceStatusRecord("1234567890123456", "07", null), "宛名番号", CheckId.FIELD_TOO_LONG,
            "row 1: 宛名番号: FIELD_TOO_LONG: 宛名番号 is longer than 15 characters");
        assertExportFails(new ResidenceStatusRecord("1", "07", d(10_000, 1, 1)), "在留期間満了日", null, null);
    }

    @Test
    void privateUseAndControlCharactersAreNeverExported() throws Exception {
        for (String value : List.of("\uE000", "a\u0000", "a\u001B")) {
            assertThatThrownBy(() -> InterchangeWriter.utf8().write(new ByteArrayOutputStream(),
                PrefQualificationDatesRecord.class, List.of(pq(value, null))))
                .isInstanceOf(InterchangeExportException.class);
        }
    }

    private static void assertExportFails(ResidenceStatusRecord row, String item, CheckId check, String message) {
        if (check == null) {
            assertThatThrownBy(() -> InterchangeWriter.utf8().write(new ByteArrayOutputStream(),
                ResidenceStatusRecord.class, List.of(row))).isInstanceOf(IllegalArgumentException.class);
            return;
        }
        assertThatThrownBy(() -> InterchangeWriter.utf8().write(new ByteArrayOutputStream(),
            ResidenceStatusRecord.class, List.of(row)))
            .isInstanceOfSatisfying(InterchangeExportException.class, e -> {
                assertThat(e.item()).isEqualTo(item);
                assertThat(e.check()).isEqualTo(check);
                assertThat(e).hasMessage(message);
            });
    }

    @Test
    void byteOrderMarkOnlyForUtf8AndOnlyTwoCharsets() {
        assertThatThrownBy(() -> new InterchangeWriter(WINDOWS_31J, true)).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("a byte order mark is only written for UTF-8");
        assertThatThrownBy(() -> new InterchangeWriter(Charset.forName("Shift_JIS"), false))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesAPathAtomically(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("residence.csv");
        long count = InterchangeWriter.utf8().write(target, ResidenceStatusRecord.class, Samples.RESIDENCE_STATUSES);
        assertThat(count).isEqualTo(3);
        assertThat(Files.readAllBytes(target))
            .isEqualTo(write(InterchangeWriter.utf8(), ResidenceStatusRecord.class, Samples.RESIDENCE_STATUSES));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aFailedPathExportLeavesTheTargetUntouched(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("residence.csv");
        Files.writeString(target, "previous export");
        List<ResidenceStatusRecord> rows = List.of(Samples.RESIDENCE_STATUSES.get(0),
            new ResidenceStatusRecord("X", "07", null));
        assertThatThrownBy(() -> InterchangeWriter.utf8().write(target, ResidenceStatusRecord.class, rows))
            .isInstanceOf(InterchangeExportException.class);
        assertThat(Files.readString(target)).isEqualTo("previous export");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void rowsAreIteratedOnceAndStreamed() throws Exception {
        int[] iterations = {0};
        Iterable<ResidenceStatusRecord> rows = () -> {
            iterations[0]++;
            Iterator<ResidenceStatusRecord> it = Samples.RESIDENCE_STATUSES.iterator();
            return it;
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(InterchangeWriter.utf8().write(out, ResidenceStatusRecord.class, rows)).isEqualTo(3);
        assertThat(iterations[0]).isEqualTo(1);
    }

    static Stream<Arguments> writers() {
        return Stream.of(
            Arguments.of("UTF-8", InterchangeWriter.utf8(), UTF_8),
            Arguments.of("UTF-8 with BOM", InterchangeWriter.utf8WithByteOrderMark(), UTF_8),
            Arguments.of("Windows-31J", InterchangeWriter.windows31j(), WINDOWS_31J));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writers")
    void roundTripQualificationChanges(String name, InterchangeWriter writer, Charset charset) {
        List<QualificationChangeRecord> rows = new java.util.ArrayList<>(Samples.QUALIFICATION_CHANGES);
        AcquisitionReason[] starts = AcquisitionReason.values();
        LossReason[] ends = LossReason.values();
        for (int i = 0; i < Math.max(starts.length, ends.length); i++) {
            rows.add(Samples.fullQualificationChange(i, starts[i % starts.length], ends[i % ends.length]));
        }
        assertRoundTrip(writer, charset, QualificationChangeRecord.class, rows);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writers")
    void roundTripMitigationChanges(String name, InterchangeWriter writer, Charset charset) {
        List<MitigationChangeRecord> rows = new java.util.ArrayList<>(Samples.MITIGATION_CHANGES);
        rows.add(Samples.fullMitigationChange());
        assertRoundTrip(writer, charset, MitigationChangeRecord.class, rows);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writers")
    void roundTripPrefQualificationDates(String name, InterchangeWriter writer, Charset charset) {
        List<PrefQualificationDatesRecord> rows = new java.util.ArrayList<>(Samples.PREF_QUALIFICATION_DATES);
        rows.add(Samples.fullPrefQualificationDates());
        assertRoundTrip(writer, charset, PrefQualificationDatesRecord.class, rows);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writers")
    void roundTripResidenceStatuses(String name, InterchangeWriter writer, Charset charset) {
        List<ResidenceStatusRecord> rows = new java.util.ArrayList<>(Samples.RESIDENCE_STATUSES);
        rows.add(Samples.fullResidenceStatus());
        assertRoundTrip(writer, charset, ResidenceStatusRecord.class, rows);
    }

    @Test
    void importThenExportReproducesAnExportedFileByteForByte() {
        byte[] first = write(InterchangeWriter.windows31j(), QualificationChangeRecord.class,
            Samples.QUALIFICATION_CHANGES);
        Result<QualificationChangeRecord> read = read(first, WINDOWS_31J, QualificationChangeRecord.class);
        byte[] second = write(InterchangeWriter.windows31j(), QualificationChangeRecord.class, read.records());
        assertThat(second).isEqualTo(first);
    }

    private static <R extends InterchangeRecord> void assertRoundTrip(InterchangeWriter writer, Charset charset,
            Class<R> type, List<R> rows) {
        byte[] bytes = write(writer, type, rows);
        Result<R> result = read(bytes, charset, type);
        assertThat(result.report().errors()).isEmpty();
        assertThat(result.report().accepted()).isTrue();
        assertThat(result.records()).containsExactlyElementsOf(rows);
    }

    @Test
    void everyItemOfTheFullSamplesIsFilled() throws IOException {
        for (InterchangeRecord row : List.of(
                Samples.fullQualificationChange(1, AcquisitionReason.MOVE_IN, LossReason.DEATH),
                Samples.fullMitigationChange(), Samples.fullPrefQualificationDates(), Samples.fullResidenceStatus())) {
            assertThat(row.itemValues()).as(row.kind().name()).doesNotContainNull()
                .hasSize(row.kind().items().size());
        }
    }
}
