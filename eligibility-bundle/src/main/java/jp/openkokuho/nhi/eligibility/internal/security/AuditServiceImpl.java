package jp.openkokuho.nhi.eligibility.internal.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jp.openkokuho.nhi.api.NhiException;
import jp.openkokuho.nhi.api.audit.AuditCriteria;
import jp.openkokuho.nhi.api.audit.AuditEntry;
import jp.openkokuho.nhi.api.audit.AuditService;
import jp.openkokuho.nhi.api.audit.AuditVerification;
import jp.openkokuho.nhi.eligibility.internal.audit.LoggedOperation;
import jp.openkokuho.nhi.eligibility.internal.audit.OperationLogService;
import jp.openkokuho.nhi.eligibility.internal.audit.VerificationResult;

/**
 * {@link AuditService} over the operation log, through the {@link AccessGuard} (auditors and supervisors of the
 * tenant; each verification and search is itself logged). A search by 宛名番号 looks for the person's blind index
 * under every active blind-index key of the tenant.
 */
@Component(service = AuditService.class)
public class AuditServiceImpl implements AuditService {
    private final OperationLogService log;
    private final AccessGuard guard;

    /**
     * @param log the operation log
     * @param guard authorises and logs every call
     */
    @Activate
    public AuditServiceImpl(@Reference OperationLogService log, @Reference AccessGuard guard) {
        this.log = log;
        this.guard = guard;
    }

    @Override
    public AuditVerification verify(String tenantCode) {
        return guard.call(tenantCode, Operation.AUDIT_VERIFY, null, () -> {
            VerificationResult r = log.verify(tenantCode);
            return new AuditVerification(r.tenant(), r.ok(), r.entries(), r.ok() ? 0 : r.failure().seq(),
                r.ok() ? null : r.failure().reason().name(), r.summary());
        });
    }

    @Override
    public List<AuditEntry> search(String tenantCode, AuditCriteria criteria) {
        AuditCriteria c = criteria == null ? AuditCriteria.all() : criteria;
        return guard.call(tenantCode, Operation.AUDIT_SEARCH, c.atenaNo(), () -> {
            if (c.limit() < 1 || c.limit() > AuditCriteria.MAX_LIMIT) {
                throw new NhiException("INPUT", "the limit must be 1 to " + AuditCriteria.MAX_LIMIT);
            }
            if (c.from() != null && c.to() != null && !c.from().isBefore(c.to())) {
                throw new NhiException("INPUT", "the time range is empty: --from must be before --to");
            }
            List<LoggedOperation> found = new ArrayList<>();
            if (c.atenaNo() == null) {
                found.addAll(log.search(tenantCode, c.from(), c.to(), c.staffId(), c.action(), null, c.limit()));
            } else {
                if (!c.atenaNo().matches("[0-9]{1,15}")) {
                    throw new NhiException("INPUT", "宛名番号 must be 1 to 15 ASCII digits");
                }
                for (String index : guard.subjectIndexes(tenantCode, c.atenaNo())) {
                    found.addAll(log.search(tenantCode, c.from(), c.to(), c.staffId(), c.action(), index, c.limit()));
                }
                found.sort(Comparator.comparingLong(LoggedOperation::seq));
            }
            return found.stream().limit(c.limit()).map(e -> new AuditEntry(e.seq(), e.tenant(), e.occurredAt(),
                e.staffId(), e.role(), e.action(), e.purpose(), e.subjectIndex(), e.items(), e.outcome(),
                e.requestId())).toList();
        });
    }
}
