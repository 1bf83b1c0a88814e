package jp.openkokuho.nhi.eligibility.internal;

import static jp.openkokuho.nhi.eligibility.internal.EligibilityServiceImpl.require;
import static jp.openkokuho.nhi.eligibility.internal.EligibilityServiceImpl.requireDigits;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.openkokuho.nhi.api.NhiException;
import jp.openkokuho.nhi.api.document.DocumentService;
import jp.openkokuho.nhi.api.document.DocumentStatus;
import jp.openkokuho.nhi.api.document.DocumentType;
import jp.openkokuho.nhi.api.document.IssuedDocument;
import jp.openkokuho.nhi.api.document.RenewalResult;
import jp.openkokuho.nhi.api.document.UnknownDocumentException;
import jp.openkokuho.nhi.api.eligibility.RelationshipType;
import jp.openkokuho.nhi.api.eligibility.RuleViolationException;
import jp.openkokuho.nhi.api.person.Person;
import jp.openkokuho.nhi.api.tenant.Tenant;
import jp.openkokuho.nhi.eligibility.internal.document.BurdenRateSource;
import jp.openkokuho.nhi.eligibility.internal.document.DocumentConfig;
import jp.openkokuho.nhi.eligibility.internal.document.DocumentContent;
import jp.openkokuho.nhi.eligibility.internal.document.DocumentRenderer;
import jp.openkokuho.nhi.eligibility.internal.document.JapaneseFont;
import jp.openkokuho.nhi.eligibility.internal.document.RuleBasedBurdenRateSource;
import jp.openkokuho.nhi.eligibility.internal.rules.BranchNumberRule;
import jp.openkokuho.nhi.eligibility.internal.rules.DocumentRule.DocumentFacts;
import jp.openkokuho.nhi.eligibility.internal.rules.DocumentRule.Expiry;
import jp.openkokuho.nhi.eligibility.internal.rules.DocumentRule;
import jp.openkokuho.nhi.eligibility.internal.rules.ElderlyRecipientRule;
import jp.openkokuho.nhi.eligibility.internal.rules.RuleParameters;
import jp.openkokuho.nhi.eligibility.internal.security.AccessGuard;
import jp.openkokuho.nhi.eligibility.internal.security.Operation;
import jp.openkokuho.nhi.eligibility.internal.store.CoverageVersionEntity;
import jp.openkokuho.nhi.eligibility.internal.store.DocumentEntity;
import jp.openkokuho.nhi.eligibility.internal.store.PersonEntity;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantRegistry;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/**
 * {@link DocumentService} over the tenant stores, applying {@link DocumentRule} (R16), {@link BranchNumberRule} (R17)
 * and {@link ElderlyRecipientRule} (R15).
 *
 * <p><b>Numbers on the document.</b> 記号 = the person's 国保世帯番号 (common to the household); 番号 = the person's
 * 宛名番号 (one per person); 枝番 = two digits by R17 within the household's 記号: a person keeps the 枝番 of their
 * earlier documents under the same 記号, a newcomer gets the lowest number never used under it (01, 02, … in the
 * order the members first receive a document). The register of documents is therefore also the register of 枝番.
 *
 * <p><b>Transactions.</b> Each write runs in one transaction of the tenant's store that first takes the tenant's
 * {@code document} counter row lock: the counter gives the new document id, and the lock serialises document writers
 * so that replacing a person's previous document, the 枝番 choice and the new version commit together or not at all.
 * Documents are not delivered to destinations, so no outbox event is written.
 *
 * <p><b>Configuration</b> ({@value JapaneseFont#PID}): {@code cycle.end} (MM-dd, default 07-31) and
 * {@code validity.years} (1–5, default 1) set the insurer's policy expiry of a 資格確認書 ({@link
 * DocumentRule#policyExpiry}); the font path is {@link JapaneseFont}'s.
 */
