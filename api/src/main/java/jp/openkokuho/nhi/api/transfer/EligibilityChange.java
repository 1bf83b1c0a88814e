package jp.openkokuho.nhi.api.transfer;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One change as a destination receives it. Immutable; safe to keep and to pass between threads.
 *
 * @param eventId globally unique id of the change; the idempotency key a destination records
 * @param tenantCode 全国地方公共団体コード of the municipality the change belongs to
 * @param sequence position of the change in the tenant's outbox (increasing, not necessarily gapless)
 * @param subjectKey the subject the change is about (the person's 宛名番号); order is kept per subject
 * @param subjectSequence position of the change within its subject: 1, 2, 3, … without gaps
 * @param changeType one of {@link ChangeTypes}
 * @param schemaVersion version of the item set; a destination must refuse ({@link DeliveryResult#CANCEL}) a
 *        major version it does not know
 * @param recordedAt when the change was committed
 * @param items the change's items by {@link ChangeItems} name; unmodifiable
 */
public record EligibilityChange(String eventId, String tenantCode, long sequence, String subjectKey,
        long subjectSequence, String changeType, int schemaVersion, Instant recordedAt, Map<String, String> items) {

    /** The schema version this API produces. */
    public static final int SCHEMA_VERSION = 1;

    /** Copies the item map and rejects missing identifiers. */
    public EligibilityChange {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(tenantCode, "tenantCode");
        Objects.requireNonNull(subjectKey, "subjectKey");
        Objects.requireNonNull(changeType, "changeType");
        items = Map.copyOf(items);
    }

    /**
     * @param name an item name from {@link ChangeItems}
     * @return its value, or {@code null} if the change does not carry it
     */
    public String item(String name) {
        return items.get(name);
    }
}
