package jp.openkokuho.nhi.eligibility.internal.disclosure;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jp.openkokuho.nhi.api.NhiException;
import jp.openkokuho.nhi.api.disclosure.Inquiry;
import jp.openkokuho.nhi.api.disclosure.InquiryChannel;
import jp.openkokuho.nhi.api.disclosure.InquiryRegistration;
import jp.openkokuho.nhi.api.disclosure.InquiryService;
import jp.openkokuho.nhi.eligibility.internal.PersonServiceImpl;
import jp.openkokuho.nhi.eligibility.internal.privacy.PrivacyInputs;
import jp.openkokuho.nhi.eligibility.internal.security.AccessGuard;
import jp.openkokuho.nhi.eligibility.internal.security.Caller;
import jp.openkokuho.nhi.eligibility.internal.security.Operation;
import jp.openkokuho.nhi.eligibility.internal.store.InquiryEntity;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantRegistry;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/**
 * {@link InquiryService} over NHI_INQUIRY: rows are only inserted, under the row lock of the {@code inquiry} counter,
 * which also gives them their ids. Free text is stored with any individual number in it masked.
 */
@Component(service = InquiryService.class)
public class InquiryServiceImpl implements InquiryService {
    static final String UNKNOWN_INQUIRY = "UNKNOWN_INQUIRY";
    private static final int MAX_SUMMARY = 2000;
    private static final int MAX_RESPONSE = 4000;

    private final TenantRegistry tenants;
    private final AccessGuard guard;
    private final Clock clock;

    /**
     * @param tenants the open tenant stores
     * @param guard authorises and logs every operation
     */
    @Activate
    public InquiryServiceImpl(@Reference TenantRegistry tenants, @Reference AccessGuard guard) {
        this(tenants, guard, Clock.systemUTC());
    }

    /**
     * @param tenants the open tenant stores
     * @param guard authorises and logs every operation
     * @param clock time source
     */
    public InquiryServiceImpl(TenantRegistry tenants, AccessGuard guard, Clock clock) {
        this.tenants = tenants;
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    public Inquiry record(String tenantCode, InquiryRegistration r) {
        return guard.call(tenantCode, Operation.INQUIRY_RECORD, r == null ? null : r.atenaNo(), () -> {
            TenantStore store = tenants.store(tenantCode);
            RequestInputs.required(r, "inquiry");
            String atena = r.atenaNo() == null || r.atenaNo().isBlank() ? null : PrivacyInputs.atenaNo(r.atenaNo());
            InquiryChannel channel = RequestInputs.required(r.channel(), "channel (受付方法)");
            Instant received = RequestInputs.required(r.receivedAt(), "received time (受付日時)");
            Instant now = clock.instant();
            if (received.isAfter(now)) {
                throw new NhiException("INPUT", "received time (受付日時) " + received + " is in the future");
            }
            String summary = RequestInputs.text(r.summary(), "summary (問合せ内容)", 1, MAX_SUMMARY);
            String response = RequestInputs.text(r.response(), "response (対応内容)", 0, MAX_RESPONSE);
            String staff = Caller.current().staffId();
            return store.inTransaction(em -> {
                long id = PrivacyInputs.nextCounter(em, "inquiry");
                if (atena != null) {
                    PersonServiceImpl.require(em, atena);
                }
                if (r.followsUp() != null) {
                    InquiryEntity first = em.find(InquiryEntity.class, r.followsUp());
                    if (first == null || first.getFollowsUp() != null) {
                        throw new NhiException(UNKNOWN_INQUIRY, "inquiry " + r.followsUp() + (first == null
                            ? " does not exist" : " is itself a follow-up; name the first inquiry of the case ("
                            + first.getFollowsUp() + ")"));
                    }
                }
                InquiryEntity e = new InquiryEntity();
                e.setInquiryId(id);
                e.setFollowsUp(r.followsUp());
                e.setAtenaNo(atena);
                e.setChannel(channel.name());
                e.setReceivedAt(PrivacyInputs.utc(received));
                e.setSummary(summary);
                e.setResponse(response);
                e.setStaffId(staff);
                e.setRecordedAt(PrivacyInputs.utc(now));
                em.persist(e);
                guard.sealInTransaction(em);
                return toApi(e);
            });
        });
    }

    @Override
    public List<Inquiry> ofPerson(String tenantCode, String atenaNo) {
        return guard.call(tenantCode, Operation.INQUIRY_LIST, atenaNo, () -> {
            TenantStore store = tenants.store(tenantCode);
            String atena = PrivacyInputs.atenaNo(atenaNo);
            return store.read(em -> em.createQuery("SELECT i FROM InquiryEntity i WHERE i.atenaNo = :a"
                + " ORDER BY i.inquiryId", InquiryEntity.class).setParameter("a", atena).getResultList().stream()
                .map(InquiryServiceImpl::toApi).toList());
        });
    }

    @Override
    public List<Inquiry> inPeriod(String tenantCode, LocalDate from, LocalDate to) {
        return guard.call(tenantCode, Operation.INQUIRY_LIST, null, () -> {
            TenantStore store = tenants.store(tenantCode);
            RequestInputs.required(from, "from");
            RequestInputs.required(to, "to");
            if (to.isBefore(from)) {
                throw new NhiException("INPUT", "the period ends (" + to + ") before it starts (" + from + ")");
            }
            LocalDateTime start = PrivacyInputs.utc(from.atStartOfDay(RequestInputs.JAPAN).toInstant());
            LocalDateTime end = PrivacyInputs.utc(to.plusDays(1).atStartOfDay(RequestInputs.JAPAN).toInstant());
            return store.read(em -> em.createQuery("SELECT i FROM InquiryEntity i WHERE i.receivedAt >= :s"
                + " AND i.receivedAt < :e ORDER BY i.receivedAt, i.inquiryId", InquiryEntity.class)
                .setParameter("s", start).setParameter("e", end).getResultList().stream()
                .map(InquiryServiceImpl::toApi).toList());
        });
    }

    private static Inquiry toApi(InquiryEntity e) {
        return new Inquiry(e.getInquiryId(), e.getAtenaNo(), InquiryChannel.valueOf(e.getChannel()),
            e.getReceivedAt().toInstant(ZoneOffset.UTC), e.getSummary(), e.getResponse(), e.getStaffId(),
            e.getRecordedAt().toInstant(ZoneOffset.UTC), e.getFollowsUp());
    }
}
