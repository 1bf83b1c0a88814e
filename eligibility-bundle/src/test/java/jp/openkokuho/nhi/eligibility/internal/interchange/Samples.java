package jp.openkokuho.nhi.eligibility.internal.interchange;

import static jp.openkokuho.nhi.api.eligibility.AcquisitionReason.LEFT_EMPLOYEE_INSURANCE;
import static jp.openkokuho.nhi.api.eligibility.AcquisitionReason.MOVE_IN;
import static jp.openkokuho.nhi.api.eligibility.LossReason.DEATH;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jp.openkokuho.nhi.api.eligibility.AcquisitionReason;
import jp.openkokuho.nhi.api.eligibility.LossReason;

/** Synthetic rows and helpers shared by the interchange tests. No real person's data. */
final class Samples {
    static final String RS_HEADER = "宛名番号,在留資格コード,在留期間満了日";
    static final String MC_HEADER = "宛名番号,履歴番号,更新連番,対象区分,届出日,開始日,終了日,世帯番号(住基),国保世帯番号,削除区分,処理日";

    private Samples() {
    }

    static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    /** The rows of {@code interchange/qualification-change.csv}, lines 2, 3 and 5 (row 2 spans lines 3–4). */
    static final List<QualificationChangeRecord> QUALIFICATION_CHANGES = List.of(
        new QualificationChangeRecord("0000012345", "01", "000000000123", 1, 1, "1", "02", null, null, null,
            "世帯主", "世帯主",
            d(2021, 9, 1), d(2021, 9, 1), MOVE_IN, d(2021, 9, 6),
            null, null, null, null,
            null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null,
            d(2021, 9, 6), d(2021, 9, 6), "1", false, null, d(2021, 9, 6)),
        new QualificationChangeRecord("0000012345", null, "000000000124", 2, 2, "2", "03", null, null, null,
            "妻", "妻",
            d(2019, 4, 30), d(2019, 4, 30), LEFT_EMPLOYEE_INSURANCE, d(2019, 5, 7),
            d(2021, 3, 16), d(2021, 3, 16), DEATH, d(2021, 3, 20),
            d(2020, 4, 1), "12", d(2020, 4, 3), "1", "0000012346",
            null, null, null, null, null, null, null, null, "国民年金,老齢基礎\r\n(受給中)", "A1", null, null,
            null, null, null, null, null,
            null, null, null, true, 2, d(2021, 3, 20)),
        new QualificationChangeRecord("0000020000", null, "000000000200", 3, 1, "1", "01", null, null, null,
            "世帯主", "世帯主",
            d(1985, 4, 1), null, LEFT_EMPLOYEE_INSURANCE, d(1985, 4, 5),
            null, null, null, null,
            null, null, null, null, null,
            "1", d(1989, 1, 8), d(1989, 1, 8), d(1989, 1, 20), d(2009, 3, 31), d(2009, 3, 31), d(2009, 4, 2),
            d(1989, 1, 7), "厚生年金", "01", 1, "000000000200",
            "01", null, null, null, "本人",
            null, null, "2", false, null, d(2009, 4, 2)));

    /** The rows of {@code interchange/mitigation-change.csv} (LF line ends, no BOM). */
    static final List<MitigationChangeRecord> MITIGATION_CHANGES = List.of(
        new MitigationChangeRecord("000000000124", 1, 1, "01", d(2021, 9, 6), d(2021, 9, 1), d(2023, 8, 31),
            "0000098765", "0000012345", false, d(2021, 9, 6)),
        new MitigationChangeRecord("000000000300", 2, 3, "02", null, d(2022, 4, 1), null, "0000098766",
            "0000012350", true, d(2022, 4, 5)));

    /** The rows of {@code interchange/pref-qualification-dates.csv}. */
    static final List<PrefQualificationDatesRecord> PREF_QUALIFICATION_DATES = List.of(
        new PrefQualificationDatesRecord("0000012345", "000000000123", "112292", "和光", "1234567", "0000098765",
            d(2021, 9, 6), d(2021, 9, 1), MOVE_IN, null, null, null,
            null, null, null, null, null, null, null, null, null, null,
            1, true, 1, d(2021, 10, 5)),
        new PrefQualificationDatesRecord("0000012345", "000000000124", "112292", "和光", "1234568", "0000098765",
            d(2019, 5, 7), d(2019, 5, 1), LEFT_EMPLOYEE_INSURANCE, d(2021, 3, 20), d(2021, 3, 16), DEATH,
            "備考あり", null, null, null, null, null, null, null, null, null,
            2, false, 3, d(2021, 4, 5)));

