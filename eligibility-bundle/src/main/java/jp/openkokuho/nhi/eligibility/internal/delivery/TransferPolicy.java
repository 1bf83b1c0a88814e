package jp.openkokuho.nhi.eligibility.internal.delivery;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Purpose limitation for one destination: the legal basis of the transfer and the items that basis allows.
 *
 * @param destinationId the destination
 * @param legalBasis the legal basis, as the assessment's 移転先 table states it
 * @param items the allowed item names
 */
public record TransferPolicy(String destinationId, String legalBasis, Set<String> items) {
    /** Validates and copies. */
    public TransferPolicy {
        if (destinationId == null || destinationId.isBlank() || legalBasis == null || legalBasis.isBlank()) {
            throw new IllegalArgumentException("a transfer policy needs a destination id and a legal basis");
        }
        items = Set.copyOf(items);
    }

    /**
     * @param declaredBasis the legal basis the destination declares
     * @param declaredItems the items the destination asks for
     * @return {@code null} if permitted, else the reason it is refused (one line, for administrators)
     */
    public String refusal(String declaredBasis, Collection<String> declaredItems) {
        if (!legalBasis.equals(declaredBasis)) {
            return "destination " + destinationId + " declares the legal basis '" + declaredBasis
                + "' but its transfer policy allows transfers only under '" + legalBasis + "'";
        }
        Set<String> extra = new TreeSet<>(declaredItems);
        extra.removeAll(items);
        if (!extra.isEmpty()) {
            return "destination " + destinationId + " asks for " + String.join(", ", extra) + ", which "
                + legalBasis + " does not allow (allowed: " + String.join(", ", new TreeSet<>(items)) + ")";
        }
        return null;
    }

    /**
     * @param value comma separated names (or several values)
     * @return the names, trimmed, without empties
     */
    static List<String> names(String[] value) {
        List<String> out = new java.util.ArrayList<>();
        for (String v : value == null ? new String[0] : value) {
            for (String s : v.split(",")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
        }
        return out;
    }
}
