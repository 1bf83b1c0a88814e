package jp.openkokuho.nhi.eligibility.internal.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * R17 被保険者等記号・番号の枝番 (2-digit branch number per insured person), source tag ✅ (S27 足利市, 枚方市,
 * 健保法3条12項; reuse policy and value range ❓): since 2021 every insured person gets a 2-digit 枝番 next to the
 * household's 記号・番号. Members of a household are numbered 01, 02, 03 …; a newcomer gets the lowest free number;
 * a number once used in the household's history is not given to anyone else unless the tenant allows reuse
 * ({@link RuleParameters#reuseBranchNumbers()}); the range is 01 to 99 and assignment fails when it is exhausted.
 *
 * <p>Parameters used by the methods: {@code count} = the number of members numbered at once;
 * {@code value} / {@code branchNo} = a branch number as int or two-digit text; {@code currentlyAssigned} = the
 * numbers held by the household's current members; {@code usedInHistory} = every number ever assigned in the
 * household (may include the current ones); {@code parameters} = the tenant's rule parameters.
 */
public final class BranchNumberRule {
    /** Rule id used in error reports. */
    public static final String RULE = "R17";
    /** Lowest branch number. */
    public static final int MIN = 1;
    /** Highest branch number. */
    public static final int MAX = 99;

    private BranchNumberRule() {
    }

    /**
     * @param value a branch number, 1 to 99
     * @return its two-digit form ({@code 4} → {@code "04"})
     * @throws RuleCheckException if the value is out of range
     */
    public static String format(int value) {
        if (value < MIN || value > MAX) {
            throw new RuleCheckException(RULE, "branch_no", "must be 01 to 99");
        }
        return String.format("%02d", value);
    }

    /**
     * @param branchNo a branch number as stored, exactly two digits
     * @return its value, 1 to 99
     * @throws RuleCheckException if it is not two digits or is {@code 00}
     */
    public static int parse(String branchNo) {
        if (branchNo == null || !branchNo.matches("[0-9]{2}") || "00".equals(branchNo)) {
            throw new RuleCheckException(RULE, "branch_no", "must be two digits 01 to 99");
        }
        return Integer.parseInt(branchNo);
    }

    /**
     * @param count members of a household numbered for the first time, 1 to 99
     * @return {@code "01"} … in listing order
     * @throws RuleCheckException if the count is out of range
     */
    public static List<String> initialBranchNumbers(int count) {
        if (count < MIN || count > MAX) {
            throw new RuleCheckException(RULE, "branch_no", "a household can be numbered for 1 to 99 members");
        }
        List<String> numbers = new ArrayList<>(count);
        for (int i = MIN; i <= count; i++) {
            numbers.add(format(i));
        }
        return List.copyOf(numbers);
    }

    /**
     * The branch number for a newcomer (birth, move-in, household merge) in an existing household.
     *
     * @param currentlyAssigned numbers of the current members
     * @param usedInHistory every number ever assigned in the household
     * @param parameters tenant parameters ({@code reuseBranchNumbers})
     * @return the lowest number neither currently assigned nor, unless reuse is allowed, used in the history
     * @throws RuleCheckException if a stored number is malformed or no number is left
     */
    public static String nextBranchNumber(Collection<String> currentlyAssigned, Collection<String> usedInHistory,
            RuleParameters parameters) {
        Set<Integer> taken = new HashSet<>();
        currentlyAssigned.forEach(b -> taken.add(parse(b)));
        if (!parameters.reuseBranchNumbers()) {
            usedInHistory.forEach(b -> taken.add(parse(b)));
        }
        for (int i = MIN; i <= MAX; i++) {
            if (!taken.contains(i)) {
                return format(i);
            }
        }
        throw new RuleCheckException(RULE, "branch_no", "all branch numbers 01 to 99 of the household are used");
    }
}
