package jp.openkokuho.nhi.api.transfer;

/**
 * Configuration of the transfer policies (purpose limitation). Each destination may receive a municipality's changes
 * only under a policy: one factory configuration of {@link #FACTORY_PID} per destination, in Karaf
 * {@code etc/jp.openkokuho.nhi.transfer.policy-<destination>.cfg}:
 *
 * <pre>
 * destination.id = residentregistry
 * legal.basis = 住民基本台帳法第7条第10号
 * items = atena_no, coverage_start_date, coverage_end_date, processed_on
 * </pre>
 *
 * A destination without a policy receives nothing (default deny). A destination that declares another legal basis,
 * or an item the policy does not list, is refused as a whole (never silently trimmed); a permitted destination
 * receives only the items it declares.
 *
 * @since 1.1
 */
public final class TransferPolicyConstants {
    /** Factory PID of transfer policies. */
    public static final String FACTORY_PID = "jp.openkokuho.nhi.transfer.policy";
    /** The destination the policy is for. */
    public static final String DESTINATION_ID = "destination.id";
    /** The legal basis of the transfer, as the assessment states it. */
    public static final String LEGAL_BASIS = "legal.basis";
    /** The items the basis allows (comma separated in a .cfg file). */
    public static final String ITEMS = "items";

    private TransferPolicyConstants() {
    }
}
