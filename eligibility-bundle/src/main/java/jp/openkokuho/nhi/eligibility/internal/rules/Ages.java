package jp.openkokuho.nhi.eligibility.internal.rules;

import java.time.LocalDate;

/**
 * Age arithmetic as the law counts it (年齢計算ニ関スル法律, 民法143条): a person attains age {@code n} at the end of
 * the day before the {@code n}-th anniversary of birth. For someone born on 29 February the anniversary in a common
 * year is 1 March, so the age is attained on 28 February. Rules that say "the day before the birthday", "the month
 * in which someone turns 70" or "under 65 on a day" all use this definition.
 */
public final class Ages {
    private Ages() {
    }

    /**
     * @param birthDate 生年月日
     * @param years an age
     * @return the day the age is attained (年齢到達日), the day before the birthday
     */
    public static LocalDate ageAttainedDate(LocalDate birthDate, int years) {
        // Shifting back one day before adding years keeps 29 Feb / 1 Mar births right in common years.
        return birthDate.minusDays(1).plusYears(years);
    }

    /**
     * @param birthDate 生年月日
     * @param years an age
     * @return the birthday on which that age is reached in everyday terms: the day after {@link #ageAttainedDate}
     */
    public static LocalDate birthday(LocalDate birthDate, int years) {
        return ageAttainedDate(birthDate, years).plusDays(1);
    }

    /**
     * @param birthDate 生年月日
     * @param date a day on or after the birth date
     * @return the legal age on that day: the largest {@code n} whose attainment day is on or before {@code date}
     */
    public static int ageOn(LocalDate birthDate, LocalDate date) {
        if (date.isBefore(birthDate)) {
            throw new IllegalArgumentException("date " + date + " is before the birth date");
        }
        int age = date.getYear() - birthDate.getYear() + 1;
        while (age > 0 && ageAttainedDate(birthDate, age).isAfter(date)) {
            age--;
        }
        return age;
    }
}
