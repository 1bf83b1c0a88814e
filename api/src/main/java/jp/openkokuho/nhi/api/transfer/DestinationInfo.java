package jp.openkokuho.nhi.api.transfer;

import java.util.List;

/**
 * A destination service as the platform sees it now, with the verdict of its transfer policy.
 *
 * @param id destination id
 * @param name the system's name
 * @param legalBasis the legal basis the destination declares
 * @param items the items the destination declares it needs
 * @param bundle symbolic name of the bundle providing it
 * @param version version of that bundle
 * @param refusal {@code null} if the transfer policy allows the destination everything it asks for; otherwise why
 *        no change is delivered to it (no policy: default deny; a different legal basis; an item the basis does not
 *        allow)
 */
public record DestinationInfo(String id, String name, String legalBasis, List<String> items, String bundle,
        String version, String refusal) {
    /** Copies the item list. */
    public DestinationInfo {
        items = List.copyOf(items);
    }

    /** @return {@code true} if changes are delivered to this destination */
    public boolean permitted() {
        return refusal == null;
    }
}
