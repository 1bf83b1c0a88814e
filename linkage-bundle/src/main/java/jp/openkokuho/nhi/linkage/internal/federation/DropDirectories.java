package jp.openkokuho.nhi.linkage.internal.federation;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import jp.openkokuho.nhi.api.tenant.MunicipalityCode;

/**
 * Where each tenant's channel to the 国保連合会 lives: a directory holding {@code send/} (our files, collected by the
 * 国保総合PC's file transfer) and {@code receive/} (the federation's 受付結果 files). By default
 * {@code <root>/<code>}; a tenant may be configured to another directory (a share mounted for that municipality).
 */
public final class DropDirectories {
    private final Path root;
    private final Map<String, Path> perTenant;

    private DropDirectories(Path root, Map<String, Path> perTenant) {
        this.root = root;
        this.perTenant = Map.copyOf(perTenant);
    }

    /**
     * @param root every tenant under {@code <root>/<code>}
     * @return the directories
     */
    public static DropDirectories under(Path root) {
        return new DropDirectories(root, Map.of());
    }

    /**
     * @param root default parent
     * @param entries {@code <code>=<directory>} per tenant that does not use the default (several may be given in
     *        one string, separated by commas)
     * @return the directories
     * @throws IllegalArgumentException naming the entry that is not {@code <valid code>=<directory>} or repeats a code
     */
    public static DropDirectories configured(Path root, String... entries) {
        Map<String, Path> map = new HashMap<>();
        // a .cfg file gives the list as one comma-separated string, configuration admin as an array: accept both
        for (String e : Arrays.stream(entries == null ? new String[0] : entries).flatMap(x -> Arrays.stream(x.split(",")))
                .filter(x -> !x.isBlank()).toList()) {
            int eq = e.indexOf('=');
            String code = eq < 0 ? e.strip() : e.substring(0, eq).strip();
            String dir = eq < 0 ? "" : e.substring(eq + 1).strip();
            if (!MunicipalityCode.isValid(code) || dir.isEmpty()) {
                throw new IllegalArgumentException("tenant drop directory '" + e
                    + "' must be <全国地方公共団体コード>=<directory>");
            }
            if (map.put(code, Path.of(dir)) != null) {
                throw new IllegalArgumentException("tenant " + code + " has two drop directories");
            }
        }
        return new DropDirectories(root, map);
    }

    /**
     * @param tenantCode tenant
     * @return its drop directory
     */
    public Path of(String tenantCode) {
        return perTenant.getOrDefault(tenantCode, root.resolve(tenantCode));
    }
}
