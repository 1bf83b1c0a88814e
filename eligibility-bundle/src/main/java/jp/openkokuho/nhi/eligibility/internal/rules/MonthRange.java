package jp.openkokuho.nhi.eligibility.internal.rules;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A closed range of calendar months {@code [first, last]}, both included: the unit in which 国保税 is apportioned
 * (月割) and in which reductions and exemptions are granted.
 *
 * @param first the first month in the range
 * @param last the last month in the range, not before {@code first}
 */
public record MonthRange(YearMonth first, YearMonth last) {

    /**
     * Validates the components.
     *
     * @param first as in the record description
     * @param last as in the record description
     * @throws NullPointerException if a month is {@code null}
     * @throws IllegalArgumentException if {@code last} is before {@code first}
     */
    public MonthRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("last month " + last + " is before first month " + first);
        }
    }

    /**
     * @param first the first month
     * @param count how many months, at least 1
     * @return the range of {@code count} months starting with {@code first}
     */
    public static MonthRange ofLength(YearMonth first, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("a month range has at least one month, not " + count);
        }
        return new MonthRange(first, first.plusMonths(count - 1L));
    }

    /**
     * @param month a month
     * @return {@code true} if the month lies in the range
     */
    public boolean contains(YearMonth month) {
        return !month.isBefore(first) && !month.isAfter(last);
    }

    /** @return the number of months in the range (at least 1) */
    public int size() {
        return (int) ChronoUnit.MONTHS.between(first, last) + 1;
    }

    /** @return every month of the range in ascending order */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>(size());
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return List.copyOf(months);
    }

    /**
     * @param other another range
     * @return the months both ranges contain, or empty if they do not overlap
     */
    public Optional<MonthRange> intersect(MonthRange other) {
        YearMonth from = first.isAfter(other.first) ? first : other.first;
        YearMonth to = last.isBefore(other.last) ? last : other.last;
        return to.isBefore(from) ? Optional.empty() : Optional.of(new MonthRange(from, to));
    }
}
