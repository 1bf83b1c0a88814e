package jp.openkokuho.nhi.transfer.support.testing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.openkokuho.nhi.api.transfer.ChangeItems;
import jp.openkokuho.nhi.api.transfer.ChangeTypes;
import jp.openkokuho.nhi.api.transfer.EligibilityChange;

/**
 * Builds changes for destination tests carrying every item the core produces, so that a test can prove a record
 * writes only the items its destination declares. Test values: tenant 和光市 112291, insurer 110270, 宛名番号
 * 000123, 国保世帯番号 900001, 続柄 HEAD, notified 2026-11-20 (start) and 2026-11-21 (end), processed 2026-11-27,
 * event {@value #EVENT}, sequence 42, committed 2026-11-27T01:00:00Z.
 */
public final class Changes {
    /** Default event id. */
    public static final String EVENT = "0f9e7c1a-0000-4000-8000-000000000001";
    /** Default tenant. */
    public static final String TENANT = "112291";

    private String eventId = EVENT;
    private String tenant = TENANT;
    private long sequence = 42;
    private String type;
    private int schemaVersion = EligibilityChange.SCHEMA_VERSION;
    private Instant recordedAt = Instant.parse("2026-11-27T01:00:00Z");
    private final Map<String, String> items = new LinkedHashMap<>();

    private Changes(String type) {
        this.type = type;
        items.put(ChangeItems.ATENA_NO, "000123");
        items.put(ChangeItems.NHI_HOUSEHOLD_NO, "900001");
        items.put(ChangeItems.RELATIONSHIP_TYPE, "HEAD");
        items.put(ChangeItems.HISTORY_SEQ, "1");
        items.put(ChangeItems.INSURER_NO, "110270");
        items.put(ChangeItems.PROCESSED_ON, "2026-11-27");
    }

    /**
     * @param start 適用開始年月日
     * @return an acquisition with the start reason MOVE_IN
     */
    public static Changes acquisition(String start) {
        Changes c = new Changes(ChangeTypes.ACQUIRED);
        c.items.put(ChangeItems.COVERAGE_START_DATE, start);
        c.items.put(ChangeItems.COVERAGE_START_REASON, "MOVE_IN");
        c.items.put(ChangeItems.START_NOTIFIED_DATE, "2026-11-20");
        return c;
    }

    /**
     * @param start 適用開始年月日
     * @param end 適用終了年月日 (first day without coverage)
     * @return a loss with the end reason JOINED_EMPLOYEE_INSURANCE, history 2
     */
    public static Changes loss(String start, String end) {
        Changes c = acquisition(start);
        c.type = ChangeTypes.LOST;
        c.items.put(ChangeItems.HISTORY_SEQ, "2");
        c.items.put(ChangeItems.COVERAGE_END_DATE, end);
        c.items.put(ChangeItems.COVERAGE_END_REASON, "JOINED_EMPLOYEE_INSURANCE");
        c.items.put(ChangeItems.END_NOTIFIED_DATE, "2026-11-21");
        return c;
    }

    /** @param id event id @return this */
    public Changes eventId(String id) {
        this.eventId = id;
        return this;
    }

    /** @param code tenant code @return this */
    public Changes tenant(String code) {
        this.tenant = code;
        return this;
    }

    /** @param seq outbox sequence @return this */
    public Changes sequence(long seq) {
        this.sequence = seq;
        return this;
    }

    /** @param changeType change type @return this */
    public Changes type(String changeType) {
        this.type = changeType;
        return this;
    }

    /** @param version schema version @return this */
    public Changes schemaVersion(int version) {
        this.schemaVersion = version;
        return this;
    }

    /** @param at commit time @return this */
    public Changes recordedAt(String at) {
        this.recordedAt = Instant.parse(at);
        return this;
    }

    /** @param item item name @param value value @return this */
    public Changes with(String item, String value) {
        items.put(item, value);
        return this;
    }

    /** @param item item name to drop @return this */
    public Changes without(String item) {
        items.remove(item);
        return this;
    }

    /** @return the change */
    public EligibilityChange build() {
        return new EligibilityChange(eventId, tenant, sequence, items.get(ChangeItems.ATENA_NO) == null ? "-"
            : items.get(ChangeItems.ATENA_NO), 1, type, schemaVersion, recordedAt, items);
    }
}
