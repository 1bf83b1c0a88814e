package jp.openkokuho.nhi.linkage.internal.duplicate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * R5 資格重複 (保国発1129第1号, 鴨川市 要綱): from the 中間サーバー's monthly 資格重複状況結果一覧, a person is a candidate
 * for 届出勧奨 and then 職権喪失 when <b>all</b> hold:
 * <ol>
 * <li>被用者保険 資格取得日 ≥ 国保 資格取得日;</li>
 * <li>the person appears in 2 or more consecutive lists;</li>
 * <li>the same employee insurance appears in those consecutive lists.</li>
 * </ol>
 * The proposed loss date is the day after the employee-insurance acquisition (R3, 🟡). 勧奨 deadlines follow the
 * 熊野町 要領 quoted in R5 (≥ 31 days, 再勧奨 ≥ 14 days): the rules give none specific to 資格重複.
 */
public final class DuplicateCoverageCandidates {
    /** Days of the first 勧奨 deadline. */
    public static final int FIRST_NOTICE_DAYS = 31;
    /** Days of the 再勧奨 deadline. */
    public static final int SECOND_NOTICE_DAYS = 14;

    /**
     * One row of a 資格重複状況結果一覧.
     *
     * @param listMonth the list's month
     * @param atenaNo 宛名番号
     * @param employeeInsurerNo 被用者保険 保険者番号 (8 digits)
     * @param employeeAcquisitionDate 被用者保険 資格取得日
     * @param nhiAcquisitionDate 国保 資格取得日
     */
    public record Entry(YearMonth listMonth, String atenaNo, String employeeInsurerNo, LocalDate employeeAcquisitionDate,
            LocalDate nhiAcquisitionDate) {
    }

    /**
     * A candidate.
     *
     * @param atenaNo 宛名番号
     * @param employeeInsurerNo the employee insurer
     * @param consecutiveLists how many consecutive lists up to the latest carried it
     * @param proposedLossDate 職権喪失 proposal: the day after the employee-insurance acquisition
     */
    public record Candidate(String atenaNo, String employeeInsurerNo, int consecutiveLists, LocalDate proposedLossDate) {
    }

    private DuplicateCoverageCandidates() {
    }

    /**
     * @param entries rows of any number of monthly lists
     * @param latestList the month of the newest list; only persons on it can be candidates
     * @return candidates ordered by 宛名番号
     */
    public static List<Candidate> candidates(List<Entry> entries, YearMonth latestList) {
        Map<String, List<Entry>> byPerson = new LinkedHashMap<>();
        entries.stream().sorted(Comparator.comparing(Entry::atenaNo).thenComparing(Entry::listMonth))
            .forEach(e -> byPerson.computeIfAbsent(e.atenaNo(), k -> new ArrayList<>()).add(e));
        List<Candidate> out = new ArrayList<>();
        for (List<Entry> rows : byPerson.values()) {
            Entry latest = rows.get(rows.size() - 1);
            if (!latest.listMonth().equals(latestList)
                    || latest.employeeAcquisitionDate().isBefore(latest.nhiAcquisitionDate())) {
                continue;
            }
            int run = 1;
            for (int i = rows.size() - 2; i >= 0; i--) {
                Entry e = rows.get(i);
                if (!e.listMonth().equals(latestList.minusMonths(run))
                        || !e.employeeInsurerNo().equals(latest.employeeInsurerNo())) {
                    break;
                }
                run++;
            }
            if (run >= 2) {
                out.add(new Candidate(latest.atenaNo(), latest.employeeInsurerNo(), run,
                    latest.employeeAcquisitionDate().plusDays(1)));
            }
        }
        return out;
    }

    /**
     * @param sentOn day the 勧奨 was sent
     * @param second whether it is the 再勧奨
     * @return the reply deadline
     */
    public static LocalDate noticeDeadline(LocalDate sentOn, boolean second) {
        return sentOn.plusDays(second ? SECOND_NOTICE_DAYS : FIRST_NOTICE_DAYS);
    }
}
