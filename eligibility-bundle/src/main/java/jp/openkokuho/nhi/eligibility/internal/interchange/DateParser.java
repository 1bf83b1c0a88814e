package jp.openkokuho.nhi.eligibility.internal.interchange;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date forms that interchange files use and writes the one form they are exported in.
 *
 * <p>Accepted forms (ASCII digits only; full-width digits, spaces and other separators are not accepted):
 * <ul>
 * <li>{@code yyyy-MM-dd}, for example {@code 2021-09-01};</li>
 * <li>{@code yyyyMMdd}, for example {@code 20210901};</li>
 * <li>和暦 with kanji: era name, year (1–2 digits or 元 for the first year), 年, month, 月, day, 日 — for example
 * {@code 令和3年9月1日}, {@code 令和元年5月1日}, {@code 平成31年4月30日};</li>
 * <li>和暦 abbreviated: era letter (M 明治, T 大正, S 昭和, H 平成, R 令和) and three 2-digit fields separated by dots —
 * for example {@code R03.09.01}, {@code H31.04.30}, {@code R01.05.01}.</li>
 * </ul>
 *
 * <p>A 和暦 date must fall inside its era (checked with {@link JapaneseEra} through {@link JapaneseDate}): 平成31年4月30日
 * is the last day of 平成 and 令和元年5月1日 the first of 令和, so 平成31年5月1日 and 令和元年4月30日 are refused. Dates
 * before 明治6年1月1日 (1873-01-01, the adoption of the Gregorian calendar and the first date {@link JapaneseDate}
 * supports) are refused in 和暦 form.
 *
 * <p>Stateless and thread safe.
 */
public final class DateParser {
    private static final Pattern ISO = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");
    private static final Pattern BASIC = Pattern.compile("([0-9]{4})([0-9]{2})([0-9]{2})");
    private static final Pattern KANJI = Pattern.compile("(明治|大正|昭和|平成|令和)(元|[0-9]{1,2})年([0-9]{1,2})月([0-9]{1,2})日");
    private static final Pattern LETTER = Pattern.compile("([MTSHR])([0-9]{2})\\.([0-9]{2})\\.([0-9]{2})");

    /** Era by name and by letter, with the Gregorian year of its first year (元年). */
    private static final Map<String, Era> ERAS = Map.of(
        "明治", new Era(JapaneseEra.MEIJI, 1868), "M", new Era(JapaneseEra.MEIJI, 1868),
        "大正", new Era(JapaneseEra.TAISHO, 1912), "T", new Era(JapaneseEra.TAISHO, 1912),
        "昭和", new Era(JapaneseEra.SHOWA, 1926), "S", new Era(JapaneseEra.SHOWA, 1926),
        "平成", new Era(JapaneseEra.HEISEI, 1989), "H", new Era(JapaneseEra.HEISEI, 1989),
        "令和", new Era(JapaneseEra.REIWA, 2019), "R", new Era(JapaneseEra.REIWA, 2019));

    private DateParser() {
    }

    /** Why a text is not a date. Each problem has the check id that reports use. */
    public enum Problem {
        /** The text is in none of the accepted forms. */
        FORMAT(CheckId.DATE_FORMAT),
        /** The form is right but the date does not exist (2月30日, month 13, day 0). */
        INVALID(CheckId.DATE_INVALID),
        /** A 和暦 date outside its era, or before 明治6年. */
        ERA_RANGE(CheckId.DATE_ERA_RANGE);

        private final CheckId check;

        Problem(CheckId check) {
            this.check = check;
        }

        /** @return the check id reported for this problem */
        public CheckId check() {
            return check;
        }
    }

    /**
     * A text that is not an accepted date. The message describes the problem without repeating the text.
     */
    public static final class InvalidDateException extends IllegalArgumentException {
        /** Serial form version. */
        private static final long serialVersionUID = 1L;

        /** What is wrong. */
        private final Problem problem;

        InvalidDateException(Problem problem, String message) {
            super(message);
            this.problem = problem;
        }

        /** @return what is wrong */
        public Problem problem() {
            return problem;
        }
    }

    /**
     * @param text a non-empty date in one of the accepted forms
     * @return the date
     * @throws InvalidDateException if the text is in no accepted form, the date does not exist, or a 和暦 date lies
     *         outside its era
     * @throws NullPointerException if the text is {@code null}
     */
    public static LocalDate parse(String text) {
        Matcher m = ISO.matcher(text);
        if (m.matches() || (m = BASIC.matcher(text)).matches()) {
            return gregorian(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = KANJI.matcher(text);
        if (m.matches() || (m = LETTER.matcher(text)).matches()) {
            Era era = ERAS.get(m.group(1));
            int yearOfEra = "元".equals(m.group(2)) ? 1 : Integer.parseInt(m.group(2));
            return japanese(era, yearOfEra, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
        }
        throw new InvalidDateException(Problem.FORMAT,
            "is not a date in one of the forms yyyy-MM-dd, yyyyMMdd, 令和3年9月1日, R03.09.01");
    }

    /**
     * @param date a date
     * @return the export form, {@code yyyy-MM-dd} (years 0000–9999)
     * @throws IllegalArgumentException if the year is outside 0–9999 (it could not be read back)
     */
    public static String format(LocalDate date) {
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            throw new IllegalArgumentException("year outside 0000-9999 cannot be written as yyyy-MM-dd: " + year);
        }
        return String.format("%04d-%02d-%02d", year, date.getMonthValue(), date.getDayOfMonth());
    }

    private static LocalDate gregorian(int year, int month, int day) {
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new InvalidDateException(Problem.INVALID, "is not an existing date (month 1-12, day within the month)");
        }
        if (year < 1) {
            // java.time accepts the proleptic year 0 (= 1 BC), but no calendar date has it and the stores cannot
            // hold it (Derby DATE starts at 0001-01-01): an accepted file would fail while being stored
            throw new InvalidDateException(Problem.INVALID, "has year 0000, which does not exist (the first year is 0001)");
        }
        return date;
    }

    private static LocalDate japanese(Era era, int yearOfEra, int month, int day) {
        if (yearOfEra < 1) {
            throw new InvalidDateException(Problem.ERA_RANGE, "has year 0 of an era; the first year is 元年 (1)");
        }
        LocalDate date = gregorian(era.firstGregorianYear() + yearOfEra - 1, month, day);
        JapaneseEra actual;
        try {
            actual = JapaneseDate.from(date).getEra();
        } catch (DateTimeException e) {
            throw new InvalidDateException(Problem.ERA_RANGE, "is before 明治6年1月1日 (1873-01-01), which is not supported");
        }
        if (!actual.equals(era.era())) {
            throw new InvalidDateException(Problem.ERA_RANGE,
                "is not within its era (平成 ends 2019-04-30, 令和 begins 2019-05-01; 昭和 ends 1989-01-07; "
                    + "大正 ends 1926-12-24)");
        }
        return date;
    }

    private record Era(JapaneseEra era, int firstGregorianYear) {
    }
}
