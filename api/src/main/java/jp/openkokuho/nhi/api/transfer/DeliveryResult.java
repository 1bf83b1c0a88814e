package jp.openkokuho.nhi.api.transfer;

/** What a destination reports after handling one change. */
public enum DeliveryResult {
    /** Applied (or recognised as already applied). The platform marks the delivery done. */
    OK,
    /** Not applied this time; the platform retries with backoff, then dead-letters after the configured attempts. */
    FAILED,
    /** Can never be applied (for example a record the destination cannot represent): dead-lettered at once. */
    CANCEL
}
