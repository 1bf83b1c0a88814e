package jp.openkokuho.nhi.linkage.internal.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.openkokuho.nhi.api.linkage.LinkageException;

/**
 * R17 被保険者枝番: two digits per insured person within the household's 記号・番号. A household of three gets 01,
 * 02, 03; a newborn added later gets the next number after the highest ever used (04). A number once used in a
 * household is not given to anyone else: the rules found no reuse policy (❓), and not reusing can never confuse
 * two persons on an old card.
 */
public final class BranchNumbers {
    /** Highest 枝番. */
    public static final int MAX = 99;

    private BranchNumbers() {
    }

    /**
     * @param householdNo for messages
     * @param used every 枝番 ever assigned in the household
     * @param newPersons persons without a 枝番, in assignment order
     * @return person → new 枝番, in the order given
     * @throws LinkageException (R17) past 99
     */
    public static Map<String, String> assign(String householdNo, Collection<String> used, List<String> newPersons) {
        int highest = 0;
        for (String b : used) {
            highest = Math.max(highest, Integer.parseInt(b));
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String person : new ArrayList<>(newPersons)) {
            if (out.containsKey(person)) {
                continue;
            }
            highest++;
            if (highest > MAX) {
                throw new LinkageException("R17", "国保世帯 " + householdNo + " has used all 99 被保険者枝番");
            }
            out.put(person, String.format("%02d", highest));
        }
        return out;
    }
}
