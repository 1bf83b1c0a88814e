package jp.openkokuho.nhi.eligibility.internal.audit;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One row of {@code NHI_OPERATION_LOG} (操作ログ). Inserted by {@link OperationLog#append}; never updated or deleted by
 * the application. The time is kept as a UTC {@link LocalDateTime} because the column is a plain {@code TIMESTAMP}
 * on both Derby and PostgreSQL.
 */
@Entity
@Table(name = "NHI_OPERATION_LOG")
public class OperationLogEntity {
    @Id
    @Column(name = "SEQ")
    private long seq;
    @Column(name = "TENANT_CODE")
    private String tenantCode;
    @Column(name = "OCCURRED_AT")
    private LocalDateTime occurredAt;
    @Column(name = "STAFF_ID")
    private String staffId;
    @Column(name = "STAFF_ROLE")
    private String staffRole;
    @Column(name = "ACTION_NAME")
    private String actionName;
    @Column(name = "PURPOSE")
    private String purpose;
    @Column(name = "SUBJECT_INDEX")
    private String subjectIndex;
    @Column(name = "ITEM_NAMES")
    private String itemNames;
    @Column(name = "OUTCOME")
    private String outcome;
    @Column(name = "REQUEST_ID")
    private String requestId;
    @Column(name = "KEY_ID")
    private String keyId;
    @Column(name = "FORMAT_VERSION")
    private int formatVersion;
    @Column(name = "ENTRY_HMAC")
    private String entryHmac;

    /** For JPA. */
    public OperationLogEntity() {
    }

    /**
     * @param e a complete entry
     * @return a new entity holding it
     */
    static OperationLogEntity of(LoggedOperation e) {
        OperationLogEntity x = new OperationLogEntity();
        x.seq = e.seq();
        x.tenantCode = e.tenant();
        x.occurredAt = LocalDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC);
        x.staffId = e.staffId();
        x.staffRole = e.role();
        x.actionName = e.action();
        x.purpose = e.purpose();
        x.subjectIndex = e.subjectIndex();
        x.itemNames = e.itemNames();
        x.outcome = e.outcome();
        x.requestId = e.requestId();
        x.keyId = e.keyId();
        x.formatVersion = e.formatVersion();
        x.entryHmac = e.hmac();
        return x;
    }

    /** @return the row as a value */
    public LoggedOperation toLogged() {
        return new LoggedOperation(seq, tenantCode, occurredAt.toInstant(ZoneOffset.UTC), staffId, staffRole,
            actionName, purpose, subjectIndex, itemNames, outcome, requestId, keyId, formatVersion, entryHmac);
    }
}