@Component(service = DocumentService.class, configurationPid = JapaneseFont.PID, immediate = true)
@Designate(ocd = DocumentConfig.class)
public class DocumentServiceImpl implements DocumentService {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentServiceImpl.class);
    private static final int MAX_REASON = 200;
    private static final String RULE = DocumentRule.RULE;

    private final TenantRegistry tenants;
    private final JapaneseFont font;
    private final DocumentRenderer renderer;
    private final BurdenRateSource rates;
    private final RuleParameters parameters;
    private final Clock clock;
    private final AccessGuard guard;

    /**
     * @param tenants the open tenant stores
     * @param guard authorises and logs every operation
     * @param font the Japanese font
     * @param config the insurer policy
     */
    @Activate
    public DocumentServiceImpl(@Reference TenantRegistry tenants, @Reference AccessGuard guard,
            @Reference JapaneseFont font, DocumentConfig config) {
        this(tenants, guard, font, new RuleBasedBurdenRateSource(), policy(config),
            Clock.system(EligibilityServiceImpl.JAPAN));
    }

    /**
     * The persons' particulars are read from the tenant's store directly, not through the (guarded) PersonService:
     * one document operation is one entry in the operation log.
     *
     * @param tenants the open tenant stores
     * @param guard authorises and logs every operation
     * @param font the Japanese font
     * @param rates the 一部負担金の割合 of 70–74 persons
     * @param parameters rule parameters ({@code documentCycleEnd}, {@code documentValidityYears},
     *        {@code residenceExpiryCap}, {@code reuseBranchNumbers})
     * @param clock time source (zone = Japan)
     */
    public DocumentServiceImpl(TenantRegistry tenants, AccessGuard guard, JapaneseFont font,
            BurdenRateSource rates, RuleParameters parameters, Clock clock) {
        this.tenants = tenants;
        this.guard = guard;
        this.font = font;
        this.renderer = new DocumentRenderer(font);
        this.rates = rates;
        this.parameters = parameters;
        this.clock = clock;
    }

    private static RuleParameters policy(DocumentConfig config) {
        MonthDay cycleEnd;
        try {
            cycleEnd = MonthDay.parse("--" + config.cycle_end());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(JapaneseFont.PID + ": cycle.end '" + config.cycle_end()
                + "' is not MM-dd", e);
        }
        return RuleParameters.defaults().withDocumentPolicy(cycleEnd, config.validity_years());
    }

    @Override
    public IssuedDocument issue(String tenantCode, String atenaNo, DocumentType type, LocalDate effectiveDate,
            String reason) {
        return guard.call(tenantCode, Operation.DOCUMENT_ISSUE, atenaNo, () -> {
            TenantStore store = tenants.store(tenantCode);
            String key = requireDigits(atenaNo, "宛名番号");
            require(effectiveDate != null, "INPUT", "発効期日 is missing");
            String why = reason(reason);
            font.requireAvailable();
            Person person = store.read(em -> person(em, key));
            return store.inTransaction(em -> {
                long id = lockAndNext(em);
                IssuedDocument issued = toApi(issueLocked(em, store.tenant(), id, person, type, effectiveDate, why));
                guard.sealInTransaction(em);
                return issued;
            });
        });
    }

    @Override
    public IssuedDocument reissue(String tenantCode, String documentId, String reason) {
        return guard.call(tenantCode, Operation.DOCUMENT_REISSUE, null, () -> reissueChecked(tenantCode, documentId,
            reason));
    }

    private IssuedDocument reissueChecked(String tenantCode, String documentId, String reason) {
        TenantStore store = tenants.store(tenantCode);
        String why = reason(reason);
        font.requireAvailable();
        LocalDate today = LocalDate.now(clock);
        return store.inTransaction(em -> {
            lock(em);
            DocumentEntity current = current(em, tenantCode, documentId);
            requireUsable(current, "reissued");
            if (current.getExpiryDate() != null && current.getExpiryDate().isBefore(today)) {
                throw new RuleViolationException(RULE, "document " + documentId + " expired on "
                    + current.getExpiryDate() + "; issue a new document instead of reissuing it");
            }
            DocumentEntity v = next(current, DocumentStatus.REISSUED, today, why);
            v.setIssueDate(today);
            em.persist(v);
            guard.sealInTransaction(em);
            return toApi(v);
        });
    }

    @Override
    public IssuedDocument recordReturn(String tenantCode, String documentId, LocalDate returnDate) {
        return guard.call(tenantCode, Operation.DOCUMENT_RETURN, null, () -> returned(tenantCode, documentId,
            returnDate));
    }

    private IssuedDocument returned(String tenantCode, String documentId, LocalDate returnDate) {
        TenantStore store = tenants.store(tenantCode);
        require(returnDate != null, "INPUT", "返還日 is missing");
        LocalDate today = LocalDate.now(clock);
        require(!returnDate.isAfter(today), "INPUT", "返還日 " + returnDate + " is in the future");
        return store.inTransaction(em -> {
            lock(em);
            DocumentEntity current = current(em, tenantCode, documentId);
            requireUsable(current, "returned");
            if (returnDate.isBefore(current.getIssueDate())) {
                throw new RuleViolationException(RULE, "返還日 " + returnDate + " is before the 交付年月日 "
                    + current.getIssueDate() + " of document " + documentId);
            }
            DocumentEntity v = next(current, DocumentStatus.RETURNED, returnDate, "返還");
            em.persist(v);
            guard.sealInTransaction(em);
            return toApi(v);
        });
    }

    @Override
    public List<IssuedDocument> list(String tenantCode, String atenaNo) {
        return guard.call(tenantCode, Operation.DOCUMENT_LIST, atenaNo, () -> {
            TenantStore store = tenants.store(tenantCode);
            String key = requireDigits(atenaNo, "宛名番号");
            return store.read(em -> latest(em.createQuery(
                "SELECT d FROM DocumentEntity d WHERE d.atenaNo = :a", DocumentEntity.class)
                .setParameter("a", key).getResultList())).stream().map(DocumentServiceImpl::toApi).toList();
        });
    }

    @Override
    public byte[] render(String tenantCode, String documentId) {
        return guard.call(tenantCode, Operation.DOCUMENT_RENDER, null, () -> rendered(tenantCode, documentId));
    }

    private byte[] rendered(String tenantCode, String documentId) {
        TenantStore store = tenants.store(tenantCode);
        font.requireAvailable();
        DocumentContent content = store.read(em -> {
            DocumentEntity d = current(em, tenantCode, documentId);
            requireUsable(d, "printed");
            Person person = person(em, d.getAtenaNo());
            CoverageVersionEntity period = coveringPeriod(em, d.getAtenaNo(), d.getEffectiveDate())
                .orElseThrow(() -> new RuleViolationException(RULE, "宛名番号 " + d.getAtenaNo()
                    + " is no longer insured on the 発効期日 " + d.getEffectiveDate() + " of document " + documentId
                    + " (the coverage was corrected); issue a new document"));
            DocumentType type = DocumentType.valueOf(d.getDocumentType());
            String headName = type.isElderlyRecipientCard() ? null
                : headName(em, tenantCode, d.getCardSymbol(), d.getEffectiveDate(), person);
            Tenant tenant = store.tenant();
            return new DocumentContent(type, DocumentStatus.valueOf(d.getStatus()), tenant.insurerNumber(),
                tenant.name(), d.getCardSymbol(), d.getCardNumber(), d.getBranchNo(), person.name(),
                person.birthDate(), person.sex(), headName, period.getCoverageStartDate(), d.getIssueDate(),
                d.getEffectiveDate(), d.getExpiryDate(), d.getCopayRate());
        });
        return renderer.render(content);
    }

    @Override
    public RenewalResult annualRenewal(String tenantCode, LocalDate runDate) {
        // one entry for the whole run, written after it: each document commits in a transaction of its own
        return guard.call(tenantCode, Operation.DOCUMENT_RENEWAL, null, () -> renewal(tenantCode, runDate));
    }

    private RenewalResult renewal(String tenantCode, LocalDate runDate) {
        TenantStore store = tenants.store(tenantCode);
        require(runDate != null, "INPUT", "the run date is missing");
        font.requireAvailable();
        LocalDate nextEffective = DocumentRule.policyExpiry(runDate,
            parameters.withDocumentPolicy(parameters.documentCycleEnd(), 1)).plusDays(1);
        List<DocumentEntity> expiring = store.read(em -> latest(em.createQuery(
            "SELECT d FROM DocumentEntity d WHERE d.expiryDate < :next", DocumentEntity.class)
            .setParameter("next", nextEffective).getResultList())).stream()
            .filter(d -> DocumentStatus.valueOf(d.getStatus()).isCurrent()).toList();
        int issued = 0;
        int notCovered = 0;
        List<String> failures = new ArrayList<>();
        for (DocumentEntity old : expiring) {
            LocalDate effective = old.getExpiryDate().plusDays(1).isAfter(runDate) ? old.getExpiryDate().plusDays(1)
                : runDate;
            DocumentType type = renewalType(DocumentType.valueOf(old.getDocumentType()), effective);
            try {
                boolean covered = store.read(em -> coveringPeriod(em, old.getAtenaNo(), effective).isPresent());
                if (!covered) {
                    notCovered++;
                    continue;
                }
                Person person = store.read(em -> person(em, old.getAtenaNo()));
                store.inTransaction(em -> {
                    long id = lockAndNext(em);
                    return issueLocked(em, store.tenant(), id, person, type, effective, "一斉更新");
                });
                issued++;
            } catch (NhiException e) {
                failures.add("宛名番号 " + old.getAtenaNo() + ", document " + old.getDocumentId() + ": "
                    + e.oneLine());
            }
        }
        LOG.info("Tenant {}: 一斉更新 for {}: {} expiring, {} issued, {} not insured, {} failed", tenantCode,
            nextEffective, expiring.size(), issued, notCovered, failures.size());
        return new RenewalResult(runDate, nextEffective, expiring.size(), issued, notCovered, failures.size(),
            failures);
    }

    /** The type a document is renewed as: legacy cards can no longer be issued from 2024-12-02. */
    static DocumentType renewalType(DocumentType old, LocalDate effective) {
        if (effective.isBefore(DocumentRule.NEW_SYSTEM_FROM)) {
            return old;
        }
        return switch (old) {
            case INSURANCE_CARD, SHORT_TERM_CARD -> DocumentType.ELIGIBILITY_CONFIRMATION_DOC;
            // 資格証 meant 10割 at the window with 特別療養費 reclaimed: the same as the 特別療養費 資格確認書
            case QUALIFICATION_CERTIFICATE -> DocumentType.ELIGIBILITY_CONFIRMATION_DOC_SPECIAL_CARE_COST;
            default -> old;
        };
    }

    /**
     * @param effectiveDate 発効期日
     * @return the type issued when none is asked for: 被保険者証 before 2024-12-02, 資格確認書 from then on (issued
     *         without application to anyone whose マイナ保険証 cannot be confirmed)
     */
    static DocumentType automaticType(LocalDate effectiveDate) {
        return effectiveDate.isBefore(DocumentRule.NEW_SYSTEM_FROM) ? DocumentType.INSURANCE_CARD
            : DocumentType.ELIGIBILITY_CONFIRMATION_DOC;
    }

    /** Issues under the document lock: checks coverage and R16, replaces the previous document, stores version 1. */
    private DocumentEntity issueLocked(EntityManager em, Tenant tenant, long id, Person person, DocumentType requested,
            LocalDate effectiveDate, String reason) {
        String atenaNo = person.atenaNo();
        CoverageVersionEntity period = coveringPeriod(em, atenaNo, effectiveDate)
            .orElseThrow(() -> new RuleViolationException(RULE, "宛名番号 " + atenaNo + " is not insured on the "
                + "発効期日 " + effectiveDate + "; a document is only issued to an insured person"));
        DocumentType type = requested == null ? automaticType(effectiveDate) : requested;
        LocalDate birthDate = person.birthDate();
        DocumentFacts facts = DocumentFacts.of(rulesType(type), effectiveDate, birthDate)
            .withPolicyExpiry(DocumentRule.policyExpiry(effectiveDate, parameters))
            .withResidenceExpiry(residenceExpiry(em, atenaNo));
        Expiry expiry = DocumentRule.expiry(facts, parameters);
        Integer rate = null;
        if (showsRate(type) && ElderlyRecipientRule.isElderlyRecipientOn(birthDate, effectiveDate)) {
            rate = rates.ratePercent(tenant.code(), atenaNo, birthDate, effectiveDate);
        }
        String symbol = period.getNhiHouseholdNo();
        String branchNo = branchNo(em, symbol, atenaNo);
        LocalDate today = LocalDate.now(clock);
        String documentId = String.format("%010d", id);

        for (DocumentEntity previous : latest(em.createQuery(
                "SELECT d FROM DocumentEntity d WHERE d.atenaNo = :a", DocumentEntity.class)
                .setParameter("a", atenaNo).getResultList())) {
            DocumentType previousType = DocumentType.valueOf(previous.getDocumentType());
            if (DocumentStatus.valueOf(previous.getStatus()).isCurrent()
                    && previousType.isElderlyRecipientCard() == type.isElderlyRecipientCard()) {
                em.persist(next(previous, DocumentStatus.SUPERSEDED, today, "差替: " + documentId));
            }
        }
        DocumentEntity d = new DocumentEntity();
        d.setDocumentId(documentId);
        d.setVersion(1);
        d.setAtenaNo(atenaNo);
        d.setDocumentType(type.name());
        d.setStatus(DocumentStatus.ISSUED.name());
        d.setIssueDate(today);
        d.setEffectiveDate(effectiveDate);
        d.setExpiryDate(expiry.lastValidDay());
        d.setExpiryCap(expiry.cap().name());
        d.setCardSymbol(symbol);
        d.setCardNumber(atenaNo);
        d.setBranchNo(branchNo);
        d.setCopayRate(rate);
        d.setStatusDate(today);
        d.setReason(reason);
        d.setProcessedOn(today);
        d.setRecordedAt(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        em.persist(d);
        em.flush();
        return d;
    }

    /** The 高齢受給者証 and the 資格確認書 family show the rate of a 70–74 person; the legacy cards did not. */
    private static boolean showsRate(DocumentType type) {
        return switch (type) {
            case INSURANCE_CARD, SHORT_TERM_CARD, QUALIFICATION_CERTIFICATE -> false;
            default -> true;
        };
    }

    /** The rules' own enum has the same constants; a missing one is a programming error caught by the tests. */
    static jp.openkokuho.nhi.eligibility.internal.rules.DocumentType rulesType(DocumentType type) {
        return jp.openkokuho.nhi.eligibility.internal.rules.DocumentType.valueOf(type.name());
    }

    private String branchNo(EntityManager em, String symbol, String atenaNo) {
        List<DocumentEntity> household = em.createQuery(
            "SELECT d FROM DocumentEntity d WHERE d.cardSymbol = :s AND d.version = 1 ORDER BY d.documentId",
            DocumentEntity.class).setParameter("s", symbol).getResultList();
        List<String> current = new ArrayList<>();
        List<String> used = new ArrayList<>();
        for (DocumentEntity d : household) {
            if (d.getAtenaNo().equals(atenaNo)) {
                return d.getBranchNo();
            }
            current.add(d.getBranchNo());
            used.add(d.getBranchNo());
        }
        return BranchNumberRule.nextBranchNumber(current, used, parameters);
    }

    private static LocalDate residenceExpiry(EntityManager em, String atenaNo) {
        List<?> rows = em.createQuery("SELECT r.residenceExpiryDate FROM ResidenceStatusEntity r "
            + "WHERE r.atenaNo = :a ORDER BY r.seq DESC").setParameter("a", atenaNo).setMaxResults(1)
            .getResultList();
        return rows.isEmpty() ? null : (LocalDate) rows.get(0);
    }

    private static Optional<CoverageVersionEntity> coveringPeriod(EntityManager em, String atenaNo, LocalDate date) {
        List<CoverageVersionEntity> history = em.createQuery(
            "SELECT v FROM CoverageVersionEntity v WHERE v.atenaNo = :a ORDER BY v.historySeq",
            CoverageVersionEntity.class).setParameter("a", atenaNo).getResultList();
        return EligibilityServiceImpl.latestPerPeriod(history).stream().filter(v -> covers(v, date)).findFirst();
    }

    private static boolean covers(CoverageVersionEntity v, LocalDate date) {
        return !date.isBefore(v.getCoverageStartDate())
            && (v.getCoverageEndDate() == null || date.isBefore(v.getCoverageEndDate()));
    }

    /** The name of the insured 世帯主 of the household on the date; {@code null} if none (擬制世帯主). */
    private String headName(EntityManager em, String tenantCode, String householdNo, LocalDate date, Person person) {
        List<CoverageVersionEntity> members = em.createQuery(
            "SELECT v FROM CoverageVersionEntity v WHERE v.nhiHouseholdNo = :h ORDER BY v.atenaNo, v.historySeq",
            CoverageVersionEntity.class).setParameter("h", householdNo).getResultList();
        Map<String, List<CoverageVersionEntity>> byPerson = new LinkedHashMap<>();
        for (CoverageVersionEntity v : members) {
            byPerson.computeIfAbsent(v.getAtenaNo(), k -> new ArrayList<>()).add(v);
        }
        for (Map.Entry<String, List<CoverageVersionEntity>> e : byPerson.entrySet()) {
            boolean head = EligibilityServiceImpl.latestPerPeriod(e.getValue()).stream()
                .anyMatch(v -> covers(v, date) && householdNo.equals(v.getNhiHouseholdNo())
                    && RelationshipType.HEAD.name().equals(v.getRelationshipType()));
            if (head) {
                return e.getKey().equals(person.atenaNo()) ? person.name()
                    : PersonServiceImpl.current(em, e.getKey()).map(PersonEntity::getName).orElse(null);
            }
        }
        return null;
    }

    private static Person person(EntityManager em, String atenaNo) {
        return PersonServiceImpl.current(em, atenaNo).map(PersonServiceImpl::toPerson).orElseThrow(() -> new RuleViolationException(RULE, "宛名番号 "
            + atenaNo + " is not registered as a person (氏名, 生年月日, 性別 are needed to issue a document)"));
    }

    /** Takes the tenant's document lock and the next document id. */
    private static long lockAndNext(EntityManager em) {
        em.createNativeQuery("UPDATE NHI_COUNTER SET COUNTER_VALUE = COUNTER_VALUE + 1 "
            + "WHERE COUNTER_NAME = 'document'").executeUpdate();
        Object v = em.createNativeQuery("SELECT COUNTER_VALUE FROM NHI_COUNTER WHERE COUNTER_NAME = 'document'")
            .getSingleResult();
        return ((Number) v).longValue();
    }

    /** Takes the tenant's document lock without using an id. */
    private static void lock(EntityManager em) {
        em.createNativeQuery("UPDATE NHI_COUNTER SET COUNTER_VALUE = COUNTER_VALUE "
            + "WHERE COUNTER_NAME = 'document'").executeUpdate();
    }

    private static DocumentEntity current(EntityManager em, String tenantCode, String documentId) {
        if (documentId == null || !documentId.matches("[0-9]{1,20}")) {
            throw new UnknownDocumentException(tenantCode, String.valueOf(documentId));
        }
        // ids are printed without leading zeros by people; accept both forms
        String id = documentId.length() < 10 ? String.format("%010d", Long.parseLong(documentId)) : documentId;
        List<DocumentEntity> versions = em.createQuery(
            "SELECT d FROM DocumentEntity d WHERE d.documentId = :id ORDER BY d.version DESC", DocumentEntity.class)
            .setParameter("id", id).getResultList();
        if (versions.isEmpty()) {
            throw new UnknownDocumentException(tenantCode, documentId);
        }
        return versions.get(0);
    }

    private static void requireUsable(DocumentEntity d, String what) {
        DocumentStatus status = DocumentStatus.valueOf(d.getStatus());
        if (!status.isCurrent()) {
            throw new RuleViolationException(RULE, "document " + d.getDocumentId() + " was " + status.label()
                + " on " + d.getStatusDate() + " and cannot be " + what);
        }
    }

    private DocumentEntity next(DocumentEntity current, DocumentStatus status, LocalDate statusDate, String reason) {
        DocumentEntity v = current.copy();
        v.setVersion(current.getVersion() + 1);
        v.setStatus(status.name());
        v.setStatusDate(statusDate);
        v.setReason(reason);
        v.setProcessedOn(LocalDate.now(clock));
        v.setRecordedAt(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        return v;
    }

    /** The latest version of each document, by document id (= issue order). */
    private static List<DocumentEntity> latest(List<DocumentEntity> rows) {
        Map<String, DocumentEntity> latest = new LinkedHashMap<>();
        for (DocumentEntity d : rows) {
            latest.merge(d.getDocumentId(), d, (a, b) -> b.getVersion() > a.getVersion() ? b : a);
        }
        List<DocumentEntity> out = new ArrayList<>(latest.values());
        out.sort(Comparator.comparing(DocumentEntity::getDocumentId));
        return out;
    }

    private static IssuedDocument toApi(DocumentEntity d) {
        return new IssuedDocument(d.getDocumentId(), d.getVersion(), DocumentType.valueOf(d.getDocumentType()),
            d.getAtenaNo(), d.getIssueDate(), d.getEffectiveDate(), d.getExpiryDate(),
            DocumentRule.ExpiryCap.valueOf(d.getExpiryCap()).label(), d.getCardSymbol(), d.getCardNumber(),
            d.getBranchNo(), d.getCopayRate(), DocumentStatus.valueOf(d.getStatus()), d.getStatusDate(),
            d.getReason());
    }

    private static String reason(String reason) {
        String r = reason == null ? "" : reason.strip();
        require(r.length() <= MAX_REASON, "INPUT", "the reason is longer than " + MAX_REASON + " characters");
        return r;
    }
}
