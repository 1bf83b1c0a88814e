package jp.openkokuho.nhi.api.transfer;

/** Service property names produced by {@link Destination}, for filters and for code that reads properties. */
public final class TransferConstants {
    /** Destination id property of an {@link EligibilityChangeConsumer} service. */
    public static final String DESTINATION_ID = Destination.PREFIX_ + "id";
    /** Destination name property. */
    public static final String DESTINATION_NAME = Destination.PREFIX_ + "name";
    /** Legal basis property. */
    public static final String DESTINATION_LEGAL_BASIS = Destination.PREFIX_ + "legalBasis";
    /** Items property. */
    public static final String DESTINATION_ITEMS = Destination.PREFIX_ + "items";

    private TransferConstants() {
    }
}
