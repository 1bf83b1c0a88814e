package jp.openkokuho.nhi.api.tenant;

/**
 * Configuration keys of a tenant. A tenant is provisioned by one Config Admin factory configuration of
 * {@link #FACTORY_PID}, in Karaf a file {@code etc/jp.openkokuho.nhi.tenant-<code>.cfg}:
 *
 * <pre>
 * municipality.code = 112291
 * municipality.name = 和光市
 * insurer.number = 110270
 * destinations = residentregistry
 * </pre>
 *
 * The code is repeated inside the properties so that the configuration, not its file name, is the truth.
 */
public final class TenantConstants {
    /** The factory PID of tenant configurations. */
    public static final String FACTORY_PID = "jp.openkokuho.nhi.tenant";
    /** 全国地方公共団体コード, 6 digits. */
    public static final String MUNICIPALITY_CODE = "municipality.code";
    /** The municipality's name. */
    public static final String MUNICIPALITY_NAME = "municipality.name";
    /** 保険者番号, 6 digits. */
    public static final String INSURER_NUMBER = "insurer.number";
    /** Destination ids the tenant sends changes to (comma separated in a .cfg file, or a String array). */
    public static final String DESTINATIONS = "destinations";

    private TenantConstants() {
    }
}
