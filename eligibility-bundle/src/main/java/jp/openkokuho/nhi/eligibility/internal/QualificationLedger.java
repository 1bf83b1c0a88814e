package jp.openkokuho.nhi.eligibility.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.openkokuho.nhi.api.eligibility.RelationshipType;
import jp.openkokuho.nhi.eligibility.internal.interchange.CheckId;
import jp.openkokuho.nhi.eligibility.internal.interchange.ImportError;
import jp.openkokuho.nhi.eligibility.internal.interchange.QualificationChangeRecord;
import jp.openkokuho.nhi.eligibility.internal.rules.LossDateRule;
import jp.openkokuho.nhi.eligibility.internal.rules.RetireeRule;

/**
 * The checks of a 資格異動ファイル row against the rows before it and the stored coverage history, and the numbering
 * of the coverage versions the rows become. Rows are applied in file order; a valid row changes the state, an invalid
 * one only adds errors.
 *
 * <p><b>Model.</b> A row is one version of one coverage period of one person; the period is identified by its
 * 適用開始年月日 (a later row with the same start date is a new version of that period, for example the loss added
 * to an acquisition), and 削除区分 = 1 ends the period's life (logical deletion). The live periods of a person must not
 * overlap (R1); two overlapping periods in different 国保世帯 put the person in two households at once (R21); and the
 * 世帯主 (続柄区分 1) periods of one household must not overlap between persons (R21).
 *
 * <p><b>Memory.</b> A million rows must validate in a small heap, so nothing of a row is kept but a few numbers: per
 * person one {@code long[]} (next 履歴番号 and period number, then four longs per live period: start/end epoch days,
 * household key, period number with 世帯主 flag, file line), and per household the 世帯主 periods (two longs each).
 * 宛名番号 and 国保世帯番号 are at most 15 digits and are packed into a {@code long} with their length, so leading
 * zeros stay distinct. About 100 bytes per person.
 *
 * <p>Not thread safe; one instance per pass over a file.
 */
final class QualificationLedger {
    /** The 該当年月日 from which a new 退職者医療 該当 is refused (R10: closed after 2015-03-31). */
    static final LocalDate RETIREE_CLOSED_FROM = RetireeRule.LAST_NEW_FROM_DATE.plusDays(1);
    private static final int OPEN_END = Integer.MAX_VALUE;
    private static final int HEADER = 1;
    private static final int GROUP = 4;

    /** The coverage version a valid row becomes. */
    record Assignment(int historySeq, int periodSeq, RelationshipType relationship) {
    }

    private final String fileName;
    private final Map<Long, long[]> persons = new HashMap<>();
    private final Map<Long, long[]> heads = new HashMap<>();

    /** @param fileName the file name errors name */
    QualificationLedger(String fileName) {
        this.fileName = fileName;
    }