    /** The rows of {@code interchange/residence-status.csv}. */
    static final List<ResidenceStatusRecord> RESIDENCE_STATUSES = List.of(
        new ResidenceStatusRecord("000000000500", "07", d(2026, 9, 30)),
        new ResidenceStatusRecord("000000000501", "25", null),
        new ResidenceStatusRecord("000000000502", "12", d(2026, 12, 31)));

    /**
     * A 資格異動 row with every item filled and awkward values: leading zeros, maximum sequences, formula-leading
     * text, quotes, commas, CRLF, TAB, and characters only Windows-31J's NEC/IBM extensions have (①, 髙, ～ U+FF5E).
     */
    static QualificationChangeRecord fullQualificationChange(int seq, AcquisitionReason start, LossReason end) {
        return new QualificationChangeRecord("000000000000001", "A9", "00000000000000" + (seq % 10), seq, 999_999_999,
            "9", "01", "02", "03", "04",
            "=SUM(A1:A9)", "'@x",
            d(2019, 5, 1), d(2019, 4, 30), start, d(2019, 5, 14),
            d(2024, 12, 2), d(2024, 12, 1), end, d(2024, 12, 16),
            d(2020, 2, 29), "99", d(2020, 3, 2), "2", "0123",
            "1", d(1989, 1, 8), d(1989, 1, 7), d(1926, 12, 25), d(2015, 3, 31), d(2015, 4, 1), d(2015, 4, 14),
            d(1873, 1, 1), "厚生年金,\"基礎\"\r\n①～髙", "Z9", 0, "000000000000099",
            "11", "12", "13", "14", "\t本人",
            d(2099, 12, 31), d(2000, 1, 1), "3", true, 7, d(2026, 4, 1));
    }

    static MitigationChangeRecord fullMitigationChange() {
        return new MitigationChangeRecord("012345678901234", 0, 123_456_789, "SPH01", d(2019, 4, 30), d(2019, 5, 1),
            d(2028, 5, 31), "000000000000000", "1", true, d(2026, 1, 31));
    }

    static PrefQualificationDatesRecord fullPrefQualificationDates() {
        return new PrefQualificationDatesRecord("0000000001", "000000000000123", "331207", "記号,\"A\"",
            "00000000000000000001", "999999999999999", d(2026, 6, 1), d(2026, 5, 20), AcquisitionReason.BIRTH,
            d(2026, 7, 1), d(2026, 6, 15), LossReason.LATE_ELDERLY,
            "-1", "+81", "@home", "=HYPERLINK(\"x\")", "\rA", "'=already", "''-two", "a\r\nb", "～①㈱", "予備\t10",
            0, false, 999_999_999, d(2026, 7, 2));
    }

    static ResidenceStatusRecord fullResidenceStatus() {
        return new ResidenceStatusRecord("000000000000000", "ABCDEFGHIJ", d(2027, 7, 31));
    }

    /** A file: the lines joined and ended with CRLF, encoded in the charset. */
    static byte[] file(Charset charset, String... lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line).append("\r\n");
        }
        return text.toString().getBytes(charset);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static byte[] resource(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/interchange/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The outcome of one read: the report and the rows the sink received. */
    record Result<R extends InterchangeRecord>(ImportReport report, List<InterchangeRow<R>> rows) {
        List<R> records() {
            return rows.stream().map(InterchangeRow::record).toList();
        }

        List<Long> lines() {
            return rows.stream().map(InterchangeRow::line).toList();
        }
    }

    static <R extends InterchangeRecord> Result<R> read(InterchangeReader reader, byte[] bytes, String fileName,
            Charset charset, Class<R> type) {
        List<InterchangeRow<R>> rows = new ArrayList<>();
        try {
            ImportReport report = reader.read(new ByteArrayInputStream(bytes), fileName, charset, type, rows::add);
            return new Result<>(report, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <R extends InterchangeRecord> Result<R> read(byte[] bytes, Charset charset, Class<R> type) {
        return read(new InterchangeReader(), bytes, "t.csv", charset, type);
    }

    static <R extends InterchangeRecord> byte[] write(InterchangeWriter writer, Class<R> type, List<R> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(out, type, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterchangeExportException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }
}
