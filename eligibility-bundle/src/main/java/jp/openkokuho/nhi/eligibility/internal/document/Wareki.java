package jp.openkokuho.nhi.eligibility.internal.document;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * Dates as Japanese documents print them (和暦): 昭和30年4月1日, 令和元年5月1日 (the first year of an era is 元年).
 * Uses {@link JapaneseDate}, so era boundaries (e.g. 平成31年4月30日 / 令和元年5月1日) come from the JDK.
 */
public final class Wareki {
    private Wareki() {
    }

    /**
     * @param date a date on or after 明治6年1月1日 (1873-01-01)
     * @return the date in 和暦
     */
    public static String format(LocalDate date) {
        JapaneseDate jd = JapaneseDate.from(date);
        JapaneseEra era = jd.getEra();
        int year = jd.get(ChronoField.YEAR_OF_ERA);
        return era.getDisplayName(TextStyle.FULL, Locale.JAPAN) + (year == 1 ? "元" : Integer.toString(year)) + "年"
            + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