    /**
     * Loads the live periods and the version numbers of every person of the stored history, streaming.
     *
     * @param c a connection of the tenant store
     * @throws SQLException if the read fails
     */
    void loadStored(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT ATENA_NO, HISTORY_SEQ, PERIOD_SEQ, NHI_HOUSEHOLD_NO,"
                + " RELATIONSHIP_TYPE, COVERAGE_START_DATE, COVERAGE_END_DATE, IS_DELETED FROM NHI_COVERAGE_VERSION"
                + " ORDER BY ATENA_NO, HISTORY_SEQ")) {
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                String current = null;
                Map<Integer, long[]> periods = new HashMap<>();
                int maxHistory = 0;
                int maxPeriod = 0;
                while (rs.next()) {
                    String atenaNo = rs.getString(1);
                    if (!atenaNo.equals(current)) {
                        if (current != null) {
                            addStored(current, maxHistory, maxPeriod, periods);
                        }
                        current = atenaNo;
                        periods.clear();
                        maxHistory = 0;
                        maxPeriod = 0;
                    }
                    int periodSeq = rs.getInt(3);
                    maxHistory = Math.max(maxHistory, rs.getInt(2));
                    maxPeriod = Math.max(maxPeriod, periodSeq);
                    Date end = rs.getDate(7);
                    boolean head = RelationshipType.HEAD.name().equals(rs.getString(5));
                    // ordered by 履歴番号, so the last version of a period wins
                    periods.put(periodSeq, rs.getBoolean(8) ? null : new long[] {
                        span(rs.getDate(6).toLocalDate(), end == null ? null : end.toLocalDate()),
                        key(rs.getString(4)), ((long) periodSeq << 1) | (head ? 1 : 0), 0});
                }
                if (current != null) {
                    addStored(current, maxHistory, maxPeriod, periods);
                }
            }
        }
    }

    private void addStored(String atenaNo, int maxHistory, int maxPeriod, Map<Integer, long[]> periods) {
        long person = key(atenaNo);
        List<long[]> live = new ArrayList<>();
        periods.values().forEach(p -> {
            if (p != null) {
                live.add(p);
            }
        });
        long[] state = new long[HEADER + GROUP * live.size()];
        state[0] = counters(maxHistory + 1, maxPeriod + 1);
        for (int i = 0; i < live.size(); i++) {
            System.arraycopy(live.get(i), 0, state, HEADER + GROUP * i, GROUP);
            if ((live.get(i)[2] & 1) == 1) {
                addHead(live.get(i)[1], live.get(i)[0], person, 0);
            }
        }
        persons.put(person, state);
    }

    /**
     * Checks one row and, if it passes, applies it.
     *
     * @param line the row's physical line
     * @param r the row (it passed the cell checks)
     * @param errors receives the row's errors
     * @return the version the row becomes, or {@code null} if it has an error
     */
    Assignment apply(long line, QualificationChangeRecord r, List<ImportError> errors) {
        int before = errors.size();
        requirePresent(r.nhiHouseholdNo(), "国保世帯番号", line, errors);
        requirePresent(r.coverageStartDate(), "適用開始年月日", line, errors);
        requirePresent(r.coverageStartReason(), "適用開始事由", line, errors);
        requirePresent(r.startNotifiedDate(), "開始届出日", line, errors);
        requirePresent(r.relationshipType(), "続柄区分", line, errors);
        if (r.coverageEndDate() != null) {
            requirePresent(r.coverageEndReason(), "適用終了事由", line, errors);
            requirePresent(r.endNotifiedDate(), "終了届出日", line, errors);
        }
        RelationshipType relationship = relationship(r.relationshipType());
        if (r.relationshipType() != null && relationship == null) {
            errors.add(new ImportError(fileName, line, "続柄区分", CheckId.RELATIONSHIP_TYPE,
                "続柄区分 is not 1 (世帯主) or 2 (世帯員)"));
        }
        if (r.coverageStartDate() != null && r.coverageEndDate() != null
                && !r.coverageEndDate().isAfter(r.coverageStartDate())) {
            errors.add(new ImportError(fileName, line, "適用終了年月日", CheckId.LOSS_NOT_AFTER_ACQUISITION,
                "適用終了年月日 is not after 適用開始年月日: coverage cannot end before it starts (" + LossDateRule.RULE
                    + ")"));
        }
        if (r.retireeFromDate() != null && !r.retireeFromDate().isBefore(RETIREE_CLOSED_FROM)) {
            errors.add(new ImportError(fileName, line, "該当年月日", CheckId.RETIREE_AFTER_ABOLITION,
                "該当年月日 is on or after 2015-04-01: no new 退職者医療 該当 after the system closed ("
                    + RetireeRule.RULE + ")"));
        }
        if (errors.size() > before) {
            return null;
        }
        long person = key(r.atenaNo());
        long[] state = persons.get(person);
        if (state == null) {
            state = new long[] {counters(1, 1)};
        }
        long span = span(r.coverageStartDate(), r.coverageEndDate());
        int start = (int) (span >> 32);
        long household = key(r.nhiHouseholdNo());
        boolean head = relationship == RelationshipType.HEAD;
        int same = -1;
        for (int g = HEADER; g < state.length; g += GROUP) {
            if ((int) (state[g] >> 32) == start) {
                same = g;
            } else if (!r.isDeleted() && overlaps(span, state[g])) {
                boolean otherHousehold = state[g + 1] != household;
                errors.add(new ImportError(fileName, line, "適用開始年月日",
                    otherHousehold ? CheckId.TWO_HOUSEHOLDS : CheckId.COVERAGE_OVERLAP,
                    (otherHousehold ? "the person would be in two 国保世帯 at the same time: the period overlaps"
                        + " a period in another 国保世帯" : "the coverage period overlaps another period of the same"
                        + " person") + where(state[g + 3]) + "; one person has one coverage period at a time ("
                        + (otherHousehold ? "R21" : "R1") + ")"));
            }
        }
        if (!r.isDeleted() && head) {
            long otherHead = overlappingHead(household, span, person);
            if (otherHead >= 0) {
                errors.add(new ImportError(fileName, line, "続柄区分", CheckId.TWO_HEADS,
                    "the 国保世帯 would have two 世帯主 on the same date: another person is its 世帯主"
                        + where(otherHead) + " (R21)"));
            }
        }
        if (errors.size() > before) {
            return null;
        }
        int historySeq = (int) (state[0] >> 32);
        int periodSeq;
        if (same >= 0) {
            periodSeq = (int) (state[same + 2] >> 1);
            if ((state[same + 2] & 1) == 1) {
                removeHead(state[same + 1], person, start);
            }
            state = remove(state, same);
        } else {
            periodSeq = (int) state[0];
            state[0] = counters(historySeq, periodSeq + 1);
        }
        state[0] = counters(historySeq + 1, (int) state[0]);
        if (!r.isDeleted()) {
            int g = state.length;
            state = Arrays.copyOf(state, g + GROUP);
            state[g] = span;
            state[g + 1] = household;
            state[g + 2] = ((long) periodSeq << 1) | (head ? 1 : 0);
            state[g + 3] = line;
            if (head) {
                addHead(household, span, person, line);
            }
        }
        persons.put(person, state);
        return new Assignment(historySeq, periodSeq, relationship);
    }

    /**
     * @param code a 続柄区分 cell
     * @return the relationship, or {@code null} if the code is not one of {@code 1}, {@code 2}, {@code HEAD},
     *         {@code MEMBER}
     */
    static RelationshipType relationship(String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "1", "HEAD" -> RelationshipType.HEAD;
            case "2", "MEMBER" -> RelationshipType.MEMBER;
            default -> null;
        };
    }

    /** @return the 続柄区分 code written for a relationship */
    static String relationshipCode(RelationshipType type) {
        return type == RelationshipType.HEAD ? "1" : "2";
    }

    private void requirePresent(Object value, String item, long line, List<ImportError> errors) {
        if (value == null) {
            errors.add(new ImportError(fileName, line, item, CheckId.COVERAGE_INCOMPLETE,
                item + " is needed to record the coverage of a 資格異動 row"));
        }
    }

    private static String where(long line) {
        return line == 0 ? " already stored" : " of line " + line;
    }

    private long overlappingHead(long household, long span, long person) {
        long[] h = heads.get(household);
        if (h != null) {
            for (int i = 0; i < h.length; i += 3) {
                if (h[i + 1] != person && overlaps(span, h[i])) {
                    return h[i + 2];
                }
            }
        }
        return -1;
    }

    private void addHead(long household, long span, long person, long line) {
        long[] h = heads.get(household);
        int n = h == null ? 0 : h.length;
        long[] grown = h == null ? new long[3] : Arrays.copyOf(h, n + 3);
        grown[n] = span;
        grown[n + 1] = person;
        grown[n + 2] = line;
        heads.put(household, grown);
    }

    private void removeHead(long household, long person, int start) {
        long[] h = heads.get(household);
        if (h == null) {
            return;
        }
        for (int i = 0; i < h.length; i += 3) {
            if (h[i + 1] == person && (int) (h[i] >> 32) == start) {
                long[] shrunk = new long[h.length - 3];
                System.arraycopy(h, 0, shrunk, 0, i);
                System.arraycopy(h, i + 3, shrunk, i, h.length - i - 3);
                if (shrunk.length == 0) {
                    heads.remove(household);
                } else {
                    heads.put(household, shrunk);
                }
                return;
            }
        }
    }

    private static long[] remove(long[] state, int group) {
        long[] shrunk = new long[state.length - GROUP];
        System.arraycopy(state, 0, shrunk, 0, group);
        System.arraycopy(state, group + GROUP, shrunk, group, state.length - group - GROUP);
        return shrunk;
    }

    /** Half-open periods [start, end) overlap; an open end is infinite. */
    private static boolean overlaps(long a, long b) {
        return (int) (a >> 32) < (int) b && (int) (b >> 32) < (int) a;
    }

    private static long counters(int nextHistory, int nextPeriod) {
        return ((long) nextHistory << 32) | (nextPeriod & 0xffffffffL);
    }

    private static long span(LocalDate start, LocalDate end) {
        int e = end == null ? OPEN_END : (int) end.toEpochDay();
        return ((long) start.toEpochDay() << 32) | (e & 0xffffffffL);
    }

    /** Packs 1–15 ASCII digits and their count, so {@code 0123} and {@code 123} differ. */
    static long key(String digits) {
        return Long.parseLong(digits) * 16 + digits.length();
    }
}
