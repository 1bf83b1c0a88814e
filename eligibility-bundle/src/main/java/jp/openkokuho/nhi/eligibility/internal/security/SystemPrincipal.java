package jp.openkokuho.nhi.eligibility.internal.security;

import java.security.Principal;
import java.util.Objects;

/**
 * The platform's own work, e.g. the delivery dispatcher, as a principal. Only code inside this bundle can create a
 * subject with it ({@link AccessGuard#runAsSystem}); JAAS login modules never grant it, so no user can act as the
 * system. Logged as staff {@code system:<name>} in role {@code system}.
 *
 * @param name what runs, e.g. {@code delivery}
 */
public record SystemPrincipal(String name) implements Principal {
    /** @param name what runs; letters, digits and {@code -} */
    public SystemPrincipal {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[a-z0-9-]{1,32}")) {
            throw new IllegalArgumentException("a system principal name is 1 to 32 of [a-z0-9-]");
        }
    }

    @Override
    public String getName() {
        return "system:" + name;
    }
}
